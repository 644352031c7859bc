"""The fake server's conversations: their logs and statuses, its clock and ids, publishing to
the subscribed sockets and starting runs (what the REST and socket sides of
:class:`FakeAgentServer` share)."""

from __future__ import annotations

import contextlib
import json
import ssl as ssl_module
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from ._events import (
    JSON,
    delta_frame,
    is_transient,
    item_started_frame,
    message,
    session_frame,
    ts,
)
from ._fake_conversation import FakeConversation, RunContext, RunScript, standard_run
from ._loopback import LoopbackServer


class ConversationStore(LoopbackServer):
    """The conversations of a fake server, its clock and ids, behind one lock.

    ``default_run`` is the run script of a conversation that has none of its own.
    """

    def __init__(
        self, api_key: str | None = None, *, ssl: ssl_module.SSLContext | None = None
    ) -> None:
        super().__init__(api_key, ssl=ssl)
        self.default_run: RunScript = standard_run()
        self._conversations: dict[uuid.UUID, FakeConversation] = {}
        self._clock = 1000.0
        self._counter = 0
        self._session: set[ServerConnection] = set()  # the session sockets among the sockets
        self._held: dict[ServerConnection, list[str | bytes]] = {}  # session sockets replaying

    # -- state --------------------------------------------------------------------------------

    def now(self) -> str:
        """The next server timestamp (strictly increasing)."""
        with self._lock:
            self._clock += 0.25
            return ts(self._clock)

    def step_clock(self, seconds: float) -> None:
        """Step the server's clock (back, with a negative ``seconds``: DST, NTP)."""
        with self._lock:
            self._clock += seconds

    def new_id(self, prefix: str = "ev") -> str:
        """A new, unique id starting with ``prefix``."""
        with self._lock:
            self._counter += 1
            return f"{prefix}-{self._counter:05d}"

    def add_conversation(
        self,
        events: Iterable[JSON] = (),
        *,
        status: str = "idle",
        conversation_id: uuid.UUID | None = None,
        run_script: RunScript | None = None,
    ) -> FakeConversation:
        """A new conversation holding ``events`` (transient ones are not kept), in ``status``;
        a run of it (``POST .../run``, or a message sent with ``run``) runs ``run_script``."""
        conversation = FakeConversation(
            conversation_id or uuid.uuid4(), status=status, run_script=run_script
        )
        self._persist(conversation, list(events))
        conversation.status = status
        with self._lock:
            self._conversations[conversation.id] = conversation
        return conversation

    def conversation(self, conversation_id: uuid.UUID | str) -> FakeConversation:
        """The conversation with this id (:class:`KeyError` if none)."""
        with self._lock:
            return self._conversations[uuid.UUID(str(conversation_id))]

    def _find(self, text: str) -> FakeConversation | None:
        try:
            key = uuid.UUID(text)
        except ValueError:
            return None
        with self._lock:
            found = self._conversations.get(key)
        return None if found is None or found.deleted else found

    def _apply_status(self, conversation: FakeConversation, event: Mapping[str, Any]) -> None:
        if event.get("kind") != "ConversationStateUpdateEvent":
            return
        value = event.get("value")
        if event.get("key") == "execution_status" and isinstance(value, str):
            conversation.status = value
        elif event.get("key") == "full_state" and isinstance(value, dict):
            conversation.status = str(value.get("execution_status", conversation.status))

    def _persist(self, conversation: FakeConversation, events: Iterable[JSON]) -> int | None:
        """Write events to the log; return the last one's seq (None if it is transient)."""
        seq: int | None = None
        with self._lock:
            for event in events:
                seq = None
                if not is_transient(event):
                    conversation.log.append(dict(event))
                    seq = len(conversation.log) - 1
                self._apply_status(conversation, event)
        return seq

    async def _publish(self, conversation: FakeConversation, events: Iterable[JSON]) -> None:
        for event in events:
            seq = self._persist(conversation, [event])
            await self._send_all(conversation, json.dumps(event), session_frame(event, seq))

    async def _send_all(
        self,
        conversation: FakeConversation,
        frame: str | bytes | None,
        session: str | bytes | None = None,
    ) -> None:
        """Send ``frame`` to every legacy socket (None: to none) and ``session`` (default:
        ``frame``) to every session socket; a session socket still replaying holds it until it
        goes live."""
        to_session = frame if session is None else session
        with self._lock:
            sockets = list(conversation.sockets)
            for ws in sockets:
                held = self._held.get(ws)
                if held is not None and to_session is not None:
                    held.append(to_session)
        for ws in sockets:
            if ws in self._held:
                continue
            data = to_session if ws in self._session else frame
            if data is not None:
                with contextlib.suppress(ConnectionClosed):
                    await ws.send(data)

    async def _stream_answer(
        self, conversation: FakeConversation, chunks: Sequence[str], item_id: str | None
    ) -> str:
        """Stream an agent answer (``item_started``, a ``delta`` per chunk, to session sockets
        only), then publish its ``MessageEvent``; return the item id."""
        eid = item_id or self.new_id("answer")
        with self._lock:
            anchor = len(conversation.log) - 1  # the item follows the newest event
        started = item_started_frame(eid, anchor_seq=anchor if anchor >= 0 else None)
        await self._send_all(conversation, None, started)
        response = f"chatcmpl-{uuid.uuid4().hex}"
        for order, chunk in enumerate(chunks):
            frame = delta_frame(eid, order, chunk, chunk_id=response)
            await self._send_all(conversation, None, frame)
        answer = message(eid, self.now(), "".join(chunks), source="agent")
        await self._publish(conversation, [answer])
        return eid

    def _drop(self, conversation: FakeConversation) -> None:
        with self._lock:
            sockets = list(conversation.sockets)
            conversation.sockets.clear()
        for ws in sockets:
            ws.transport.abort()

    def _start_run(self, conversation: FakeConversation) -> None:
        # Like the server: the run task exists (so a second run gets 409) before the
        # ``running`` status is published.
        conversation.status = "running"
        conversation.runs += 1
        script = conversation.run_script or self.default_run
        self._spawn(script(RunContext(self, conversation)))


__all__ = ["ConversationStore"]
