"""``make bench``: openhands-client against the reference client, side by side, on the real server.

One run starts the real agent server once (on the cached state in ``.bench-cache/``, making
the 10,000-event conversation first if the cache has none) and a scripted LLM, then measures
both clients, each measurement in a fresh process per client: ours on ``.venv``'s Python, the
reference (``openhands-sdk``'s RemoteConversation, as installed with the pinned server) on
``.venv-server``'s. It prints a table with both figures, their ratio and the targets, and
writes everything to ``bench-results.json``. Every process it starts is stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import fixtures, report
from bench import tokens as bench_tokens
from bench.common import RESULT_PREFIX
from harness.agent_server import AgentServerProcess, agent_spec
from harness.scripted_llm import ScriptedLLM

ROOT = fixtures.ROOT
CLIENTS = ("ours", "reference")
# "floor" measures the same work without a client, on our interpreter (see bench.floor).
PYTHONS = {
    "ours": ROOT / ".venv/bin/python",
    "reference": ROOT / ".venv-server/bin/python",
    "floor": ROOT / ".venv/bin/python",
}
RESULTS_PATH = ROOT / "bench-results.json"
BENCHMARKS = ("cold", "attach", "reconnect", "ingest", "latency", "scale", "tokens", "command")
# Selectable with --only (ONLY=...), not run by default: they take minutes (see the README).
OPTIONAL = ("idle", "longlived")
# Selectable with --only, left out of the smoke test too: it starts three more servers.
SEPARATE = ("fleet",)
SCHEMA_VERSION = 1

Result = dict[str, Any]


@dataclass(frozen=True)
class Settings:
    """How much to measure (the defaults keep ``make bench`` to a few minutes on 2 cores)."""

    cold_repeat: int = 5
    cold_warm_up: bool = True
    repeat: int = 3
    reconnect_missed: tuple[int, ...] = (10, 100, 1000)
    reconnect_repeat: int = 3
    small_log_events: int = 100
    latency_runs: int = 20
    latency_script: str = "finish"
    scale_conversations: int = 100
    scale_repeat: int = 1
    # Three LLM calls of 4 s each: a short agent task with a realistic LLM latency.
    scale_script: str = "slow-think-2-4000"
    floor_frames: int = 200
    # An answer of 11 words streamed 50 ms apart (bench.tokens).
    tokens_script: str = "talk-50"
    tokens_runs: int = 5
    idle_conversations: int = 500
    idle_seconds: float = 30
    longlived_conversations: int = 1000
    longlived_early: int = 10
    longlived_script: str = "finish"
    fleet_conversations: int = 40
    fleet_sizes: tuple[int, ...] = (1, 2, 4)
    # Three LLM calls of 2 s each.
    fleet_script: str = "slow-think-2-2000"
    command_runs: int = 10
    clients: tuple[str, ...] = ("ours", "reference")
    """Whose measurement programs run (the smoke test leaves the pinned reference out)."""

    @classmethod
    def smoke(cls) -> Settings:
        """Every measurement once, as small as it goes (the smoke test's)."""
        return cls(
            cold_repeat=1,
            cold_warm_up=False,
            repeat=1,
            reconnect_missed=(2,),
            reconnect_repeat=1,
            small_log_events=2,
            latency_runs=1,
            scale_conversations=2,
            scale_script="finish",
            floor_frames=5,
            tokens_script="talk",
            tokens_runs=1,
            idle_conversations=2,
            idle_seconds=0.5,
            longlived_conversations=2,
            longlived_early=1,
            command_runs=1,
            clients=("ours",),
        )


class ProgramError(RuntimeError):
    """A measurement program failed."""


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def program_environment() -> dict[str, str]:
    """The environment of a measurement program.

    Bytecode caches are allowed (a user's installed client has them: without them ours would
    be compiled on every import); LiteLLM reads its bundled cost map instead of fetching one
    over the network and the SDK's banner is off, which only spares the reference.
    """
    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
    }
    env.update(
        PYTHONPATH=str(ROOT / "scripts"),
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        OPENHANDS_SUPPRESS_BANNER="1",
    )
    return env


def run_program(client: str, argv: list[str], timeout: float = 600) -> Result:
    """Run ``python -m bench.<argv...>`` for ``client`` in a fresh process; return its result.

    Adds ``wall_seconds`` (spawn to exit) and ``spawned_at`` (epoch) to what it reports.
    """
    command = [str(PYTHONS[client]), "-m", *argv]
    what = " ".join(part[:40] for part in argv[:3])
    spawned_at, started = time.time(), time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=program_environment(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise ProgramError(f"{what} ({client}) timed out after {timeout} s") from exc
    wall = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        tail = "\n".join(done.stderr.splitlines()[-25:])
        raise ProgramError(f"{what} ({client}) exited {done.returncode}:\n{tail}")
    result: Result = json.loads(lines[-1][len(RESULT_PREFIX) :])
    result.update(wall_seconds=wall, spawned_at=spawned_at)
    return result


# The attach section's other ways for ours to load the log (``bench.ours`` attach's "over").
OVER = {"ours_rest": "rest"}


def measure(client: str, measurement: str, args: dict[str, Any], timeout: float = 600) -> Result:
    """Run one of ``bench.ours`` / ``bench.reference``'s measurements."""
    return run_program(client, [f"bench.{client}", measurement, json.dumps(args)], timeout)


def repeated(
    times: int, once: Callable[[str], Result], clients: tuple[str, ...] = CLIENTS
) -> dict[str, Any]:
    """``once(client)`` ``times`` times per client, alternating clients; runs and medians."""
    runs: dict[str, list[Result]] = {client: [] for client in clients}
    for _ in range(times):
        for client in clients:
            runs[client].append(once(client))
    return {c: {"runs": runs[c], "median": report.summarize(runs[c])} for c in clients}


def measured_once(result: Result) -> dict[str, Any]:
    """One run in the shape of :func:`repeated`'s per-client entries."""
    return {"runs": [result], "median": report.summarize([result])}


class Bench:
    """The benchmarks, against one server, one scripted LLM and the cached conversation."""

    def __init__(
        self,
        settings: Settings,
        server: AgentServerProcess,
        llm: ScriptedLLM,
        big: fixtures.BigConversation,
    ) -> None:
        self.settings = settings
        self.server = server
        self.llm = llm
        self.big = big
        self.rest = fixtures.rest(server)
        self.working_dir = str(big.recordings / "work")
        self.base = {
            "url": server.url,
            "api_key": server.api_key,
            "working_dir": self.working_dir,
        }

    def server_cpu_seconds(self) -> float:
        """CPU time the agent server process has used so far."""
        with open(f"/proc/{self.server.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def agent(self, script: str) -> dict[str, Any]:
        return agent_spec(self.llm.base_url, script)

    def cold(self) -> dict[str, Any]:
        """Cold start: a fresh process importing the client, and importing + attaching."""
        repeat = self.settings.cold_repeat
        bare = {}
        clients = self.settings.clients
        for client in clients:
            runs = [run_program(client, ["bench.cold", client, "bare"]) for _ in range(repeat)]
            bare[client] = report.summarize(runs)
        with_floor = ("floor", *clients)
        for client in with_floor if self.settings.cold_warm_up else ():
            run_program(client, ["bench.cold", client, "import"])  # bytecode, page cache
        imports = repeated(
            repeat, lambda c: run_program(c, ["bench.cold", c, "import"]), with_floor
        )
        small = self.rest.start_conversation(
            self.agent("finish"), self.working_dir, tags={"bench": "cold"}
        )
        self.rest.run_to_end(small, "hello", timeout=120)
        try:
            target = json.dumps({**self.base, "conversation_id": small})

            def attach(client: str) -> Result:
                result = run_program(client, ["bench.cold", client, "attach", target])
                result["seconds_to_attached"] = result["done_at"] - result["spawned_at"]
                return result

            attaches = repeated(repeat, attach, clients)
        finally:
            self.rest.delete([small])
        imports["bare_interpreter"] = bare
        return {"cold_import": imports, "cold_attach": attaches}

    def attach(self) -> dict[str, Any]:
        """Attach to the 10,000-event conversation: time and memory until its log is loaded."""
        args = {**self.base, "conversation_id": self.big.id}
        self.rest.events(self.big.id)  # the server loads it once, before anyone times it
        # ... and replays it once over the session socket: the first replay after the server
        # starts took ~1.5 s against ~0.7 s for the next ones (each bench's first socket run).
        measure("ours", "attach", args)

        def once(client: str) -> Result:
            if client == "floor":
                return run_program(client, ["bench.floor", "attach", json.dumps(args)])
            if client in OVER:  # ours, loading the log another way
                return measure("ours", "attach", {**args, "over": OVER[client]})
            result = measure(client, "attach", args)
            result["rss_growth_mb"] = result["peak_rss_mb"] - result["rss_before_mb"]
            return result

        ours_too = tuple(OVER) if "ours" in self.settings.clients else ()
        clients = ("floor", *self.settings.clients, *ours_too)
        return {"attach_10k": repeated(self.settings.repeat, once, clients)}

    def reconnect(self) -> dict[str, Any]:
        """Reconnects after 10,000 events (and after a short log), each client on its own copy."""
        settings = self.settings
        events = self.big.recorded_events()
        small_from = str(events[min(settings.small_log_events, len(events)) - 1]["id"])
        plan = list(settings.reconnect_missed) * settings.reconnect_repeat
        section: dict[str, Any] = {
            "log_bytes": sum(len(json.dumps(e, separators=(",", ":"))) for e in events),
            "plan": plan,
        }
        base = {**self.base, "port": self.server.port}
        for client in self.settings.clients:
            log(f"  copying the conversation for {client} (the server takes a while)")
            big = self.rest.fork(self.big.id)
            small = self.rest.fork(self.big.id, small_from)
            try:
                logs = {
                    size: self.rest.event_count(c) for size, c in (("big", big), ("small", small))
                }
                section["log_events"] = logs
                small_plan = [100] * settings.reconnect_repeat
                runs = {}
                for size, copy, missed in (("big", big, plan), ("small", small, small_plan)):
                    args = {**base, "conversation_id": copy, "missed": missed}
                    runs[size] = measure(client, "reconnect", args)["runs"]
                section[client] = runs
            finally:
                self.rest.delete([big, small])
        return {"reconnect": section}

    def ingest(self) -> dict[str, Any]:
        """Stream ingest: the recorded events replayed to both clients by a local socket server."""
        with subprocess.Popen(
            [
                str(PYTHONS["ours"]),
                "-m",
                "bench.replay_server",
                str(self.big.events_path),
                str(self.big.info_path),
            ],
            cwd=ROOT,
            env=program_environment(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as replay:
            try:
                assert replay.stdout is not None
                port = int(replay.stdout.readline())
                frames = len(self.big.recorded_events())
                args = {
                    **self.base,
                    "url": f"http://127.0.0.1:{port}",
                    "conversation_id": self.big.id,
                    "frames": frames,
                }
                result = repeated(
                    self.settings.repeat,
                    lambda c: measure(c, "ingest", args),
                    self.settings.clients,
                )
                floor_args = json.dumps({"events_path": str(self.big.events_path)})
                floor = run_program("floor", ["bench.floor", "ingest", floor_args])
                result["floor"] = measured_once(floor)
            finally:
                assert replay.stdin is not None
                replay.stdin.close()
                try:
                    replay.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    replay.kill()
        return {"ingest": result}

    def latency(self) -> dict[str, Any]:
        """Run-completion latency over many short runs of one conversation per client."""
        args = {
            **self.base,
            "agent": self.agent(self.settings.latency_script),
            "runs": self.settings.latency_runs,
        }
        section: dict[str, Any] = {"script": self.settings.latency_script}
        frame = json.dumps({"frames": self.settings.floor_frames})
        section["floor"] = measured_once(run_program("floor", ["bench.floor", "frame", frame]))
        for client in self.settings.clients:
            runs = measure(client, "run_latency", args)["runs"]
            section[client] = {"runs": runs, "median": report.summarize(runs)}
        return {"run_latency": section}

    def scale(self) -> dict[str, Any]:
        """Conversations driven concurrently from one process: 1, then many."""
        settings = self.settings
        sizes = (1, settings.scale_conversations)
        section: dict[str, Any] = {
            "conversations": settings.scale_conversations,
            "script": settings.scale_script,
        }
        for client in self.settings.clients:
            section[client] = {}
            for size in sizes:
                args = {
                    **self.base,
                    "agent": self.agent(settings.scale_script),
                    "conversations": size,
                }
                runs = []
                for _ in range(settings.scale_repeat):
                    server_cpu = self.server_cpu_seconds()
                    runs.append(measure(client, "scale", args, 900))
                    runs[-1]["server_cpu_seconds"] = self.server_cpu_seconds() - server_cpu
                section[client][str(size)] = {"runs": runs, "median": report.summarize(runs)}
                log(f"  {client}, {size} conversation(s): {runs[-1]['seconds']:.1f} s")
        return {"scale": section}

    def fleet(self) -> dict[str, Any]:
        """The same conversations across 1, 2 and 4 local servers from one process: ours
        through one AsyncAgentFleet, the reference a thread per conversation."""
        settings = self.settings
        extra = max(settings.fleet_sizes) - 1
        log(f"  starting {extra} more agent server(s)")
        servers = [
            fixtures.BenchServer(fixtures.CACHE / f"fleet-{n}", api_key=fixtures.API_KEY)
            for n in range(extra)
        ]
        section: dict[str, Any] = {
            "conversations": settings.fleet_conversations,
            "script": settings.fleet_script,
            "sizes": list(settings.fleet_sizes),
        }
        try:
            with ThreadPoolExecutor(len(servers) + 1) as pool:
                list(pool.map(lambda s: s.start(timeout=300), servers))
                # A new server's first run pays its imports: pay them before measuring.
                list(pool.map(self.warm_up, [self.server, *servers]))
            every = [self.server, *servers]
            for client in settings.clients:
                section[client] = {}
            for size in settings.fleet_sizes:
                for client in settings.clients:
                    args = {
                        "servers": [{"url": s.url, "api_key": s.api_key} for s in every[:size]],
                        "agent": self.agent(settings.fleet_script),
                        "working_dir": self.working_dir,
                        "conversations": settings.fleet_conversations,
                        "max_runs": fixtures.MAX_CONCURRENT_RUNS,
                    }
                    result = measure(client, "fleet", args, 900)
                    section[client][str(size)] = measured_once(result)
                    log(f"  {client}, {size} server(s): {result['seconds']:.1f} s")
        finally:
            for server in servers:
                server.stop()
                shutil.rmtree(server.workdir, ignore_errors=True)
        return {"fleet": section}

    def tokens(self) -> dict[str, Any]:
        """Token first-delta latency (``bench.tokens``)."""
        return bench_tokens.section(self)

    def command(self) -> dict[str, Any]:
        """Command first-byte latency, socket vs polling (ours only: see ``bench.command``)."""
        from . import command

        server = self.server
        return command.measure(
            server.url, server.api_key, self.working_dir, self.settings.command_runs
        )

    def warm_up(self, server: AgentServerProcess) -> None:
        """Run one short conversation on ``server`` (deleted after)."""
        from openhands_client import AgentServer

        with AgentServer(server.url, server.api_key) as client:
            conversation = client.start_conversation(
                self.agent("finish"), self.working_dir, delete_on_close=True
            )
            conversation.send_message("warm up")
            conversation.run(timeout=300)
            conversation.close()

    def idle(self) -> dict[str, Any]:
        """Many small conversations attached at once from one process, then left waiting."""
        count = self.settings.idle_conversations
        agent = self.agent("finish")
        log(f"  creating {count} conversations")
        from concurrent.futures import ThreadPoolExecutor

        def create(index: int) -> str:
            title = f"idle {index}"
            return self.rest.start_conversation(agent, self.working_dir, title=title)

        with ThreadPoolExecutor(8) as pool:
            ids = list(pool.map(create, range(count)))
        try:
            args = {
                **self.base,
                "conversation_ids": ids,
                "idle_seconds": self.settings.idle_seconds,
            }
            section = {
                c: measured_once(measure(c, "idle", args, 1800)) for c in self.settings.clients
            }
        finally:
            with ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda c: self.rest.delete([c]), ids))
        return {"idle": section}

    def longlived(self) -> dict[str, Any]:
        """Ours only: RSS after many conversations run one after another, vs after a few."""
        settings = self.settings
        args = {
            **self.base,
            "agent": self.agent(settings.longlived_script),
            "conversations": settings.longlived_conversations,
            "checkpoints": [settings.longlived_early, settings.longlived_conversations],
        }
        result = measure("ours", "longlived", args, 7200)
        rss = result["rss_mb_after"]
        early, late = rss[str(settings.longlived_early)], rss[str(settings.longlived_conversations)]
        result.update(early=settings.longlived_early, rss_growth_mb=late - early)
        return {"longlived": {"ours": measured_once(result)}}


def interpreter_version(client: str) -> str:
    command = [str(PYTHONS[client]), "-c", "import platform; print(platform.python_version())"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def package_version(client: str, package: str) -> str:
    code = f"import importlib.metadata as m; print(m.version({package!r}))"
    command = [str(PYTHONS[client]), "-c", code]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    memory_kb = 0
    with open("/proc/cpuinfo") as cpuinfo:
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if "model name" in line), "")
    with open("/proc/meminfo") as meminfo:
        memory_kb = int(next(line.split()[1] for line in meminfo if line.startswith("MemTotal")))
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(memory_kb / 2**20, 1),
        "os": platform.platform(),
        "python_ours": interpreter_version("ours"),
        "python_reference": interpreter_version("reference"),
    }


def prepare(server: AgentServerProcess, llm: ScriptedLLM) -> tuple[fixtures.BigConversation, bool]:
    """The cached 10,000-event conversation (made now if the cache has none); stray ones go."""
    big = fixtures.cached_big_conversation(server)
    made = big is None
    if big is None:
        log(f"making the {fixtures.BIG_EVENTS:,}-event conversation (once; about two minutes)")
        fixtures.delete_all_but(server, set())
        big = fixtures.make_big_conversation(server, llm, fixtures.CACHE / "work", log)
        fixtures.record(server, big)
    stale = fixtures.delete_all_but(server, {big.id})
    if stale:
        log(f"deleted {stale} conversation(s) left over by an interrupted run")
    return big, made


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds every `with` and `finally`: everything is stopped


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; print the table; write the JSON. Exit status 1 if one failed."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--only",
        default=",".join(BENCHMARKS),
        help=f"comma-separated subset of {BENCHMARKS + OPTIONAL + SEPARATE}",
    )
    parser.add_argument("--output", type=Path, default=RESULTS_PATH)
    options = parser.parse_args(argv)
    chosen = [name for name in options.only.split(",") if name]
    known = BENCHMARKS + OPTIONAL + SEPARATE
    unknown = set(chosen) - set(known)
    if unknown:
        parser.error(f"unknown benchmark(s) {sorted(unknown)}; choose from {known}")
    settings = Settings()
    started = time.monotonic()
    for path in ("server", "work"):
        (fixtures.CACHE / path).mkdir(parents=True, exist_ok=True)
    (fixtures.CACHE / "server" / "server.log").unlink(missing_ok=True)
    results: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "measured_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": {
            "openhands_client": package_version("ours", "openhands-client"),
            "openhands_sdk": package_version("reference", "openhands-sdk"),
            "openhands_agent_server": package_version("reference", "openhands-agent-server"),
        },
        "settings": asdict(settings),
        "benchmarks": {},
    }
    failed = False
    with fixtures.bench_llm() as llm:
        server = fixtures.BenchServer(fixtures.CACHE / "server", api_key=fixtures.API_KEY)
        log(f"starting the agent server on {fixtures.CACHE / 'server'}")
        server.start(timeout=180)
        try:
            big, made = prepare(server, llm)
            results["conversation"] = {"id": big.id, "events": big.events, "made_now": made}
            if big.created_seconds is not None:
                results["conversation"]["made_in_seconds"] = round(big.created_seconds, 1)
            bench = Bench(settings, server, llm, big)
            for name in chosen:
                log(f"{name} ...")
                begun = time.monotonic()
                try:
                    results["benchmarks"].update(getattr(bench, name)())
                except Exception as exc:  # keep going: one failure should not hide the rest
                    failed = True
                    log(f"{name} failed: {exc}")
                    results["benchmarks"][name] = {
                        "error": "".join(traceback.format_exception(exc))
                    }
                log(f"{name} done in {time.monotonic() - begun:.0f} s")
        finally:
            server.stop()
    table = report.rows(results["benchmarks"])
    results["table"] = [row.as_json() for row in table]
    results["total_seconds"] = round(time.monotonic() - started, 1)
    options.output.write_text(json.dumps(results, indent=2) + "\n")
    info = results["machine"]
    print(
        f"\nopenhands-client {results['versions']['openhands_client']} vs openhands-sdk "
        f"{results['versions']['openhands_sdk']} (RemoteConversation), agent server "
        f"{results['versions']['openhands_agent_server']}; {info['cpu']}, {info['cores']} cores, "
        f"{info['memory_gb']} GB; medians\n"
    )
    print(report.render(table))
    for name, section in results["benchmarks"].items():
        if "error" in section:
            print(f"\n{name} FAILED (its rows show '-'):\n{section['error']}")
    print(f"\nwrote {options.output} in {results['total_seconds']:.0f} s")
    return 1 if failed else 0
