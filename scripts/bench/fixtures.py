"""What the benchmarks run against: the real agent server, a scripted LLM, cached recordings.

The 10,000-event conversation is made once with the scripted LLM and kept, with the agent
server's whole state, in ``.bench-cache/`` (git-ignored); later runs restart the server on the
same directory, which reloads it. Everything binds to 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

from bench.common import Rest
from harness.agent_server import AgentServerProcess, agent_spec
from harness.scripted_llm import (
    FINISH_MESSAGE,
    TEXT_ANSWER,
    Reply,
    ScriptedLLM,
    script_name,
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

    def __init__(self, workdir: Path, **options: Any) -> None:
        environment = {"OH_MAX_CONCURRENT_RUNS": str(MAX_CONCURRENT_RUNS)}
        super().__init__(workdir, environment=environment, **options)


def plan_bench_reply(body: Mapping[str, Any]) -> Reply | None:
    """The bench's scripts on top of the harness's: ``burst-N-K``, N answers of K parallel
    thinks, then finish (None: a harness script).

    Text answers (conversation titles) come at once, whatever the script: the agent server
    generates titles on its default thread pool (cores + 4 threads), and a hundred slow title
    calls would hold back every run behind them, which is the server's bottleneck, not the
    clients'.
    """
    if wants_text(body):
        return Reply(text=TEXT_ANSWER)
    match = _BURST.fullmatch(script_name(str(body.get("model", ""))))
    if match is None:
        return None
    calls = int(match["k"])
    step = tool_calls_since_last_user(list(body.get("messages") or [])) // calls
    if step < int(match["n"]):
        return Reply(tool="think", arguments={"thought": f"step {step + 1}"}, calls=calls)
    return Reply(tool="finish", arguments={"message": FINISH_MESSAGE})


def bench_llm() -> ScriptedLLM:
    """The harness's stateless scripted LLM, with the bench's scripts added (unstarted)."""
    return ScriptedLLM(extra=plan_bench_reply)


@dataclass(frozen=True)
class BigConversation:
    """The conversation the benchmarks read (10,000 events; a few in the smoke test), and
    the recordings made from it in ``recordings`` (the cache directory)."""

    id: str
    events: int
    created_seconds: float | None
    """How long making it took, on the run that made it (None when it came from the cache)."""
    recordings: Path = CACHE

    @property
    def events_path(self) -> Path:
        """Its persisted events as JSON, in the server's order: the replay server's frames."""
        return self.recordings / "events.json"

    @property
    def info_path(self) -> Path:
        """Its ``ConversationInfo`` and the ``full_state`` frame the socket pushes on connect."""
        return self.recordings / "conversation.json"

    def recorded_events(self) -> list[dict[str, Any]]:
        """The recorded events."""
        events: list[dict[str, Any]] = json.loads(self.events_path.read_text())
        return events


def rest(server: AgentServerProcess) -> Rest:
    """The bench's plain REST helper, for this server."""
    return Rest(server.port, server.api_key)


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
    http = rest(server)
    conversation_id = http.start_conversation(agent, str(working_dir), max_iterations=1000)
    count, run = http.event_count(conversation_id), 0
    per_run = BURST_STEPS * (2 * BURST_CALLS + 1) + 10
    while count + per_run <= BIG_EVENTS:
        run += 1
        http.run_to_end(conversation_id, f"task {run}: think hard", timeout=600)
        count = http.event_count(conversation_id)
        log(f"  run {run}: {count} events ({time.monotonic() - started:.0f} s)")
    while count < BIG_EVENTS:  # top up with plain messages (no run)
        http.message(conversation_id, f"note {count}")
        count = http.event_count(conversation_id)
    return BigConversation(conversation_id, count, time.monotonic() - started)


def make_small_conversation(
    server: AgentServerProcess, llm: ScriptedLLM, recordings: Path
) -> BigConversation:
    """A conversation of one short run, recorded in ``recordings`` (the smoke test's)."""
    http = rest(server)
    (recordings / "work").mkdir(parents=True, exist_ok=True)
    conversation_id = http.start_conversation(
        agent_spec(llm.base_url, "think-2"), str(recordings / "work"), title="bench smoke"
    )
    http.run_to_end(conversation_id, "hello", timeout=120)
    small = BigConversation(conversation_id, http.event_count(conversation_id), None, recordings)
    record(server, small)
    return small


def record(server: AgentServerProcess, big: BigConversation) -> None:
    """Record the conversation's events, info and first socket frame for the replay server."""
    http = rest(server)
    events = http.events(big.id)
    info = http.conversation(big.id)
    frame = first_socket_frame(server, big.id)
    big.events_path.write_text(json.dumps(events))
    big.info_path.write_text(json.dumps({"info": info, "full_state": frame}))
    meta = {"version": _CACHE_VERSION, "conversation_id": big.id, "events": len(events)}
    (big.recordings / "meta.json").write_text(json.dumps(meta, indent=2))


def cached_big_conversation(server: AgentServerProcess) -> BigConversation | None:
    """The cached conversation, if the cache has one and the server still holds all of it."""
    try:
        meta = json.loads((CACHE / "meta.json").read_text())
    except (OSError, ValueError):
        return None
    if meta.get("version") != _CACHE_VERSION:
        return None
    conversation_id = str(meta["conversation_id"])
    big = BigConversation(conversation_id, int(meta["events"]), None)
    if not (big.events_path.is_file() and big.info_path.is_file()):
        return None
    http = rest(server)
    if http.conversation(conversation_id) is None:
        return None
    return big if http.event_count(conversation_id) == big.events else None


def delete_all_but(server: AgentServerProcess, keep: set[str]) -> int:
    """Delete every conversation on the server except ``keep`` (leftovers of a killed run)."""
    http = rest(server)
    stale = [c for c in http.conversation_ids() if c not in keep]
    http.delete(stale)
    return len(stale)
