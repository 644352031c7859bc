"""A scriptable fake agent server: real event sockets on loopback, the REST API in process.

:class:`FakeAgentServer` is a real WebSocket server on 127.0.0.1 (``/sockets/session/{id}`` and
the legacy ``/sockets/events/{id}``, run on its own thread and event loop, like a separate
server process) plus the REST API answered through an :class:`httpx.MockTransport` (pass
``fake.transport`` as ``transport=``). Both share one scriptable state: each conversation's
persisted log (in write order), its status, the sockets subscribed to it and what each new
connection should do.

Its behaviour follows openhands-agent-server 1.57 and later, and the contract suite checks
every operation it claims (:data:`CLAIMS`) against the real server: first-frame auth (close
4001), 4004 for an unknown conversation; on the session socket a ``sync`` frame
(``from_seq``, ``through_seq``), the ``durable`` frames after ``after_seq``, the ``full_state``
push as a ``transient`` frame, then live frames (nothing published meanwhile interleaved); on
the legacy socket a ``full_state`` push on connect, then a replay for ``resend_mode=all`` /
``resend_mode=since&after_timestamp=T`` (inclusive), then live frames;
``/events/search`` pages by ``page_id`` (an unknown one restarts), ``limit`` and
``timestamp__gte``; 409 on ``run`` while running; 404 for an unknown conversation (servers
before 1.58 answer pause, interrupt and delete of one a bare 400: ``bare_400_for_unknown``);
full_state snapshots and streaming deltas are never persisted; a streamed answer
(:meth:`FakeAgentServer.stream_answer`, :meth:`RunContext.stream`) comes to session sockets as
an ``item_started`` frame, ``delta`` frames in ``order``, then its message, whose id is the
item's.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime

from websockets.asyncio.server import ServerConnection

from ._answers import search_response
from ._events import (
    JSON,
    full_state,
    parse_ts,
    session_frame,
)
from ._fake_conversation import ConnectAction, FakeConversation, RunContext, RunScript, standard_run
from ._loopback import ConnRecord
from ._rest import FakeRest, RestHook

CLAIMS = (
    "server_info",
    "rest_auth",
    "socket_auth",
    "socket_unknown_conversation",
    "socket_greeting",
    "socket_resend_all",
    "socket_resend_since",
    "session_sync",
    "session_resume",
    "start_conversation",
    "get_conversation",
    "run",
    "run_conflict",
    "events_search",
    "events_count",
    "final_response",
    "set_title",
    "delete_conversation",
    "unknown_conversation",
    "start_child",
    "token_streams",
)
"""The operations the fake claims to answer as the real server does: the project's contract
suite runs its check of each (``tests/contract/test_fake_fidelity.py``) against both."""


class FakeAgentServer(FakeRest):
    """A scriptable agent server: real WebSocket on 127.0.0.1, REST through MockTransport.

    Use it as a context manager (or :meth:`start` / :meth:`stop`); point a client at it with
    :meth:`client` / :meth:`async_client` (or ``url``, ``api_key`` and ``transport=transport``).
    The auth rules, ``ws_available``, ``ws_refusal`` and ``connections`` are those of every
    server of the kit (:class:`LoopbackServer`).

    What a test may set: ``scripts`` (a conversation started with an agent whose LLM
    ``model`` is a key runs that :data:`RunScript`); ``default_run`` (the run script of any
    other); ``bare_400_for_unknown`` (answer as servers before 1.58 do); ``page_size`` (a cap
    on search pages below ``limit``); ``hooks`` (each a :data:`RestHook`, which may answer a
    REST request first). ``requests`` records every REST request.
    """

    # -- scripting API (call from the test's thread) -------------------------------------

    def publish(self, conversation: FakeConversation, *events: JSON) -> None:
        """Persist (unless transient) and push each event to every subscribed socket."""
        self.call(self._publish(conversation, events))

    def persist(self, conversation: FakeConversation, *events: JSON) -> None:
        """Write events to the log without pushing them (as if no socket was subscribed)."""
        self._persist(conversation, events)

    def send_raw(self, conversation: FakeConversation, *frames: str | bytes) -> None:
        """Push raw frames (not persisted): malformed JSON, non-objects, binary."""

        async def send() -> None:
            for frame in frames:
                await self._send_all(conversation, frame)

        self.call(send())

    def stream_answer(
        self, conversation: FakeConversation, chunks: Sequence[str], *, item_id: str | None = None
    ) -> str:
        """Stream an agent answer as servers 1.52+ do when the agent's LLM streams, and return
        its item id: on session sockets an ``item_started`` frame and a ``delta`` frame per
        chunk (legacy sockets get none of them), then the agent's ``MessageEvent`` with the
        chunks' text, whose id is the item's, published. From a run script, use
        :meth:`RunContext.stream`."""
        return self.call(self._stream_answer(conversation, chunks, item_id))

    def drop(self, conversation: FakeConversation) -> None:
        """Drop every socket of the conversation abruptly (TCP reset, no close frame)."""

        async def drop() -> None:
            self._drop(conversation)

        self.call(drop())

    def close_sockets(self, conversation: FakeConversation, code: int, reason: str = "") -> None:
        """Start closing every socket of the conversation with ``code`` (does not wait).

        The closing handshake needs the client's answer: waiting here, on the client's own
        thread, would block it.
        """

        async def close() -> None:
            with self._lock:
                sockets = list(conversation.sockets)
                conversation.sockets.clear()
            await asyncio.gather(*(ws.close(code, reason) for ws in sockets))

        self._spawn(close())

    def open_sockets(self, conversation: FakeConversation | None = None) -> int:
        """How many sockets are subscribed (to ``conversation``, or to any)."""
        with self._lock:
            if conversation is not None:
                return len(conversation.sockets)
            return sum(len(c.sockets) for c in self._conversations.values())

    def connections_to(self, conversation: FakeConversation) -> list[ConnRecord]:
        """Every socket connection made to ``conversation``'s path, in order."""
        with self._lock:
            return [c for c in self.connections if c.conversation == str(conversation.id)]

    # -- WebSocket ---------------------------------------------------------------------------

    async def _serve_socket(self, ws: ServerConnection, record: ConnRecord, cid: str) -> None:
        if not await self._authenticated(ws, record):
            return
        conversation = self._find(cid)
        if conversation is None:
            await ws.close(4004, "Conversation not found")
            return
        with self._lock:
            todo = conversation.connect_actions.popleft() if conversation.connect_actions else None
        if todo is not None:
            await ws.close(todo.close_code, todo.reason)
            return
        # A loaded server registers the subscriber late.
        await asyncio.sleep(conversation.subscribe_delay)
        session = record.path.startswith("/sockets/session/")
        with self._lock:
            conversation.sockets.add(ws)
            record.subscribed = True
            if session:
                self._session.add(ws)
                self._held[ws] = []  # what is published during the replay waits for its end
                through = len(conversation.log) - 1
        try:
            if session:
                await self._greet_session(ws, conversation, record.query, through)
            else:
                await self._greet(ws, conversation, record.query)
            await ws.wait_closed()
        finally:
            with self._lock:
                conversation.sockets.discard(ws)
                self._session.discard(ws)
                self._held.pop(ws, None)

    async def _greet_session(
        self,
        ws: ServerConnection,
        conversation: FakeConversation,
        query: Mapping[str, str],
        through: int,
    ) -> None:
        """The sync frame, the replay after ``after_seq``, the state push, then what was held."""
        after = query.get("after_seq")
        after_seq = int(after) if after is not None and re.fullmatch(r"-?\d+", after) else None
        sync: JSON = {"type": "sync"}
        if after_seq is not None:
            sync["from_seq"] = after_seq
        if through >= 0:
            sync["through_seq"] = through
        await ws.send(json.dumps(sync))
        if after_seq is not None:
            with self._lock:
                replay = list(enumerate(conversation.log))[max(after_seq + 1, 0) : through + 1]
                cut = conversation.replay_cuts.popleft() if conversation.replay_cuts else None
            for sent, (seq, event) in enumerate(replay):
                if sent == cut:
                    ws.transport.abort()
                    return
                await ws.send(session_frame(event, seq))
        if conversation.push_state:
            snapshot = full_state(
                self.new_id("connect"), self.now(), conversation.id, conversation.status
            )
            await ws.send(session_frame(snapshot, None))
        while True:
            with self._lock:
                held = self._held.get(ws)
                if not held:
                    self._held.pop(ws, None)
                    return
                self._held[ws] = []
            for frame in held:
                await ws.send(frame)

    async def _greet(
        self, ws: ServerConnection, conversation: FakeConversation, query: Mapping[str, str]
    ) -> None:
        """The state push, then the replay the query asks for."""
        if conversation.push_state:
            snapshot = full_state(
                self.new_id("connect"), self.now(), conversation.id, conversation.status
            )
            await ws.send(json.dumps(snapshot))
        mode = query.get("resend_mode")
        since = query.get("after_timestamp")
        if mode == "all":
            replay = self._events_since(conversation, None)
        elif mode == "since" and since:
            replay = self._events_since(conversation, parse_ts(since))
        else:
            replay = []
        for event in replay:
            await ws.send(json.dumps(event))

    def _events_since(self, conversation: FakeConversation, since: datetime | None) -> list[JSON]:
        with self._lock:
            return [
                e for e in conversation.log if since is None or parse_ts(e["timestamp"]) >= since
            ]


__all__ = [
    "CLAIMS",
    "ConnectAction",
    "FakeAgentServer",
    "FakeConversation",
    "RestHook",
    "RunContext",
    "RunScript",
    "search_response",
    "session_frame",
    "standard_run",
]
