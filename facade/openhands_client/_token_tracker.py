"""The open token-stream items of one conversation, turned from socket frames into updates.

:class:`TokenTracker` takes the session socket's ``item_started`` / ``delta`` /
``item_aborted`` frames, the durable events (one may retire an item) and the socket's
reconnects, and returns the :class:`TokenUpdate` each of them makes. The rules: a higher
``attempt`` supersedes a lower one (frames of a lower one are then ignored); a gap in a
delta's ``order`` marks the item lossy, a repeated ``order`` is ignored; frames for an item
already retired are ignored. Progress frames are never replayed, so on a reconnect each
open item stays open but is marked lossy (its deltas sent while the socket was down are lost):
its durable event (in the replay or live) or its ``item_aborted`` still retires it. What can
no longer be retired is abandoned (:meth:`TokenTracker.abandon_all`): when the run is over, or
the conversation is closed; an item is never left open forever.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from ._token_stream import TokenItem, TokenItemStatus, TokenKind, TokenUpdate, final_text
from .events import Event

STREAM_FRAMES = frozenset({"item_started", "delta", "item_aborted"})
"""The session socket's token-stream frame types."""

_KINDS: dict[object, TokenKind] = {"text": "text", "reasoning": "reasoning"}


@dataclasses.dataclass
class _Slot:
    """An open item: its latest snapshot and the next delta ``order`` expected."""

    item: TokenItem
    next_order: int = 0


class TokenTracker:
    """Open items by id, and the ids of recently retired ones (late frames for them are
    ignored; ``RETIRED_MEMORY`` of them are remembered)."""

    RETIRED_MEMORY = 1024

    def __init__(self) -> None:
        self._open: dict[str, _Slot] = {}
        self._retired: OrderedDict[str, None] = OrderedDict()

    @property
    def open_items(self) -> list[TokenItem]:
        """The items streaming now (a snapshot each)."""
        return [slot.item for slot in self._open.values()]

    def streaming(self, item_id: str) -> bool:
        """Whether ``item_id`` is an open item (its durable event would retire it)."""
        return item_id in self._open

    def frame(self, data: dict[str, Any]) -> list[TokenUpdate]:
        """The updates one stream frame makes (none for a malformed or stale one)."""
        item_id, attempt = data.get("item_id"), data.get("attempt", 1)
        if not isinstance(item_id, str) or not isinstance(attempt, int):
            return []
        if item_id in self._retired:
            return []
        kind = data.get("type")
        if kind == "item_started":
            anchor = data.get("anchor_seq")
            return self._start(item_id, attempt, anchor if isinstance(anchor, int) else None)
        if kind == "delta":
            return self._delta(item_id, attempt, data)
        if kind == "item_aborted":
            slot = self._open.get(item_id)
            if slot is None or attempt < slot.item.attempt:
                return []
            reason = data.get("reason")
            text = reason if isinstance(reason, str) else "aborted"
            return [self._retire(item_id, status=TokenItemStatus.ABORTED, reason=text)]
        return []

    def _start(self, item_id: str, attempt: int, anchor: int | None) -> list[TokenUpdate]:
        slot = self._open.get(item_id)
        if slot is not None and attempt <= slot.item.attempt:
            return []  # a repeat, or an attempt already superseded
        updates = self._supersede(slot, attempt)
        self._open[item_id] = _Slot(TokenItem(item_id, attempt, anchor_seq=anchor))
        return [*updates, TokenUpdate(self._open[item_id].item)]

    def _supersede(self, slot: _Slot | None, attempt: int) -> list[TokenUpdate]:
        if slot is None:
            return []
        old = dataclasses.replace(
            slot.item,
            status=TokenItemStatus.SUPERSEDED,
            reason=f"superseded by attempt {attempt}",
        )
        return [TokenUpdate(old)]

    def _delta(self, item_id: str, attempt: int, data: dict[str, Any]) -> list[TokenUpdate]:
        order, content = data.get("order"), data.get("content")
        kind = _KINDS.get(data.get("kind", "text"))  # the protocol's default
        if not isinstance(order, int) or not isinstance(content, str) or kind is None:
            return []
        updates: list[TokenUpdate] = []
        slot = self._open.get(item_id)
        if slot is None or attempt > slot.item.attempt:
            # Its item_started was not seen (attached mid-stream, or a new attempt whose
            # start frame was lost): the item opens here.
            updates = self._supersede(slot, attempt)
            slot = self._open[item_id] = _Slot(TokenItem(item_id, attempt))
        elif attempt < slot.item.attempt or order < slot.next_order:
            return []  # a superseded attempt's, or a repeat
        item = slot.item
        lossy = item.lossy or order > slot.next_order
        if kind == "text":
            item = dataclasses.replace(item, text=item.text + content, lossy=lossy)
        else:
            item = dataclasses.replace(item, reasoning=item.reasoning + content, lossy=lossy)
        slot.item, slot.next_order = item, order + 1
        updates.append(TokenUpdate(item, kind, content))
        return updates

    def durable(self, event: Event) -> TokenUpdate | None:
        """The update a persisted event makes: it retires the open item of its id."""
        if not self._open or event.id not in self._open:
            return None
        return self._retire(
            event.id, status=TokenItemStatus.FINAL, final=final_text(event), event=event
        )

    def reconnected(self) -> None:
        """A new connection began: every open item stays open, marked lossy (the deltas
        sent while the socket was down are lost; the next update carries the mark)."""
        for slot in self._open.values():
            slot.item = dataclasses.replace(slot.item, lossy=True)

    def abandon_all(self, reason: str) -> list[TokenUpdate]:
        """Retire every open item as ``ABANDONED`` (``reason``): nothing can retire it any
        more (the run is over, or the conversation closed)."""
        return [
            self._retire(item_id, status=TokenItemStatus.ABANDONED, reason=reason)
            for item_id in list(self._open)
        ]

    def _retire(self, item_id: str, **changes: Any) -> TokenUpdate:
        slot = self._open.pop(item_id)
        self._retired[item_id] = None
        if len(self._retired) > self.RETIRED_MEMORY:
            self._retired.popitem(last=False)
        return TokenUpdate(dataclasses.replace(slot.item, **changes))
