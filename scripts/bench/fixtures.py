"""What the benchmarks run against: the real agent server, a scripted LLM, cached recordings.

The 10,000-event conversation is made once with the scripted LLM and kept, with the agent
server's whole state, in ``.bench-cache/`` (git-ignored); later runs restart the server on the
same directory, which reloads it. Everything binds to 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
from websockets.sync.client import connect

from harness.agent_server import AgentServerProcess, agent_spec
from harness.scripted_llm import (
    COMPLETION_PATHS,
    FINISH_MESSAGE,
    TEXT_ANSWER,
    Reply,
    ScriptedLLM,
    completion_body,
    error_body,
    plan_reply,
    script_name,
    stream_chunks,
    tool_calls_since_last_user,
    wants_text,
)

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench-cache"
API_KEY = "bench+session/key"
BIG_EVENTS = 10_000
# One bench server drives 100 conversations at once (and up to 2 more); its default is 10.
MAX_CONCURRENT_RUNS = 200
# The 10,000-event conversation: runs of one user message and BURST_STEPS answers of
# BURST_CALLS parallel `think` calls each (then `finish`): ~980 events a run, in 10 runs.
BURST_STEPS, BURST_CALLS = 10, 48
_BURST = re.compile(r"burst-(?P<n>\d+)-(?P<k>\d+)")
_CACHE_VERSION = 1


class BenchServer(AgentServerProcess):
    """The harness's agent server, allowed more concurrent runs than its default."""

    def _environment(self, tmux_dir: str) -> dict[str, str]:
        env = super()._environment(tmux_dir)
        env["OH_MAX_CONCURRENT_RUNS"] = str(MAX_CONCURRENT_RUNS)
        return env


def plan_bench_reply(body: dict[str, Any]) -> Reply:
    """The harness's scripts, plus ``burst-N-K``: N answers of K parallel thinks, then finish.

    Text answers (conversation titles) come at once, whatever the script: the agent server
    generates titles on its default thread pool (cores + 4 threads), and a hundred slow title
    calls would hold back every run behind them, which is the server's bottleneck, not the
    clients'.
    """
    if wants_text(body):
        return Reply(text=TEXT_ANSWER)
    match = _BURST.fullmatch(script_name(str(body.get("model", ""))))
    if match is None:
        return plan_reply(body)
    calls = int(match["k"])
    step = tool_calls_since_last_user(list(body.get("messages") or [])) // calls
    if step < int(match["n"]):
        return Reply(tool="think", arguments={"thought": f"step {step + 1}"}, calls=calls)
    return Reply(tool="finish", arguments={"message": FINISH_MESSAGE})


class BenchLLM(ScriptedLLM):
    """The harness's stateless scripted LLM, with the ``burst-N-K`` script added."""

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        llm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if self.path.split("?")[0] not in COMPLETION_PATHS:
                    self._json(404, error_body(404, f"no route {self.path}"))
                    return
                body = json.loads(raw or b"{}")
                reply = plan_bench_reply(body)
                time.sleep(reply.delay)
                llm._count()
                if reply.status != 200:
                    self._json(reply.status, error_body(reply.status, reply.text or ""))
                elif body.get("stream"):
                    chunks = [*map(json.dumps, stream_chunks(body, reply)), "[DONE]"]
                    data = "".join(f"data: {chunk}\n\n" for chunk in chunks).encode()
                    self._write(200, "text/event-stream", data)
                else:
                    self._json(200, completion_body(body, reply))

            def _json(self, status: int, payload: dict[str, Any]) -> None:
                self._write(status, "application/json", json.dumps(payload).encode())

            def _write(self, status: int, content_type: str, data: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except ConnectionError:
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet."""

        return Handler


@dataclass(frozen=True)
class BigConversation:
    """The cached 10,000-event conversation and the recordings made from it."""

    id: str
    events: int
    created_seconds: float | None
    """How long making it took, on the run that made it (None when it came from the cache)."""

    @staticmethod
    def recorded_events_path() -> Path:
        """Its persisted events as JSON, in the server's order: the replay server's frames."""
        return CACHE / "events.json"

    @staticmethod
    def recorded_info_path() -> Path:
        """Its ``ConversationInfo`` and the ``full_state`` frame the socket pushes on connect."""
        return CACHE / "conversation.json"


def api(server: AgentServerProcess) -> httpx.Client:
    """A plain REST client for setting things up (not a client under test)."""
    return httpx.Client(base_url=server.url, headers=server.headers, timeout=120)


def message(text: str, *, run: bool) -> dict[str, Any]:
    """The body of ``POST /api/conversations/{id}/events`` for a user message."""
    return {"role": "user", "content": [{"type": "text", "text": text}], "run": run}


def event_count(http: httpx.Client, conversation_id: str) -> int:
    """How many events the server has persisted for the conversation."""
    response = http.get(f"/api/conversations/{conversation_id}/events/count")
    response.raise_for_status()
    return int(response.json())


def wait_for_status(
    http: httpx.Client, conversation_id: str, statuses: set[str], timeout: float
) -> str:
    """Poll the conversation until its execution_status is one of ``statuses``."""
    deadline = time.monotonic() + timeout
    while True:
        response = http.get(f"/api/conversations/{conversation_id}")
        response.raise_for_status()
        status = str(response.json()["execution_status"])
        if status in statuses:
            return status
        if time.monotonic() > deadline:
            raise RuntimeError(f"conversation {conversation_id} still {status} after {timeout} s")
        time.sleep(0.1)


def start_conversation(
    http: httpx.Client, agent: dict[str, Any], working_dir: Path, **extra: Any
) -> str:
    """Create a conversation over REST; return its id."""
    body = {
        "agent": agent,
        "workspace": {"kind": "LocalWorkspace", "working_dir": str(working_dir)},
        **extra,
    }
    response = http.post("/api/conversations", json=body)
    response.raise_for_status()
    return str(response.json()["id"])


def run_to_end(http: httpx.Client, conversation_id: str, text: str, timeout: float) -> None:
    """Send a message, start a run and wait for its end (runs here last seconds)."""
    path = f"/api/conversations/{conversation_id}"
    before = str(http.get(path).json()["execution_status"])
    http.post(f"{path}/events", json=message(text, run=False)).raise_for_status()
    http.post(f"{path}/run").raise_for_status()  # the run starts in the background
    if before == "finished":  # not the previous run's end
        wait_for_status(http, conversation_id, {"running"}, timeout=30)
    wait_for_status(http, conversation_id, {"finished"}, timeout)


def server_events(http: httpx.Client, conversation_id: str) -> Iterator[dict[str, Any]]:
    """Every persisted event of the conversation, page by page, in the server's order."""
    page_id: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100}
        if page_id:
            params["page_id"] = page_id
        response = http.get(f"/api/conversations/{conversation_id}/events/search", params=params)
        response.raise_for_status()
        body = response.json()
        yield from body["items"]
        page_id = body.get("next_page_id")
        if not page_id:
            return


def first_socket_frame(server: AgentServerProcess, conversation_id: str) -> dict[str, Any]:
    """The frame the server pushes when a socket subscribes: the ``full_state`` snapshot."""
    url = f"ws://127.0.0.1:{server.port}/sockets/events/{conversation_id}"
    with connect(url, open_timeout=10, max_size=None) as ws:
        ws.send(json.dumps({"type": "auth", "session_api_key": server.api_key}))
        frame = json.loads(ws.recv(timeout=10))
    if not isinstance(frame, dict):
        raise RuntimeError("the socket's first frame is not a JSON object")
    return frame


def make_big_conversation(
    server: AgentServerProcess, llm: ScriptedLLM, working_dir: Path, log: Callable[[str], None]
) -> BigConversation:
    """Make a conversation of BIG_EVENTS persisted events (or one more) with the scripted LLM.

    Ten runs of a user message and ten answers of 48 parallel thinks each, then plain user
    messages up to the count. (One think per answer would take an hour: the agent sends the
    whole history to the LLM at every step.)
    """
    started = time.monotonic()
    agent = agent_spec(llm.base_url, f"burst-{BURST_STEPS}-{BURST_CALLS}")
    with api(server) as http:
        conversation_id = start_conversation(http, agent, working_dir, max_iterations=1000)
        count, run = event_count(http, conversation_id), 0
        per_run = BURST_STEPS * (2 * BURST_CALLS + 1) + 10
        while count + per_run <= BIG_EVENTS:
            run += 1
            run_to_end(http, conversation_id, f"task {run}: think hard", timeout=600)
            count = event_count(http, conversation_id)
            log(f"  run {run}: {count} events ({time.monotonic() - started:.0f} s)")
        while count < BIG_EVENTS:  # top up with plain messages (no run)
            body = message(f"note {count}", run=False)
            http.post(f"/api/conversations/{conversation_id}/events", json=body).raise_for_status()
            count = event_count(http, conversation_id)
    return BigConversation(conversation_id, count, time.monotonic() - started)


def record(server: AgentServerProcess, big: BigConversation) -> None:
    """Record the conversation's events, info and first socket frame for the replay server."""
    with api(server) as http:
        events = list(server_events(http, big.id))
        info = http.get(f"/api/conversations/{big.id}").json()
    frame = first_socket_frame(server, big.id)
    BigConversation.recorded_events_path().write_text(json.dumps(events))
    recording = {"info": info, "full_state": frame}
    BigConversation.recorded_info_path().write_text(json.dumps(recording))
    meta = {"version": _CACHE_VERSION, "conversation_id": big.id, "events": len(events)}
    (CACHE / "meta.json").write_text(json.dumps(meta, indent=2))


def cached_big_conversation(server: AgentServerProcess) -> BigConversation | None:
    """The cached conversation, if the cache has one and the server still holds all of it."""
    try:
        meta = json.loads((CACHE / "meta.json").read_text())
    except (OSError, ValueError):
        return None
    if meta.get("version") != _CACHE_VERSION:
        return None
    recordings = (BigConversation.recorded_events_path(), BigConversation.recorded_info_path())
    if not all(path.is_file() for path in recordings):
        return None
    conversation_id = str(meta["conversation_id"])
    with api(server) as http:
        if http.get(f"/api/conversations/{conversation_id}").status_code != 200:
            return None
        count = event_count(http, conversation_id)
    return BigConversation(conversation_id, count, None) if count == meta["events"] else None


def delete_all_but(server: AgentServerProcess, keep: set[str]) -> int:
    """Delete every conversation on the server except ``keep`` (leftovers of a killed run)."""
    stale: list[str] = []
    with api(server) as http:
        page_id: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 100}
            if page_id:
                params["page_id"] = page_id
            body = http.get("/api/conversations/search", params=params).json()
            stale += [str(item["id"]) for item in body["items"] if str(item["id"]) not in keep]
            page_id = body.get("next_page_id")
            if not page_id:
                break
        for conversation_id in stale:
            http.delete(f"/api/conversations/{conversation_id}")
    return len(stale)


def fork(server: AgentServerProcess, conversation_id: str, from_event_id: str | None) -> str:
    """Copy a conversation on the server (up to ``from_event_id``); return the copy's id.

    The copy gets a title: an untitled conversation has the server ask its LLM for one on the
    next message, and the copy's LLM (the scripted one of the run that made the original) is
    gone, which keeps the server's thread pool busy with retries.
    """
    body: dict[str, Any] = {"title": f"copy of {conversation_id}"}
    if from_event_id:
        body["from_event_id"] = from_event_id
    with api(server) as http:
        response = http.post(f"/api/conversations/{conversation_id}/fork", json=body)
        response.raise_for_status()
        return str(response.json()["id"])


def delete(server: AgentServerProcess, conversation_ids: list[str]) -> None:
    """Delete conversations (best effort)."""
    with api(server) as http:
        for conversation_id in conversation_ids:
            http.delete(f"/api/conversations/{conversation_id}")
