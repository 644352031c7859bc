"""A scriptable fake agent server: a real event socket on loopback, the REST API in process.

:class:`FakeAgentServer` is a real WebSocket server on 127.0.0.1 (``/sockets/events/{id}``, run
on its own thread and event loop, like a separate server process) plus the REST API answered
through an :class:`httpx.MockTransport` (pass ``fake.transport`` as ``transport=``). Both share
one scriptable state: each conversation's persisted log (in write order), its status, the
sockets subscribed to it and what each new connection should do.

Its behaviour follows openhands-agent-server 1.57 and later, and the contract suite checks
every operation it claims (:data:`CLAIMS`) against the real server: first-frame auth (close
4001), 4004 for an unknown conversation, a ``full_state`` push on connect, then a replay for
``resend_mode=all`` / ``resend_mode=since&after_timestamp=T`` (inclusive), then live frames;
``/events/search`` pages by ``page_id`` (an unknown one restarts), ``limit`` and
``timestamp__gte``; 409 on ``run`` while running; 404 for an unknown conversation (servers
before 1.58 answer pause, interrupt and delete of one a bare 400: ``bare_400_for_unknown``);
full_state snapshots and streaming deltas are never persisted.
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl as ssl_module
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

import httpx
from websockets.asyncio.server import ServerConnection

from ._answers import Injected, search_response
from ._events import JSON, SERVER_INFO, conversation_info, full_state, message, parse_ts
from ._fake_conversation import (
    ConnectAction,
    FakeConversation,
    RunContext,
    RunScript,
    standard_run,
)
from ._loopback import ConnRecord
from ._store import ConversationStore

CLAIMS = (
    "server_info",
    "rest_auth",
    "socket_auth",
    "socket_unknown_conversation",
    "socket_greeting",
    "socket_resend_all",
    "socket_resend_since",
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
)
"""The operations the fake claims to answer as the real server does: the project's contract
suite runs its check of each (``tests/contract/test_fake_fidelity.py``) against both."""


RestHook = Callable[[httpx.Request, Callable[[], httpx.Response]], Awaitable[httpx.Response | None]]
"""What a REST request meets first: ``hook(request, answer)`` returns its own response, or
``None`` for the fake's usual one (``answer()`` computes that, to change or delay it)."""


class FakeAgentServer(ConversationStore):
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

    def __init__(
        self, api_key: str | None = None, *, ssl: ssl_module.SSLContext | None = None
    ) -> None:
        super().__init__(api_key, ssl=ssl)
        self.page_size: int | None = None
        self.scripts: dict[str, RunScript] = {}
        self.bare_400_for_unknown = False
        self.requests: list[httpx.Request] = []
        self.hooks: list[RestHook] = []
        self._injected: list[Injected] = []
        self.transport = httpx.MockTransport(self._handle_http)

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

    def inject(
        self, method: str, path: str, status: int, body: Any = None, *, times: int | None = 1
    ) -> None:
        """Answer the next ``times`` requests matching ``method`` and ``path`` (a regex)."""
        with self._lock:
            self._injected.append(Injected(method, re.compile(path), status, body, times))

    def requests_to(self, method: str, path: str) -> list[httpx.Request]:
        """Every REST request with ``method`` whose path matches ``path`` (a regex), in order."""
        pattern = re.compile(path)
        with self._lock:
            return [r for r in self.requests if r.method == method and pattern.search(r.url.path)]

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
        with self._lock:
            conversation.sockets.add(ws)
            record.subscribed = True
        try:
            await self._greet(ws, conversation, record.query)
            await ws.wait_closed()
        finally:
            with self._lock:
                conversation.sockets.discard(ws)

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

    # -- REST --------------------------------------------------------------------------------

    async def _handle_http(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        for hook in list(self.hooks):
            answer = await hook(request, lambda: self._route(request))
            if answer is not None:
                return answer
        return self._route(request)

    def _route(self, request: httpx.Request) -> httpx.Response:
        injected = self._take_injected(request)
        if injected is not None:
            return injected
        if not self._authorized(request):
            return httpx.Response(401, json={"detail": "Unauthorized"})
        path, method = request.url.path, request.method
        if path == "/server_info" and method == "GET":
            return httpx.Response(200, json=SERVER_INFO)
        if path == "/api/conversations" and method == "POST":
            return self._start(request)
        match = re.fullmatch(r"/api/conversations/([^/]+)(/.*)?", path)
        if match is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        conversation = self._find(match.group(1))
        rest = match.group(2) or ""
        if conversation is None:
            # The quirk of servers before 1.58: pause, interrupt and DELETE answer a bare 400.
            quirk = rest in ("/pause", "/interrupt") or (rest == "" and method == "DELETE")
            if quirk and self.bare_400_for_unknown:
                return httpx.Response(400, json={"detail": "Bad Request"})
            return httpx.Response(404, json={"detail": "Not Found"})
        return self._conversation_route(request, conversation, method, rest)

    def _conversation_route(
        self, request: httpx.Request, conversation: FakeConversation, method: str, rest: str
    ) -> httpx.Response:
        ok = httpx.Response(200, json={"success": True})
        if rest == "" and method == "GET":
            return httpx.Response(200, json=self.info(conversation))
        if rest == "" and method == "DELETE":
            conversation.deleted = True
            return ok
        if rest == "" and method == "PATCH":
            conversation.title = json.loads(request.content).get("title")
            return ok
        if rest == "/events/search" and method == "GET":
            return self._search(request, conversation)
        if rest == "/events/count" and method == "GET":
            with self._lock:
                return httpx.Response(200, json=len(conversation.log))
        if rest == "/run" and method == "POST":
            if conversation.status == "running":
                detail = "Conversation already running. Wait for completion or pause first."
                return httpx.Response(409, json={"detail": detail})
            self._start_run(conversation)
            return ok
        if rest == "/events" and method == "POST":
            body = json.loads(request.content)
            text = body["content"][0]["text"]
            said = message(self.new_id("msg"), self.now(), text)
            self._spawn(self._publish(conversation, [said]))
            if body.get("run") and conversation.status != "running":
                self._start_run(conversation)
            return ok
        if rest == "/agent_final_response" and method == "GET":
            return httpx.Response(200, json={"response": self.final_response(conversation)})
        answered = (
            "/secrets",
            "/pause",
            "/interrupt",
            "/switch_acp_model",
            "/goal",
            "/goal/stop",
            "/goal/resume",
        )
        if rest in answered and method == "POST":
            return ok
        return httpx.Response(404, json={"detail": "Not Found"})

    def info(self, conversation: FakeConversation) -> JSON:
        """The conversation's ``ConversationInfo``, as the server answers a GET of it."""
        with self._lock:
            return conversation_info(conversation.id, conversation.status, title=conversation.title)

    def final_response(self, conversation: FakeConversation) -> str:
        """The agent's final answer: the text of its last message in the log (``""``: none)."""
        with self._lock:
            said = [
                e
                for e in conversation.log
                if e.get("kind") == "MessageEvent" and e.get("source") == "agent"
            ]
        if not said:
            return ""
        content = said[-1]["llm_message"]["content"]
        return "".join(str(part.get("text", "")) for part in content if part.get("type") == "text")

    def _start(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        requested = body.get("conversation_id")
        if requested is not None:
            existing = self._find(requested)
            if existing is not None:
                return httpx.Response(200, json=self.info(existing))
        llm = (body.get("agent") or {}).get("llm") or {}
        conversation = self.add_conversation(
            conversation_id=uuid.UUID(requested) if requested else None,
            run_script=self.scripts.get(str(llm.get("model"))),
        )
        info = self.info(conversation)
        info["workspace"] = body["workspace"]
        # Like the server: a new conversation takes the request's secrets (values masked).
        masked = {"kind": "StaticSecret", "value": "**********"}
        info["secret_registry"] = {
            "secret_sources": dict.fromkeys(body.get("secrets") or {}, masked)
        }
        return httpx.Response(201, json=info)

    def _search(self, request: httpx.Request, conversation: FakeConversation) -> httpx.Response:
        with self._lock:
            log = list(conversation.log)
        return search_response(log, request, self.page_size)

    def _take_injected(self, request: httpx.Request) -> httpx.Response | None:
        with self._lock:
            for item in self._injected:
                if item.method == request.method and item.path.search(request.url.path):
                    if item.times is not None:
                        item.times -= 1
                        if item.times == 0:
                            self._injected.remove(item)
                    if isinstance(item.body, (dict, list)):
                        return httpx.Response(item.status, json=item.body)
                    return httpx.Response(item.status, text=str(item.body or ""))
        return None


__all__ = [
    "CLAIMS",
    "ConnectAction",
    "FakeAgentServer",
    "FakeConversation",
    "RestHook",
    "RunContext",
    "RunScript",
    "search_response",
    "standard_run",
]
