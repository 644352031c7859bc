"""Resuming by id: what an existing conversation kept of a start request's options."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any
from uuid import UUID

from ._run_result import text_of
from ._tags import tags_of
from .events import Event, sent_kind

logger = logging.getLogger("openhands_client.server")

# The start options a ConversationInfo reports back, as the start request names them.
_ECHOED = ("max_iterations", "stuck_detection")


def ignored_options(payload: Mapping[str, Any], info: Mapping[str, Any]) -> list[str]:
    """The options of ``payload`` (a start request) that ``info`` (the conversation the server
    answered with) does not have: an existing conversation keeps its own."""
    ignored = [
        key for key in _ECHOED if key in payload and key in info and payload[key] != info[key]
    ]
    tags = payload.get("tags")
    if tags is not None and tags_of(info.get("tags")) != tags:
        ignored.append("tags")
    return ignored


def warn_if_ignored(
    conversation_id: UUID, payload: Mapping[str, Any], info: Mapping[str, Any]
) -> None:
    """Log a WARNING when a start under an existing id asked for options it did not get."""
    ignored = ignored_options(payload, info)
    if ignored:
        logger.warning(
            "conversation %s exists: it keeps its own %s (a start request's options apply only "
            "to a new conversation; see conv.state)",
            conversation_id,
            ", ".join(ignored),
        )


def user_messages(events: Iterable[Event]) -> list[str]:
    """The text of each user message in ``events``, in their order."""
    texts: list[str] = []
    for event in events:
        if sent_kind(event) == "MessageEvent" and event.source == "user":
            message = event.to_dict().get("llm_message")
            texts.append(text_of(message.get("content")) if isinstance(message, Mapping) else "")
    return texts
