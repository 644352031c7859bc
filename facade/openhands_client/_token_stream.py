"""Token streams, typed: what the session socket's ``item_started`` / ``delta`` /
``item_aborted`` frames say about each item the agent's LLM streams.

An *item* is one LLM answer being streamed (servers from 1.52 send these frames when the
agent's LLM has ``stream=True``; 1.45 sends none). Its id is the id of the durable event the
answer becomes (a ``MessageEvent``, or an ``ActionEvent`` whose thought was streamed), so that
event retires it; an ``item_aborted`` frame retires it without one. A higher ``attempt`` (a
retried LLM call re-streaming the item) supersedes a lower one. Deltas may be dropped by the
server: a gap in their ``order`` marks the item ``lossy``, and the whole text arrives with the
durable event (:attr:`TokenItem.final`). A reconnect mid-item marks it lossy and leaves it
open; it is abandoned once nothing can retire it (the run ended, or the conversation closed).
Nothing here enters ``conversation.events``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .events import Event, sent_kind

TokenKind = Literal["text", "reasoning"]
"""What a delta carries, as the server's ``kind`` field says: answer text or reasoning."""


class TokenItemStatus(str, enum.Enum):
    """Where a streamed item is."""

    STREAMING = "streaming"
    """Open: deltas are coming."""
    FINAL = "final"
    """Retired by its durable event: :attr:`TokenItem.final` holds the whole text."""
    ABORTED = "aborted"
    """Retired by ``item_aborted``: the stream ended without a message (see ``reason``)."""
    SUPERSEDED = "superseded"
    """This attempt was replaced by a higher one of the same item (a retried LLM call)."""
    ABANDONED = "abandoned"
    """Nothing can retire it any more: the run ended (its post-run status came) or the
    conversation was closed while it was open (its abort was lost with a connection, or the
    answer was cut off); the event, if any, is in the log."""


@dataclass(frozen=True)
class TokenItem:
    """One attempt of a streamed item, as known after a frame (an immutable snapshot)."""

    item_id: str
    """The id of the durable event this item becomes (the event retiring it)."""
    attempt: int
    """The attempt streamed (a higher one supersedes a lower one)."""
    status: TokenItemStatus = TokenItemStatus.STREAMING
    """Where the item is: ``STREAMING`` while open, then how it was retired."""
    text: str = ""
    """The answer text streamed so far (``kind="text"`` deltas, concatenated)."""
    reasoning: str = ""
    """The reasoning streamed so far (``kind="reasoning"`` deltas, concatenated)."""
    lossy: bool = False
    """Whether a delta was missed (a gap in ``order``, or the socket reconnected while the
    item was open): ``text`` may not be the whole answer (``final`` is, once retired)."""
    reason: str | None = None
    """Why the item was aborted, superseded or abandoned (None otherwise)."""
    final: str | None = None
    """The durable event's text (a message's text, an action's thought), once retired by it."""
    event: Event | None = None
    """The durable event that retired the item (``FINAL`` only)."""
    anchor_seq: int | None = None
    """The ``seq`` of the log event the item follows (None if unknown)."""

    @property
    def aborted(self) -> bool:
        """Whether the stream ended without a message (``item_aborted``)."""
        return self.status is TokenItemStatus.ABORTED

    @property
    def done(self) -> bool:
        """Whether this attempt gets no more deltas (any status but ``STREAMING``)."""
        return self.status is not TokenItemStatus.STREAMING


@dataclass(frozen=True)
class TokenUpdate:
    """What one frame changed: the item after it, and the delta it brought (if any).

    An update with a ``delta`` is ``STREAMING``; one without is an item opening (``STREAMING``,
    empty so far) or being retired (any other status).
    """

    item: TokenItem
    """The item as this frame left it (a snapshot)."""
    kind: TokenKind | None = None
    """The delta's kind (None: no delta in this update)."""
    delta: str = ""
    """The text this frame added to :attr:`TokenItem.text` or :attr:`TokenItem.reasoning`."""


def final_text(event: Event) -> str:
    """The text a durable event holds for its streamed item: a message's text parts, or an
    action's thought, concatenated ("" for anything else)."""
    raw = event.to_dict()
    kind = sent_kind(event)
    if kind == "MessageEvent":
        content = _mapping(raw.get("llm_message")).get("content")
    elif kind == "ActionEvent":
        content = raw.get("thought")
    else:
        return ""
    if isinstance(content, str):
        return content
    parts = content if isinstance(content, list) else []
    return "".join(str(p.get("text", "")) for p in parts if isinstance(p, Mapping))


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}
