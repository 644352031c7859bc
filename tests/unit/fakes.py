"""A fake agent server for unit tests, and realistic event JSON.

:class:`FakeAgentServer` is a real WebSocket server on loopback (``/sockets/events/{id}``, run
on its own thread and event loop, like a separate server process) plus the REST API answered
through an :class:`httpx.MockTransport` (pass ``fake.transport`` as ``transport=``). Both share
one scriptable state: each conversation's persisted log (in write order), its status, the
sockets subscribed to it and what each new connection should do.

Its behaviour follows the design notes on openhands-agent-server 1.57: first-frame auth (close
4001), 4004 for an unknown conversation, a ``full_state`` push on connect, then a replay for
``resend_mode=all`` / ``resend_mode=since&after_timestamp=T`` (inclusive), then live frames;
``/events/search`` pages by ``page_id`` (an unknown one restarts), ``limit`` and
``timestamp__gte``; 409 on ``run`` while running; a bare 400 for pause/interrupt/delete on an
unknown id; full_state snapshots and streaming deltas are never persisted.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import re
import ssl as ssl_module
import threading
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http import HTTPStatus
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from openhands_api.registry import STREAM_ONLY_KINDS
from openhands_client._compat import FEATURE_CAPABILITIES, NEWEST_TESTED

JSON = dict[str, Any]
T = TypeVar("T")

T0 = datetime(2025, 1, 1, 12, 0, 0)
# What a real server (1.45.0, the oldest supported) answered: every field the spec requires.
SERVER_BODIES: dict[str, JSON] = json.loads(
    (Path(__file__).with_name("server_bodies.json")).read_text(encoding="utf-8")
)
# The newest tested server's answer to /server_info.
SERVER_INFO = {
    **SERVER_BODIES["server_info"],
    "version": NEWEST_TESTED,
    "capabilities": sorted(set(FEATURE_CAPABILITIES.values())),
}

# The fake's own websockets logger: quiet, so that tests capturing every log record see
# only what the client logs (the fake logs each frame it receives, the auth frame included).
_quiet = logging.getLogger("tests.unit.fake_agent_server")
_quiet.propagate = False
_quiet.addHandler(logging.NullHandler())
_quiet.setLevel(logging.CRITICAL)


# -- event JSON, shaped like the server's model_dump(mode="json", exclude_none=True) ----------


def ts(seconds: float) -> str:
    """A naive, server-local ISO timestamp ``seconds`` after a fixed origin."""
    return (T0 + timedelta(seconds=seconds)).isoformat(timespec="microseconds")


def parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value)


def message(eid: str, at: str, text: str = "hello", *, source: str = "user") -> JSON:
    role = "user" if source == "user" else "assistant"
    return {
        "kind": "MessageEvent",
        "id": eid,
        "timestamp": at,
        "source": source,
        "llm_message": {
            "role": role,
            "content": [{"type": "text", "text": text}],
            "thinking_blocks": [],
        },
        "activated_skills": [],
        "extended_content": [],
    }


def action(eid: str, at: str, thought: str = "thinking") -> JSON:
    call_id = f"call_{eid}"
    return {
        "kind": "ActionEvent",
        "id": eid,
        "timestamp": at,
        "source": "agent",
        "thought": [{"type": "text", "text": thought}],
        "thinking_blocks": [],
        "tool_name": "think",
        "tool_call_id": call_id,
        "llm_response_id": f"resp_{eid}",
        "tool_call": {
            "id": call_id,
            "name": "think",
            "arguments": json.dumps({"thought": thought}),
            "origin": "completion",
        },
        "action": {"kind": "ThinkAction", "thought": thought},
        "security_risk": "UNKNOWN",
    }


def observation(eid: str, at: str, action_id: str) -> JSON:
    return {
        "kind": "ObservationEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "tool_name": "think",
        "tool_call_id": f"call_{action_id}",
        "action_id": action_id,
        "observation": {
            "kind": "ThinkObservation",
            "content": [{"type": "text", "text": "Your thought has been logged."}],
            "is_error": False,
        },
        "extended_content": [],
    }


def status_update(eid: str, at: str, status: str) -> JSON:
    """A persisted per-field state update (``key`` = ``execution_status``)."""
    return {
        "kind": "ConversationStateUpdateEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "key": "execution_status",
        "value": status,
    }


def full_state(eid: str, at: str, conversation_id: uuid.UUID, status: str, **extra: Any) -> JSON:
    """A transient ``full_state`` snapshot (pushed on connect and after every run)."""
    value: JSON = {
        "id": str(conversation_id),
        "execution_status": status,
        "max_iterations": 500,
        "stuck_detection": True,
        "stats": {"usage_to_metrics": {}},
        "secret_registry": {"secret_sources": {}},
        **extra,
    }
    return {
        "kind": "ConversationStateUpdateEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "key": "full_state",
        "value": value,
    }


def conversation_error(eid: str, at: str, code: str, detail: str) -> JSON:
    return {
        "kind": "ConversationErrorEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "code": code,
        "detail": detail,
    }


def agent_error(eid: str, at: str, error: str) -> JSON:
    """A tool call's error, told to the agent, which goes on (not the run's failure)."""
    return {
        "kind": "AgentErrorEvent",
        "id": eid,
        "timestamp": at,
        "source": "agent",
        "tool_name": "think",
        "tool_call_id": f"call_{eid}",
        "error": error,
    }


def streaming_delta(eid: str, at: str, content: str) -> JSON:
    """A transient token delta (streamed, never persisted)."""
    return {
        "kind": "StreamingDeltaEvent",
        "id": eid,
        "timestamp": at,
        "source": "agent",
        "content": content,
    }


def ids(events: Iterable[Any]) -> list[str]:
    """The ids of events (typed or JSON), in order."""
    return [e["id"] if isinstance(e, Mapping) else e.id for e in events]


def is_transient(event: Mapping[str, Any]) -> bool:
    """Whether the server streams ``event`` without persisting it."""
    kind = event.get("kind")
    if kind in STREAM_ONLY_KINDS:
        return True
    return kind == "ConversationStateUpdateEvent" and event.get("key") == "full_state"


def search_response(
    log: list[JSON], request: httpx.Request, page_size: int | None = None
) -> httpx.Response:
    """``GET /events/search`` over ``log`` (write order), as the server pages it.

    ``timestamp__gte`` (inclusive) and ``timestamp__lt`` filter, ``sort_order=TIMESTAMP_DESC``
    walks the log backwards, ``page_id`` is the id of the page's first item (an unknown one
    restarts from the beginning), ``next_page_id`` the next page's first. ``page_size`` caps
    the page below ``limit``, as a server may.
    """
    params = request.url.params
    limit = int(params.get("limit", "100"))
    if not 1 <= limit <= 100:
        detail = [{"loc": ["query", "limit"], "msg": "out of range", "type": "value_error"}]
        return httpx.Response(422, json={"detail": detail})
    gte, lt = params.get("timestamp__gte"), params.get("timestamp__lt")
    since, until = (parse_ts(gte) if gte else None), (parse_ts(lt) if lt else None)
    items = [
        e
        for e in log
        if (since is None or parse_ts(e["timestamp"]) >= since)
        and (until is None or parse_ts(e["timestamp"]) < until)
    ]
    if params.get("sort_order") == "TIMESTAMP_DESC":
        items.reverse()
    ids = [e["id"] for e in items]
    page_id = params.get("page_id")
    start = ids.index(page_id) if page_id in ids else 0
    size = min(limit, page_size or limit)
    page = items[start : start + size]
    following = items[start + size : start + size + 1]
    next_page = following[0]["id"] if following else None
    return httpx.Response(200, json={"items": page, "next_page_id": next_page})


def agent_json() -> JSON:
    agent: JSON = copy.deepcopy(SERVER_BODIES["conversation"]["agent"])
    agent["llm"].update(model="openai/think-2", base_url="http://127.0.0.1:9/v1", api_key="llm-key")
    return agent


def conversation_info(
    conversation_id: uuid.UUID, status: str, *, title: str | None = None, working_dir: str = "/w"
) -> JSON:
    """A ``ConversationInfo`` body, as ``GET /api/conversations/{id}`` answers it."""
    return {
        **copy.deepcopy(SERVER_BODIES["conversation"]),
        "id": str(conversation_id),
        "agent": agent_json(),
        "workspace": {"kind": "LocalWorkspace", "working_dir": working_dir},
        "execution_status": status,
        "title": title,
        "created_at": ts(0),
        "updated_at": ts(0),
    }


# -- the fake server ----------------------------------------------------------------------


@dataclass
class ConnectAction:
    """What the fake does with the next authenticated socket: close it with ``close_code``."""

    close_code: int
    reason: str = ""


@dataclass
class ConnRecord:
    """One WebSocket connection as the fake saw it."""

    conversation: str
    path: str
    query: dict[str, str]
    raw_path: str
    first_frame: str | None = None
    subscribed: bool = False


RunScript = Callable[["RunContext"], Coroutine[Any, Any, None]]
RestHook = Callable[[httpx.Request, Callable[[], httpx.Response]], Awaitable[httpx.Response | None]]


@dataclass(eq=False)
class FakeConversation:
    id: uuid.UUID
    status: str = "idle"
    title: str | None = None
    log: list[JSON] = field(default_factory=list)
    push_state: bool = True
    connect_actions: deque[ConnectAction] = field(default_factory=deque)
    run_script: RunScript | None = None
    sockets: set[ServerConnection] = field(default_factory=set)
    runs: int = 0
    deleted: bool = False
    subscribe_delay: float = 0.0

    def ids(self) -> list[str]:
        """The persisted events' ids in write order."""
        return [str(e["id"]) for e in self.log]

    def sorted_ids(self) -> list[str]:
        """The persisted events' ids in (timestamp, id) order."""
        return [str(e["id"]) for e in sorted(self.log, key=lambda e: (e["timestamp"], e["id"]))]


@dataclass
class Injected:
    method: str
    path: re.Pattern[str]
    status: int
    body: Any
    times: int | None


class RunContext:
    """What a run script can do: publish (persist + push), persist only, sleep, make events."""

    def __init__(self, fake: FakeAgentServer, conversation: FakeConversation) -> None:
        self.fake = fake
        self.conversation = conversation

    def eid(self, prefix: str) -> str:
        return self.fake.new_id(prefix)

    async def publish(self, *events: JSON) -> None:
        await self.fake._publish(self.conversation, events)

    def persist(self, *events: JSON) -> None:
        self.fake._persist(self.conversation, events)

    async def status(self, status: str) -> None:
        await self.publish(status_update(self.eid("status"), self.fake.now(), status))

    async def snapshot(self) -> None:
        event = full_state(
            self.eid("snapshot"), self.fake.now(), self.conversation.id, self.conversation.status
        )
        await self.publish(event)

    async def step(self, thought: str = "thinking") -> None:
        act = action(self.eid("action"), self.fake.now(), thought)
        await self.publish(act, observation(self.eid("obs"), self.fake.now(), act["id"]))

    async def say(self, text: str) -> None:
        await self.publish(message(self.eid("msg"), self.fake.now(), text, source="agent"))

    @staticmethod
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(seconds)

    def drop_sockets(self) -> None:
        """Drop the conversation's sockets abruptly (TCP reset, no close frame)."""
        self.fake._drop(self.conversation)


def standard_run(
    *,
    steps: int = 1,
    final: str = "finished",
    answer: str = "done",
    late: float = 0.0,
    snapshot: bool = True,
    error: tuple[str, str] | None = None,
    start_delay: float = 0.0,
) -> RunScript:
    """A run like the server's: ``running``, steps, the answer, the final status, a snapshot.

    ``late`` > 0 publishes the answer that long *after* the final status (events published
    from an executor can trail the status), before the post-run snapshot.
    """

    async def script(run: RunContext) -> None:
        await run.sleep(start_delay)
        await run.status("running")
        for i in range(steps):
            await run.step(f"step {i}")
        if error is not None:
            code, detail = error
            await run.publish(conversation_error(run.eid("error"), run.fake.now(), code, detail))
        if late:
            await run.status(final)
            await run.sleep(late)
            await run.say(answer)
        else:
            await run.say(answer)
            await run.status(final)
        if snapshot:
            await run.snapshot()

    return script


class FakeAgentServer:
    """A scriptable agent server: real WebSocket on 127.0.0.1, REST through MockTransport."""

    def __init__(
        self, api_key: str | None = None, *, ssl: ssl_module.SSLContext | None = None
    ) -> None:
        self.api_key = api_key
        self.ws_available = True
        # An HTTP answer to every socket handshake instead of the upgrade: (status, headers).
        self.ws_refusal: tuple[int, dict[str, str]] | None = None
        self._ssl = ssl
        self.page_size: int | None = None
        self.requests: list[httpx.Request] = []
        self.connections: list[ConnRecord] = []
        self.hooks: list[RestHook] = []
        self._injected: list[Injected] = []
        self._conversations: dict[uuid.UUID, FakeConversation] = {}
        self._lock = threading.RLock()
        self._clock = 1000.0
        self._counter = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="fake-agent-server", daemon=True
        )
        self._server: Server | None = None
        self._open_ws: set[ServerConnection] = set()
        self.port = 0
        self.transport = httpx.MockTransport(self._handle_http)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> FakeAgentServer:
        self._thread.start()
        self._server = self.call(self._serve())
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def _serve(self) -> Server:
        server: Server = await serve(
            self._handle_ws,
            "127.0.0.1",
            0,
            process_request=self._process_request,
            logger=_quiet,
            compression=None,
            ssl=self._ssl,
        )
        return server

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self.call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()

    async def _shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            # Abort rather than close: a closing handshake would wait for a client whose
            # loop may not be running any more (a test's fixtures are torn down one by one).
            for ws in list(self._open_ws):
                ws.transport.abort()
            self._server.close(close_connections=False)
            await self._server.wait_closed()

    def __enter__(self) -> FakeAgentServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"{'https' if self._ssl else 'http'}://127.0.0.1:{self.port}"

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the fake's loop and wait for it (from any other thread)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=10)

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
        conversation = FakeConversation(
            conversation_id or uuid.uuid4(), status=status, run_script=run_script
        )
        self._persist(conversation, list(events))
        conversation.status = status
        with self._lock:
            self._conversations[conversation.id] = conversation
        return conversation

    def conversation(self, conversation_id: uuid.UUID | str) -> FakeConversation:
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

    def _persist(self, conversation: FakeConversation, events: Iterable[JSON]) -> None:
        with self._lock:
            for event in events:
                if not is_transient(event):
                    conversation.log.append(dict(event))
                self._apply_status(conversation, event)

    async def _publish(self, conversation: FakeConversation, events: Iterable[JSON]) -> None:
        for event in events:
            self._persist(conversation, [event])
            await self._send_all(conversation, json.dumps(event))

    async def _send_all(self, conversation: FakeConversation, frame: str | bytes) -> None:
        with self._lock:
            sockets = list(conversation.sockets)
        for ws in sockets:
            with contextlib.suppress(ConnectionClosed):
                await ws.send(frame)

    def _drop(self, conversation: FakeConversation) -> None:
        with self._lock:
            sockets = list(conversation.sockets)
            conversation.sockets.clear()
        for ws in sockets:
            ws.transport.abort()

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
        with self._lock:
            if conversation is not None:
                return len(conversation.sockets)
            return sum(len(c.sockets) for c in self._conversations.values())

    def connections_to(self, conversation: FakeConversation) -> list[ConnRecord]:
        with self._lock:
            return [c for c in self.connections if c.conversation == str(conversation.id)]

    def inject(
        self, method: str, path: str, status: int, body: Any = None, *, times: int | None = 1
    ) -> None:
        """Answer the next ``times`` requests matching ``method`` and ``path`` (a regex)."""
        with self._lock:
            self._injected.append(Injected(method, re.compile(path), status, body, times))

    def requests_to(self, method: str, path: str) -> list[httpx.Request]:
        pattern = re.compile(path)
        with self._lock:
            return [r for r in self.requests if r.method == method and pattern.search(r.url.path)]

    # -- WebSocket ---------------------------------------------------------------------------

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        if not self.ws_available:
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "try again later\n")
        if self.ws_refusal is not None:
            status, headers = self.ws_refusal
            response = connection.respond(HTTPStatus(status), "refused\n")
            for name, value in headers.items():
                response.headers[name] = value
            return response
        if not re.fullmatch(r"/sockets/events/[^/]+", urlsplit(request.path).path):
            return connection.respond(HTTPStatus.NOT_FOUND, "not found\n")
        return None

    async def _handle_ws(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        parts = urlsplit(ws.request.path)
        cid = parts.path.rsplit("/", 1)[-1]
        record = ConnRecord(cid, parts.path, dict(parse_qsl(parts.query)), ws.request.path)
        with self._lock:
            self.connections.append(record)
        self._open_ws.add(ws)  # Server.connections arrived in websockets 14; 13 is supported
        try:
            await self._serve_socket(ws, record, cid)
        finally:
            self._open_ws.discard(ws)

    async def _serve_socket(self, ws: ServerConnection, record: ConnRecord, cid: str) -> None:
        if self.api_key is not None:
            try:
                raw = await asyncio.wait_for(ws.recv(), timeout=5)
            except (asyncio.TimeoutError, ConnectionClosed):
                await ws.close(4001, "Authentication failed")
                return
            record.first_frame = raw if isinstance(raw, str) else raw.decode()
            try:
                data = json.loads(raw)
            except ValueError:
                data = None
            if not (
                isinstance(data, dict)
                and data.get("type") == "auth"
                and data.get("session_api_key") == self.api_key
            ):
                await ws.close(4001, "Authentication failed")
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
        if self.api_key is not None and request.headers.get("X-Session-API-Key") != self.api_key:
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
            # The server's quirk: pause, interrupt and DELETE answer a bare 400.
            if rest in ("/pause", "/interrupt") or (rest == "" and method == "DELETE"):
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
        if rest in ("/secrets", "/pause", "/interrupt") and method == "POST":
            return ok
        return httpx.Response(404, json={"detail": "Not Found"})

    def info(self, conversation: FakeConversation) -> JSON:
        with self._lock:
            return conversation_info(conversation.id, conversation.status, title=conversation.title)

    def _start(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        requested = body.get("conversation_id")
        if requested is not None:
            existing = self._find(requested)
            if existing is not None:
                return httpx.Response(200, json=self.info(existing))
        conversation = self.add_conversation(
            conversation_id=uuid.UUID(requested) if requested else None
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

    def _start_run(self, conversation: FakeConversation) -> None:
        # Like the server: the run task exists (so a second run gets 409) before the
        # ``running`` status is published.
        conversation.status = "running"
        conversation.runs += 1
        script = conversation.run_script or standard_run()
        self._spawn(script(RunContext(self, conversation)))

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        def create() -> None:
            task = self._loop.create_task(coroutine)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        self._loop.call_soon_threadsafe(create)


# -- waiting helpers ----------------------------------------------------------------------


async def until(check: Callable[[], bool], what: str, timeout: float = 3.0) -> None:
    """Wait (yielding to the loop) until ``check()`` holds; fail with ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {what}")
        await asyncio.sleep(0.005)


def until_sync(check: Callable[[], bool], what: str, timeout: float = 3.0) -> None:
    """Like :func:`until`, for synchronous tests."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {what}")
        time.sleep(0.005)


PROBE = "probe-"


def _probe(fake: FakeAgentServer, conversation: FakeConversation, n: int) -> None:
    fake.publish(conversation, streaming_delta(f"{PROBE}{n}", ts(0), "."))


def _probing(
    fake: FakeAgentServer, conversation: FakeConversation, got: list[str], timeout: float
) -> Iterator[None]:
    """Push a transient probe per step until ``stream()`` has yielded one into ``got``."""
    deadline = time.monotonic() + timeout
    n = 0
    while not any(i.startswith(PROBE) for i in got):
        if time.monotonic() > deadline:
            raise AssertionError(f"stream() yielded nothing within {timeout} s")
        _probe(fake, conversation, n)
        n += 1
        yield


async def until_streaming(
    fake: FakeAgentServer, conversation: FakeConversation, got: list[str], timeout: float = 3.0
) -> None:
    """Push transient probes until a consumer of ``stream()`` has yielded one into ``got``."""
    for _ in _probing(fake, conversation, got, timeout):
        await asyncio.sleep(0.01)


def until_streaming_sync(
    fake: FakeAgentServer, conversation: FakeConversation, got: list[str], timeout: float = 3.0
) -> None:
    """Like :func:`until_streaming`, for synchronous tests."""
    for _ in _probing(fake, conversation, got, timeout):
        time.sleep(0.01)


def without_probes(got: list[str]) -> list[str]:
    return [i for i in got if not i.startswith(PROBE)]
