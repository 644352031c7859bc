"""One event loop drives many conversations at once, without threads."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter

from openhands_client import AsyncAgentServer, Event, ExecutionStatus
from tests.unit.fakes import FakeAgentServer, ids, message, standard_run, until

COUNT = 50


async def test_fifty_conversations_on_one_loop_without_threads(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    before = set(threading.enumerate())
    thread_counts: list[int] = []
    stop = asyncio.Event()

    async def watch_threads() -> None:
        while not stop.is_set():
            thread_counts.append(threading.active_count())
            await asyncio.sleep(0.01)

    watcher = asyncio.ensure_future(watch_threads())
    fakes = [
        fake.add_conversation([message(f"h{i}", fake.now())], run_script=standard_run(steps=2))
        for i in range(COUNT)
    ]
    seen: Counter[str] = Counter()

    def count(event: Event) -> None:
        seen[event.id] += 1

    conversations = await asyncio.gather(
        *(client.attach_conversation(f.id, callbacks=[count]) for f in fakes)
    )
    await until(lambda: fake.open_sockets() == COUNT, "every socket to subscribe")
    for f in fakes:
        fake.publish(f, message(f"live-{f.id}", fake.now()))
    pairs = list(zip(fakes, conversations, strict=True))
    await until(
        lambda: all(f"live-{f.id}" in ids(c.events) for f, c in pairs),
        "each conversation's live event",
    )
    statuses = await asyncio.gather(*(c.run(timeout=20) for c in conversations))
    assert statuses == [ExecutionStatus.FINISHED] * COUNT

    for f, c in pairs:
        assert ids(c.events) == f.sorted_ids()
    persisted = {i for f in fakes for i in f.ids()} - {f"h{i}" for i in range(COUNT)}
    assert {i: seen[i] for i in persisted} == dict.fromkeys(persisted, 1)

    stop.set()
    await watcher
    assert set(threading.enumerate()) <= before, "the async client started threads"
    assert max(thread_counts) <= len(before)
    await client.close()
    await until(lambda: fake.open_sockets() == 0, "every socket to close")
