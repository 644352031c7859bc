"""Measurements of the reference client, ``openhands-sdk``'s RemoteConversation, one per process.

Run with the agent server's interpreter (``.venv-server``), as
``python -m bench.reference MEASUREMENT '<json arguments>'``: the same measurements as
``bench.ours``, driving the reference through its public API the way its users do
(``RemoteWorkspace`` + ``RemoteConversation``, blocking calls, a thread per conversation).
"""

from __future__ import annotations

import time
from typing import Any

from bench.common import (
    Args,
    FrameClock,
    PeakThreads,
    Proxy,
    arguments,
    cpu_seconds,
    emit,
    epoch,
    idle_figures,
    reconnects,
    rss_mb,
    run_latency,
    tally,
    terminal_status,
)


def workspace(url: str, args: Args) -> Any:
    from openhands.sdk.workspace import RemoteWorkspace

    return RemoteWorkspace(host=url, api_key=args["api_key"], working_dir=args["working_dir"])


def attach(url: str, args: Args, callbacks: list[Any] | None = None) -> Any:
    import uuid

    from openhands.sdk.conversation.impl.remote_conversation import RemoteConversation

    conversation_id = uuid.UUID(args["conversation_id"])
    return RemoteConversation.attach(
        workspace(url, args), conversation_id, callbacks=callbacks, visualizer=None
    )


def start(url: str, args: Args, callbacks: list[Any] | None = None, shared: Any = None) -> Any:
    from openhands.sdk import Agent
    from openhands.sdk.conversation.impl.remote_conversation import RemoteConversation

    return RemoteConversation(
        agent=Agent.model_validate(args["agent"]),
        workspace=shared if shared is not None else workspace(url, args),
        callbacks=callbacks,
        visualizer=None,
        delete_on_close=True,
    )


def measure_attach(args: Args) -> Args:
    import openhands.sdk.conversation.impl.remote_conversation  # noqa: F401

    baseline = rss_mb()
    started = time.perf_counter()
    conversation = attach(args["url"], args)
    seconds = time.perf_counter() - started
    log = conversation.state.events
    result = {
        "seconds": seconds,
        "events": len(log),
        "rss_before_mb": round(baseline, 1),
        "rss_after_mb": round(rss_mb(), 1),
    }
    conversation.close()
    return result


def measure_reconnect(args: Args) -> Args:
    with Proxy(int(args["port"])) as proxy:
        conversation = attach(proxy.url, args)
        log = conversation.state.events
        runs = reconnects(args, proxy, lambda: len(log), lambda n: [e.id for e in log[-n:]])
        conversation.close()
    return {"runs": runs}


def measure_ingest(args: Args) -> Args:
    import threading
    import urllib.request

    frames = int(args["frames"])
    received = 0
    done = threading.Event()

    def count(event: Any) -> None:
        nonlocal received
        received += 1
        if received == frames:
            done.set()

    conversation = attach(args["url"], args, callbacks=[count])
    time.sleep(0.2)
    received = 0
    started = time.perf_counter()
    with urllib.request.urlopen(f"{args['url']}/_bench/replay/{args['conversation_id']}") as reply:
        reply.read()
    if not done.wait(120):
        raise RuntimeError(f"only {received} of {frames} events reached the callback")
    seconds = time.perf_counter() - started
    result = {"events": frames, "seconds": seconds, "events_per_second": frames / seconds}
    result["logged_events"] = len(conversation.state.events)
    conversation.close()
    return result


def measure_run_latency(args: Args) -> Args:
    from openhands.sdk.conversation.impl import remote_conversation

    published: list[tuple[str, float]] = []
    clock = FrameClock()
    remote_conversation.json = clock  # notes frame arrivals

    def watch(event: Any) -> None:
        key, value = getattr(event, "key", None), getattr(event, "value", None)
        if terminal_status(type(event).__name__, key, value) is not None:
            published.append((str(key), epoch(event.timestamp)))

    conversation = start(args["url"], args, callbacks=[watch])
    runs: list[Args] = []
    for index in range(int(args["runs"]) + 1):  # the first run warms up
        conversation.send_message(f"run {index}")
        mark, arrived = len(published), len(clock.arrived)
        conversation.run(timeout=120)
        returned = time.time()
        if index:
            status = str(conversation.state.execution_status.value)
            runs.append(run_latency(published[mark:], clock.arrived[arrived:], returned, status))
    conversation.close()
    return {"runs": runs}


def measure_scale(args: Args) -> Args:
    from concurrent.futures import ThreadPoolExecutor

    shared = workspace(args["url"], args)
    shared.client  # noqa: B018 - one HTTP client for every thread, made before they start

    ended: list[float] = []  # when each run() returned

    def drive(index: int) -> str:
        conversation = start(args["url"], args, shared=shared)
        conversation.send_message(f"conversation {index}")
        conversation.run(timeout=600)
        ended.append(time.perf_counter())
        status = str(conversation.state.execution_status.value)
        conversation.close()
        return status

    count = int(args["conversations"])
    with PeakThreads() as threads:
        cpu, started = cpu_seconds(), time.perf_counter()
        with ThreadPoolExecutor(max_workers=count) as pool:
            statuses = list(pool.map(drive, range(count)))
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "runs_seconds": max(ended) - started,
        "client_cpu_seconds": cpu,
        "statuses": tally(statuses),
        "peak_threads": threads.peak,
    }


def measure_fleet(args: Args) -> Args:
    """The same work the reference's usual way: a thread per conversation, the servers taken
    in turn."""
    from concurrent.futures import ThreadPoolExecutor

    servers = args["servers"]
    shared = [workspace(s["url"], {**args, "api_key": s["api_key"]}) for s in servers]
    for one in shared:
        one.client  # noqa: B018 - one HTTP client per server, made before the threads start

    def drive(index: int) -> str:
        server = servers[index % len(servers)]
        conversation = start(server["url"], args, shared=shared[index % len(servers)])
        conversation.send_message("a fleet task")
        conversation.run(timeout=600)
        status = str(conversation.state.execution_status.value)
        conversation.close()
        return status

    count = int(args["conversations"])
    with PeakThreads() as threads:
        cpu, started = cpu_seconds(), time.perf_counter()
        with ThreadPoolExecutor(max_workers=count) as pool:
            statuses = list(pool.map(drive, range(count)))
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "client_cpu_seconds": cpu,
        "statuses": tally(statuses),
        "peak_threads": threads.peak,
    }


def measure_idle(args: Args) -> Args:
    """Attach to many conversations at once (a few attaching at a time), then wait."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    import openhands.sdk.conversation.impl.remote_conversation  # noqa: F401

    shared = workspace(args["url"], args)
    shared.client  # noqa: B018 - one HTTP client for all, made before the threads start

    def attach_one(conversation_id: str) -> Any:
        import uuid

        from openhands.sdk.conversation.impl.remote_conversation import RemoteConversation

        return RemoteConversation.attach(shared, uuid.UUID(conversation_id), visualizer=None)

    baseline, started = rss_mb(), time.perf_counter()
    with ThreadPoolExecutor(8) as pool:
        conversations = list(pool.map(attach_one, args["conversation_ids"]))
    figures = asyncio.run(idle_figures(args, baseline, time.perf_counter() - started))
    figures["events"] = sum(len(c.state.events) for c in conversations)
    with ThreadPoolExecutor(100) as pool:  # each close() waits up to 5 s for its socket thread
        list(pool.map(lambda conversation: conversation.close(), conversations))
    return figures


MEASUREMENTS: dict[str, Any] = {
    "attach": measure_attach,
    "reconnect": measure_reconnect,
    "ingest": measure_ingest,
    "run_latency": measure_run_latency,
    "scale": measure_scale,
    "fleet": measure_fleet,
    "idle": measure_idle,
}

if __name__ == "__main__":
    name, args = arguments()
    emit(MEASUREMENTS[name](args))
