"""Measurements of openhands-client, one per fresh process (run by ``bench.driver``).

``python -m bench.ours MEASUREMENT '<json arguments>'``; see ``bench.driver`` for the arguments.
Nothing but the standard library is imported before a measurement starts.
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
    thread_count,
)


def measure_attach(args: Args) -> Args:
    """Attach and time the log's load; ``over``: ``"socket"`` (the default: the socket's
    replay) or ``"rest"`` (the two-ended REST load, then the socket resuming after it).
    ``seconds`` is until attach returns, ``seconds_all_typed`` until every event was then
    read (the replay's events are typed on first read); ``client_cpu_seconds`` is this
    process's CPU until attach returned.

    REST is not forced by refusing the socket: ``open()`` would wait ``REPLAY_WAIT`` (10 s)
    for a replay first, which is how an earlier forced-REST figure came out at 12.6 s
    (measured so: 11.0-11.7 s against 1.0 s for this REST load in the same run)."""
    from openhands_client import AgentServer, UnknownEvent
    from openhands_client._feed import ConversationFeed

    over = args.get("over", "socket")
    if over == "rest":
        ConversationFeed.LOAD_OVER_REST = True

    baseline = rss_mb()
    cpu, started = cpu_seconds(), time.perf_counter()
    server = AgentServer(args["url"], args["api_key"])
    conversation = server.attach_conversation(args["conversation_id"])
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    log = conversation.events
    untyped = sum(isinstance(event, UnknownEvent) for event in log)  # types every event
    result = {
        "seconds": seconds,
        "seconds_all_typed": time.perf_counter() - started,
        "client_cpu_seconds": cpu,
        "events": len(log),
        "untyped_events": untyped,
        "rss_before_mb": round(baseline, 1),
        "rss_after_mb": round(rss_mb(), 1),
    }
    server.close()
    return result


def measure_reconnect(args: Args) -> Args:
    from openhands_client import AgentServer

    with Proxy(int(args["port"])) as proxy:
        server = AgentServer(proxy.url, args["api_key"])
        conversation = server.attach_conversation(args["conversation_id"])
        log = conversation.events
        runs = reconnects(args, proxy, lambda: len(log), lambda n: [e.id for e in log[-n:]])
        server.close()
    return {"runs": runs}


def measure_ingest(args: Args) -> Args:
    import threading
    import urllib.request

    from openhands_client import AgentServer, Event

    frames = int(args["frames"])
    received = 0
    done = threading.Event()

    def count(event: Event) -> None:
        nonlocal received
        received += 1
        if received == frames:
            done.set()

    server = AgentServer(args["url"], args["api_key"])
    conversation = server.attach_conversation(args["conversation_id"], callbacks=[count])
    time.sleep(0.2)
    received = 0
    started = time.perf_counter()
    with urllib.request.urlopen(f"{args['url']}/_bench/replay/{args['conversation_id']}") as reply:
        reply.read()
    if not done.wait(120):
        raise RuntimeError(f"only {received} of {frames} events reached the callback")
    seconds = time.perf_counter() - started
    result = {"events": frames, "seconds": seconds, "events_per_second": frames / seconds}
    result["logged_events"] = len(conversation.events)
    server.close()
    return result


def measure_run_latency(args: Args) -> Args:
    from openhands_client import AgentServer, Event, _socket

    published: list[tuple[str, float]] = []
    clock = FrameClock()
    _socket.json = clock  # type: ignore[attr-defined,assignment]  # notes frame arrivals

    def watch(event: Event) -> None:
        if event.kind != "ConversationStateUpdateEvent":
            return
        raw = event.to_dict()
        if terminal_status(event.kind, raw.get("key"), raw.get("value")) is not None:
            published.append((str(raw.get("key")), epoch(event.timestamp)))

    server = AgentServer(args["url"], args["api_key"])
    conversation = server.start_conversation(
        args["agent"], args["working_dir"], callbacks=[watch], delete_on_close=True
    )
    runs: list[Args] = []
    for index in range(int(args["runs"]) + 1):  # the first run warms up
        conversation.send_message(f"run {index}")
        mark, arrived = len(published), len(clock.arrived)
        status = conversation.run(timeout=120)
        returned = time.time()
        if index:
            runs.append(
                run_latency(published[mark:], clock.arrived[arrived:], returned, status.value)
            )
    server.close()
    return {"runs": runs}


def measure_scale(args: Args) -> Args:
    import asyncio

    from openhands_client import AsyncAgentServer

    ended: list[float] = []  # when each run() returned

    async def drive(server: AsyncAgentServer, index: int) -> str:
        conversation = await server.start_conversation(
            args["agent"], args["working_dir"], delete_on_close=True
        )
        await conversation.send_message(f"conversation {index}")
        status = await conversation.run(timeout=600)
        ended.append(time.perf_counter())
        await conversation.close()
        return status.value

    async def drive_all() -> list[str]:
        async with AsyncAgentServer(args["url"], args["api_key"]) as server:
            return await asyncio.gather(*(drive(server, i) for i in range(args["conversations"])))

    with PeakThreads() as threads:
        cpu, started = cpu_seconds(), time.perf_counter()
        statuses = asyncio.run(drive_all())
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "runs_seconds": max(ended) - started,
        "client_cpu_seconds": cpu,
        "statuses": tally(statuses),
        "peak_threads": threads.peak,
    }


def measure_idle(args: Args) -> Args:
    """Attach to many conversations at once on one loop, then wait: RSS, threads, idle CPU."""
    import asyncio

    from openhands_client import AsyncAgentServer

    async def attach_and_idle() -> Args:
        async with AsyncAgentServer(args["url"], args["api_key"]) as server:
            baseline, started = rss_mb(), time.perf_counter()
            conversations = await asyncio.gather(
                *(server.attach_conversation(cid) for cid in args["conversation_ids"])
            )
            figures = await idle_figures(args, baseline, time.perf_counter() - started)
            figures["events"] = sum(len(c.events) for c in conversations)
            return figures

    return asyncio.run(attach_and_idle())


def measure_longlived(args: Args) -> Args:
    """Conversations one after another (start, message, run, close): RSS along the way."""
    import gc

    from openhands_client import AgentServer

    rss_at: dict[str, float] = {}
    with AgentServer(args["url"], args["api_key"]) as server:
        for index in range(1, int(args["conversations"]) + 1):
            conversation = server.start_conversation(
                args["agent"], args["working_dir"], delete_on_close=True
            )
            conversation.send_message(f"conversation {index}")
            conversation.run(timeout=120)
            conversation.close()
            if index in args["checkpoints"]:
                gc.collect()
                rss_at[str(index)] = round(rss_mb(), 2)
    return {"rss_mb_after": rss_at, "threads": thread_count()}


def measure_fleet(args: Args) -> Args:
    """N conversations across the given servers through one AsyncAgentFleet, one loop."""
    import asyncio

    from openhands_client import AsyncConversation
    from openhands_client.fleet import AsyncAgentFleet
    from openhands_client.providers import ServerEndpoint

    async def work(conversation: AsyncConversation) -> str:
        await conversation.send_message("a fleet task")
        return (await conversation.run(timeout=600)).value

    async def drive_all() -> list[str]:
        servers = [ServerEndpoint(s["url"], s["api_key"]) for s in args["servers"]]
        async with AsyncAgentFleet(servers, max_concurrent_runs=args["max_runs"]) as fleet:
            runs = [
                fleet.run(work, args["agent"], args["working_dir"], delete_on_close=True)
                for _ in range(int(args["conversations"]))
            ]
            return await asyncio.gather(*runs)

    with PeakThreads() as threads:
        cpu, started = cpu_seconds(), time.perf_counter()
        statuses = asyncio.run(drive_all())
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return {
        "seconds": seconds,
        "client_cpu_seconds": cpu,
        "statuses": tally(statuses),
        "peak_threads": threads.peak,
    }


MEASUREMENTS: dict[str, Any] = {
    "attach": measure_attach,
    "reconnect": measure_reconnect,
    "ingest": measure_ingest,
    "run_latency": measure_run_latency,
    "scale": measure_scale,
    "idle": measure_idle,
    "longlived": measure_longlived,
    "fleet": measure_fleet,
}

if __name__ == "__main__":
    name, args = arguments()
    emit(MEASUREMENTS[name](args))
