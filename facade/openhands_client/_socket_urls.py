"""The event socket URLs: the session socket's (resuming by ``seq``) and the legacy one's."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from urllib.parse import urlencode, urlsplit, urlunsplit
from uuid import UUID

# Where the legacy socket resumes: None (no replay), "all", or a timestamp (inclusive).
Resume = datetime | Literal["all"] | None


def session_url(base_url: str, conversation_id: UUID, after_seq: int | None) -> str:
    """The session socket URL, resuming after ``after_seq`` (-1: the whole log; None: live
    only); never carries the API key."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    path = f"{parts.path.rstrip('/')}/sockets/session/{conversation_id}"
    query = "" if after_seq is None else urlencode({"after_seq": after_seq})
    return urlunsplit((scheme, parts.netloc, path, query, ""))


def socket_url(base_url: str, conversation_id: UUID, resume_from: Resume) -> str:
    """The legacy events socket URL (probed by ``doctor``); never carries the API key."""
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme == "https" else "ws"
    path = f"{parts.path.rstrip('/')}/sockets/events/{conversation_id}"
    query = ""
    if resume_from == "all":
        query = urlencode({"resend_mode": "all"})
    elif isinstance(resume_from, datetime):
        query = urlencode({"resend_mode": "since", "after_timestamp": resume_from.isoformat()})
    return urlunsplit((scheme, parts.netloc, path, query, ""))
