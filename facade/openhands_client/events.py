"""Lenient, typed decoding of the server's events.

Each event is decoded by its ``kind`` into the generated class of that name (imported on
first use, so importing this client stays cheap). An unknown kind, or a payload its class
cannot read, becomes an :class:`UnknownEvent` that keeps the raw JSON: logged once per kind,
never dropped.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Literal, Protocol, get_args

from openhands_api.registry import EVENT_CLASSES, STREAM_ONLY_KINDS, EventModel
from openhands_api.types import parse_date_time

logger = logging.getLogger("openhands_client.events")

# The event kinds, their classes and the stream-only kinds come from openapi.yaml (make regen).
FULL_STATE_KEY = "full_state"


EventSource = Literal["agent", "environment", "hook", "user"]
"""Who produced an event."""

_SOURCES: dict[object, EventSource] = {source: source for source in get_args(EventSource)}


class UnknownEvent:
    """An event this client cannot type: an unknown ``kind`` or a payload that does not fit.

    Its ``kind`` is always ``"UnknownEvent"``, so ``event.kind == "ActionEvent"`` narrows the
    :data:`Event` union to ``ActionEvent`` alone; ``sent_kind`` is the kind the server sent.
    ``raw`` is the JSON object exactly as the server sent it; ``error`` says why it was not typed.
    """

    __slots__ = ("error", "raw")

    def __init__(self, raw: Mapping[str, Any], error: str) -> None:
        self.raw: dict[str, Any] = dict(raw)
        self.error = error

    def _text(self, key: str) -> str:
        value = self.raw.get(key)
        return value if isinstance(value, str) else ""

    @property
    def id(self) -> str:
        """The event's id (empty if the server sent none)."""
        return self._text("id")

    @property
    def kind(self) -> Literal["UnknownEvent"]:
        """Always ``"UnknownEvent"`` (the server's kind is :attr:`sent_kind`)."""
        return "UnknownEvent"

    @property
    def sent_kind(self) -> str:
        """The ``kind`` exactly as the server sent it (empty if missing or not a string)."""
        return self._text("kind")

    @property
    def timestamp(self) -> str:
        """The server-local ISO timestamp as sent (empty if missing or not a string)."""
        return self._text("timestamp")

    @property
    def timestamp_datetime(self) -> datetime:
        """:attr:`timestamp` as a ``datetime``, as every event class has it: the server's naive
        local time. Raises ``ValueError`` if the server sent no time there."""
        return parse_date_time(self.timestamp)

    @property
    def source(self) -> EventSource | None:
        """``agent``, ``user``, ``environment`` or ``hook``; ``None`` if missing or another value
        (``raw`` keeps what was sent)."""
        value = self.raw.get("source")
        return _SOURCES.get(value) if isinstance(value, str) else None

    def to_dict(self) -> dict[str, Any]:
        """The raw JSON object."""
        return dict(self.raw)

    def __repr__(self) -> str:
        return f"UnknownEvent(sent_kind={self.sent_kind!r}, id={self.id!r}, error={self.error!r})"


Event = EventModel | UnknownEvent
"""Any event: one of the generated event classes, or :class:`UnknownEvent`."""


class _FromDict(Protocol):
    def from_dict(self, src_dict: Mapping[str, Any]) -> Any: ...


_classes: dict[str, _FromDict] = {}
_warned: set[str] = set()


def _event_class(kind: str) -> _FromDict | None:
    cls = _classes.get(kind)
    if cls is None and kind in EVENT_CLASSES:
        module, name = EVENT_CLASSES[kind]
        cls = _classes[kind] = getattr(importlib.import_module(module), name)
    return cls


def _unknown(raw: Mapping[str, Any], error: str) -> UnknownEvent:
    kind = str(raw.get("kind"))
    if kind not in _warned:
        _warned.add(kind)
        logger.warning("keeping an event of kind %r untyped: %s", kind, error)
    return UnknownEvent(raw, error)


def decode_event(raw: Mapping[str, Any]) -> Event:
    """Decode one event JSON object into its generated class, or an :class:`UnknownEvent`."""
    kind = raw.get("kind")
    cls = _event_class(kind) if isinstance(kind, str) else None
    if cls is None:
        return _unknown(raw, f"unknown kind {kind!r}")
    if not (isinstance(raw.get("id"), str) and isinstance(raw.get("timestamp"), str)):
        return _unknown(raw, "id or timestamp is not a string")
    try:
        event: Event = cls.from_dict(raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return _unknown(raw, f"{type(exc).__name__}: {exc}")
    return event


def sent_kind(event: Event) -> str:
    """The ``kind`` the server sent for ``event`` (an :class:`UnknownEvent`'s too)."""
    return event.sent_kind if isinstance(event, UnknownEvent) else event.kind


def is_persisted(event: Event) -> bool:
    """Whether the server keeps ``event`` in the conversation's log (vs. stream-only)."""
    kind = sent_kind(event)
    if not event.id or kind in STREAM_ONLY_KINDS:
        return False
    if kind == "ConversationStateUpdateEvent":
        key = event.raw.get("key") if isinstance(event, UnknownEvent) else getattr(event, "key", "")
        return key != FULL_STATE_KEY
    return True
