"""What both clients' measurement programs share. Standard library only: it runs under the
client's Python 3.11 and the reference's Python 3.12.

A measurement program is run as ``python -m bench.<client> <measurement> '<json arguments>'``
in a fresh process and reports one JSON object on a stdout line starting with RESULT_PREFIX.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import TracebackType

# Heavier modules are imported where they are used, so that importing this one loads little of
# what the clients load themselves (the attach measurement reports RSS growth over the import).

RESULT_PREFIX = "BENCH-RESULT "
TERMINAL_STATUSES = frozenset({"finished", "paused", "waiting_for_confirmation", "error", "stuck"})

Args = dict[str, Any]


def arguments() -> tuple[str, Args]:
    """The measurement's name and its JSON arguments, from the command line."""
    if len(sys.argv) != 3:
        raise SystemExit(f"usage: python -m {sys.argv[0]} MEASUREMENT JSON_ARGUMENTS")
    return sys.argv[1], dict(json.loads(sys.argv[2]))


def _status_value(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def peak_rss_mb() -> float:
    """This process's peak resident set size so far (VmHWM), in MiB.

    Not ``ru_maxrss``: on Linux a child's ru_maxrss starts from its parent's peak RSS at the
    fork (it survives exec), so a driver bigger than the program measured inflates it.
    """
    return _status_value("VmHWM") / 1024


def ru_maxrss_mb() -> float:
    """``getrusage(RUSAGE_SELF).ru_maxrss`` in MiB (see :func:`peak_rss_mb`)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """This process's resident set size now, in MiB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def thread_count() -> int:
    """How many OS threads this process has now."""
    return _status_value("Threads")


def cpu_seconds() -> float:
    """User + system CPU time this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def emit(result: Args) -> None:
    """Report the measurement (with this process's peak RSS) to the driver, on stdout."""
    result.setdefault("peak_rss_mb", round(peak_rss_mb(), 1))
    result.setdefault("ru_maxrss_mb", round(ru_maxrss_mb(), 1))
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def epoch(server_timestamp: str) -> float:
    """A server event timestamp (naive, server-local ISO; same machine) as epoch seconds."""
    from datetime import datetime

    return datetime.fromisoformat(server_timestamp).timestamp()


def terminal_status(kind: str, key: object, value: object) -> str | None:
    """The terminal execution status a state-update event carries, if it carries one."""
    if kind != "ConversationStateUpdateEvent":
        return None
    if key == "full_state" and isinstance(value, dict):
        value = value.get("execution_status")
    elif key != "execution_status":
        return None
    return value if isinstance(value, str) and value in TERMINAL_STATUSES else None


class FrameClock:
    """Stands in for the ``json`` module of a client's socket code (both clients parse each
    frame with ``json.loads`` as it arrives): notes when each terminal-status frame (a bare
    event, or one in a session socket envelope) reached the client, as (key, epoch seconds).
    Everything else is ``json``'s own."""

    def __init__(self) -> None:
        self.arrived: list[tuple[str, float]] = []

    def loads(self, text: str | bytes, **kwargs: Any) -> Any:
        at = time.time()
        data = json.loads(text, **kwargs)
        if isinstance(data, dict):
            inner = data.get("event")
            event: dict[str, Any] = inner if isinstance(inner, dict) else data
            key = event.get("key")
            if terminal_status(str(event.get("kind")), key, event.get("value")) is not None:
                self.arrived.append((str(key), at))
        return data

    def __getattr__(self, name: str) -> Any:
        return getattr(json, name)


def run_latency(
    published: list[tuple[str, float]],
    arrived: list[tuple[str, float]],
    returned: float,
    status: str,
) -> Args:
    """One run's completion latency: from the first terminal-status update the server
    published, and from when its frame (and the post-run ``full_state`` snapshot) reached the
    client, to when ``run()`` returned.

    ``published`` holds (key, server timestamp) of the run's terminal updates, ``arrived``
    (key, arrival) of their frames; all in epoch seconds.
    """

    def since(pairs: list[tuple[str, float]], wanted: str) -> float | None:
        at = min((at for key, at in pairs if key == wanted), default=None)
        return None if at is None else round(returned - at, 6)

    return {
        "status": status,
        "from_status_seconds": since(published, "execution_status"),
        "from_status_arrival_seconds": since(arrived, "execution_status"),
        "from_snapshot_arrival_seconds": since(arrived, "full_state"),
    }


async def idle_figures(args: Args, baseline_mb: float, attach_seconds: float) -> Args:
    """Once ``args["conversation_ids"]`` are attached: RSS per conversation and threads, then
    the CPU time this process uses while every conversation waits ``args["idle_seconds"]``."""
    import asyncio

    count = len(args["conversation_ids"])
    await asyncio.sleep(1)  # the state pushes of the last sockets arrive
    rss, threads = rss_mb(), thread_count()
    idle = float(args["idle_seconds"])
    cpu = cpu_seconds()
    await asyncio.sleep(idle)
    cpu = cpu_seconds() - cpu
    return {
        "conversations": count,
        "attach_seconds": attach_seconds,
        "rss_mb": rss,
        "rss_per_conversation_mb": (rss - baseline_mb) / count,
        "threads": threads,
        "cpu_seconds_per_idle_minute": cpu / idle * 60,
    }


def tally(values: list[str]) -> dict[str, int]:
    """How many times each value occurs."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts


class PeakThreads:
    """Samples this process's thread count every few milliseconds while in use."""

    def __init__(self, interval: float = 0.02) -> None:
        import threading

        self.peak = 0
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="bench-sampler", daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, thread_count() - 1)  # not counting the sampler
            self._stop.wait(self._interval)

    def __enter__(self) -> PeakThreads:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()


class Rest:
    """Plain REST calls straight to the agent server (not through a client under test).

    The one REST helper of the bench: the driver sets things up with it, the measurement
    programs of both clients use it to act on the server behind the client's back.
    """

    def __init__(self, port: int, api_key: str | None, timeout: float = 120) -> None:
        self._port = port
        self._timeout = timeout
        self._headers = {"Content-Type": "application/json"}
        if api_key is not None:
            self._headers["X-Session-API-Key"] = api_key

    def request(self, method: str, path: str, body: Any = None, *, check: bool = True) -> Any:
        """One request; the JSON answer (None if empty). Raises on HTTP >= 300 if ``check``."""
        import http.client

        connection = http.client.HTTPConnection("127.0.0.1", self._port, timeout=self._timeout)
        try:
            data = None if body is None else json.dumps(body)
            connection.request(method, path, body=data, headers=self._headers)
            response = connection.getresponse()
            payload = response.read()
        finally:
            connection.close()
        if check and response.status >= 300:
            raise RuntimeError(f"{method} {path}: HTTP {response.status}: {payload[:200]!r}")
        try:
            return json.loads(payload) if payload else None
        except ValueError:
            return None

    def conversation(self, conversation_id: str) -> Any:
        """``GET /api/conversations/{id}`` (None if the server does not know it)."""
        path = f"/api/conversations/{conversation_id}"
        found = self.request("GET", path, check=False)
        return found if isinstance(found, dict) and "id" in found else None

    def status(self, conversation_id: str) -> str:
        """The conversation's execution_status."""
        return str(self.request("GET", f"/api/conversations/{conversation_id}")["execution_status"])

    def event_count(self, conversation_id: str) -> int:
        """How many events the server has persisted for the conversation."""
        return int(self.request("GET", f"/api/conversations/{conversation_id}/events/count"))

    def events(self, conversation_id: str) -> list[Args]:
        """Every persisted event of the conversation, page by page, in the server's order."""
        from urllib.parse import quote

        events: list[Args] = []
        page_id = ""
        while True:
            query = "limit=100" + (f"&page_id={quote(page_id)}" if page_id else "")
            page = self.request(
                "GET", f"/api/conversations/{conversation_id}/events/search?{query}"
            )
            events += page["items"]
            page_id = page.get("next_page_id") or ""
            if not page_id:
                return events

    def newest_event_id(self, conversation_id: str) -> str:
        path = (
            f"/api/conversations/{conversation_id}/events/search?limit=1&sort_order=TIMESTAMP_DESC"
        )
        return str(self.request("GET", path)["items"][0]["id"])

    def message(self, conversation_id: str, text: str, *, run: bool = False) -> None:
        """Send a user message (and start a run if ``run``)."""
        body = {"role": "user", "content": [{"type": "text", "text": text}], "run": run}
        self.request("POST", f"/api/conversations/{conversation_id}/events", body)

    def post_messages(self, conversation_id: str, count: int, tag: str, workers: int = 8) -> None:
        """Send ``count`` user messages (no run), ``workers`` at a time."""
        from concurrent.futures import ThreadPoolExecutor

        def send(index: int) -> None:
            self.message(conversation_id, f"{tag} message {index}")

        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(send, range(count)))

    def start_conversation(self, agent: Args, working_dir: str, **extra: Any) -> str:
        """Create a conversation; return its id."""
        workspace = {"kind": "LocalWorkspace", "working_dir": working_dir}
        body = {"agent": agent, "workspace": workspace, **extra}
        return str(self.request("POST", "/api/conversations", body)["id"])

    def wait_for_status(self, conversation_id: str, statuses: set[str], timeout: float) -> str:
        """Poll the conversation until its execution_status is one of ``statuses``."""
        deadline = time.monotonic() + timeout
        while True:
            status = self.status(conversation_id)
            if status in statuses:
                return status
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"conversation {conversation_id} still {status} after {timeout} s"
                )
            time.sleep(0.1)

    def run_to_end(self, conversation_id: str, text: str, timeout: float) -> None:
        """Send a message, start a run and wait for its end (runs here last seconds)."""
        before = self.status(conversation_id)
        self.message(conversation_id, text)
        self.request("POST", f"/api/conversations/{conversation_id}/run")  # runs in background
        if before == "finished":  # not the previous run's end
            self.wait_for_status(conversation_id, {"running"}, timeout=30)
        self.wait_for_status(conversation_id, {"finished"}, timeout)

    def fork(self, conversation_id: str, from_event_id: str | None = None) -> str:
        """Copy a conversation on the server (up to ``from_event_id``); return the copy's id.

        The copy gets a title: an untitled conversation has the server ask its LLM for one on
        the next message, and the copy's LLM (the scripted one of the run that made the
        original) may be gone, which keeps the server's thread pool busy with retries.
        """
        body: Args = {"title": f"copy of {conversation_id}"}
        if from_event_id:
            body["from_event_id"] = from_event_id
        return str(self.request("POST", f"/api/conversations/{conversation_id}/fork", body)["id"])

    def delete(self, conversation_ids: Sequence[str]) -> None:
        """Delete conversations (best effort)."""
        for conversation_id in conversation_ids:
            self.request("DELETE", f"/api/conversations/{conversation_id}", check=False)

    def conversation_ids(self) -> list[str]:
        """The ids of every conversation on the server."""
        ids: list[str] = []
        page_id = ""
        while True:
            query = "limit=100" + (f"&page_id={page_id}" if page_id else "")
            page = self.request("GET", f"/api/conversations/search?{query}")
            ids += [str(item["id"]) for item in page["items"]]
            page_id = page.get("next_page_id") or ""
            if not page_id:
                return ids


class Proxy:
    """A cuttable TCP proxy to the agent server, in its own process (``harness.proxy``)."""

    def __init__(self, upstream_port: int) -> None:
        import subprocess

        self._process = subprocess.Popen(
            [sys.executable, "-m", "harness.proxy", str(upstream_port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.port = int(self._read())

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _read(self) -> str:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the proxy exited")
        return line.strip()

    def command(self, command: str) -> str:
        assert self._process.stdin is not None
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        return self._read()

    def __enter__(self) -> Proxy:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        import subprocess

        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``check`` every 2 ms until it holds; raise after ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{what} within {timeout} s")
        time.sleep(0.002)


# More than the resume overlap of either client (openhands-client re-asks for the last 2 s).
QUIET_SECONDS = 2.2


def _reads_the_log(request: str) -> bool:
    """Whether a ``"METHOD path"`` counts or reads the log over REST (events count/search)."""
    method, _, path = request.partition(" ")
    return method == "GET" and path.split("?")[0].endswith(("/events", "/count", "/search"))


def reconnects(
    args: Args,
    proxy: Proxy,
    log_length: Callable[[], int],
    newest_ids: Callable[[int], Sequence[str]],
) -> list[Args]:
    """Drop the client's connections, add events while it is cut off, measure its catching up.

    For each entry of ``args["missed"]`` (a number of events): after a quiet spell and one
    live message (so that every reconnect starts from the same recent history), cut every
    connection through ``proxy`` (the client sees a network failure and starts reconnecting,
    its attempts held by the proxy), add that many events on the server (user messages: two
    events each), then let the held attempts through and time until the client's log holds
    every new event. Also counts the bytes the server sent the client, the requests the client
    made (``log_requests``: those that count or read the log over REST) and the client's CPU
    time, meanwhile. ``newest_ids(n)`` gives the ids of the last ``n`` events of the log.
    """
    rest = Rest(int(args["port"]), str(args["api_key"]))
    conversation_id = str(args["conversation_id"])

    def caught_up(expected: int, newest: str) -> Callable[[], bool]:
        return lambda: log_length() >= expected and newest in newest_ids(8)

    runs: list[Args] = []
    for index, missed in enumerate(args["missed"]):
        time.sleep(QUIET_SECONDS)
        rest.post_messages(conversation_id, 1, f"live-{index}")
        before, newest = rest.event_count(conversation_id), rest.newest_event_id(conversation_id)
        wait_until(caught_up(before, newest), 30, "the live message did not arrive")
        proxy.command("cut")
        rest.post_messages(conversation_id, max(1, int(missed) // 2), f"missed-{index}")
        expected, newest = rest.event_count(conversation_id), rest.newest_event_id(conversation_id)
        wait_until(lambda: int(proxy.command("held")) > 0, 60, "the client did not reconnect")
        cpu, started = cpu_seconds(), time.perf_counter()
        proxy.command("open")
        wait_until(caught_up(expected, newest), 120, "the client's log did not catch up")
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        requests = json.loads(proxy.command("requests"))
        runs.append(
            {
                "log_events": before,
                "requested_missed": int(missed),
                "missed_events": expected - before,
                "seconds": round(seconds, 4),
                "bytes_received": int(proxy.command("bytes")),
                "client_cpu_seconds": round(cpu, 4),
                "requests": len(requests),
                "log_requests": sum(_reads_the_log(line) for line in requests),
                "request_lines": [line.split("?")[0] for line in requests],
            }
        )
    return runs
