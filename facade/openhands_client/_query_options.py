"""The keyword options of the event queries, declared once: what ``search_events`` and
``count_events`` take (async and sync, attached conversation and control handle alike)."""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict


class EventFilters(TypedDict, total=False):
    """The filters of ``search_events`` and ``count_events`` (sync and async); each may be
    left out (or ``None``: no filter), and every one given must match."""

    kind: str | None
    """An event kind (``"ActionEvent"``); matched by the client on servers before 1.57."""
    source: str | None
    """Who made the event: ``agent``, ``user``, ``environment`` or ``hook``."""
    body: str | None
    """Text the event's message contains (case-insensitive)."""
    tool: str | None
    """A tool name: its actions, observations and errors (matched by the client: the server
    has no such filter)."""
    since: datetime | str | None
    """Events at or after this naive server-local time (a ``datetime`` or ISO string)."""
    until: datetime | str | None
    """Events before this naive server-local time (a ``datetime`` or ISO string)."""


class EventSearchOptions(EventFilters, total=False):
    """The keyword options of ``search_events`` (sync and async): the :class:`EventFilters`,
    the order and the page size; each may be left out."""

    newest_first: bool
    """The newest event first (default False: oldest first)."""
    page_size: int
    """Events fetched per request, 1 to 100 (default 100)."""
