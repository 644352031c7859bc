"""AsyncAgentFleet over fake servers: placement, capacity, 429, dead servers, closing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from openhands_client import AsyncAgentServer, AsyncConversation, Conversation
from openhands_client.fleet import AgentFleet, AsyncAgentFleet, ServerLostError, arun_many
from openhands_client.providers import AsyncServerProvider, ProviderError, ServerEndpoint
from tests.unit.fakes import FakeAgentServer, agent_json

Work = Callable[[AsyncConversation], Any]
Pair = tuple[list[FakeAgentServer], list["Health"], list[AsyncAgentServer]]


class Health:
    """A fake server's ``/ready``: 200 while ``alive``, else 503; ``fail_next`` probes fail."""

    def __init__(self, fake: FakeAgentServer) -> None:
        self.alive = True
        self.fail_next = 0
        fake.hooks.append(self.hook)

    async def hook(self, request: httpx.Request, route: Any) -> httpx.Response | None:
        if request.url.path != "/ready":
            return None
        if self.fail_next:
            self.fail_next -= 1
            return httpx.Response(404, json={"detail": "Not Found"})  # a probe fails at once
        return httpx.Response(200 if self.alive else 503, json={"status": "ok"})


@pytest.fixture
async def pair() -> AsyncIterator[
    tuple[list[FakeAgentServer], list[Health], list[AsyncAgentServer]]
]:
    fakes = [FakeAgentServer().start() for _ in range(2)]
    health = [Health(fake) for fake in fakes]
    clients = [AsyncAgentServer(fake.url, transport=fake.transport) for fake in fakes]
    yield fakes, health, clients
    for client in clients:
        await client.close()
    for fake in fakes:
        fake.stop()


def blocking(gate: asyncio.Event, placed: list[str], fleet: AsyncAgentFleet) -> Work:
    async def work(conversation: AsyncConversation) -> str:
        placed.append(fleet.server_of(conversation))
        await gate.wait()
        return str(conversation.id)

    return work


async def settle(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")


async def test_conversations_spread_over_servers_within_their_capacity(pair: Any) -> None:
    _, _, clients = pair
    gate, placed = asyncio.Event(), []
    async with AsyncAgentFleet(clients, max_concurrent_runs=2) as fleet:
        work = blocking(gate, placed, fleet)
        runs = [asyncio.ensure_future(fleet.run(work, agent_json(), "/w")) for _ in range(6)]
        await settle(lambda: len(placed) == 4)
        await asyncio.sleep(0.05)
        assert len(placed) == 4  # two wait for a slot
        assert [(s.running, s.capacity) for s in fleet.servers] == [(2, 2), (2, 2)]
        gate.set()
        ids = await asyncio.gather(*runs)
        assert len(set(ids)) == 6 and sum(s.placed for s in fleet.servers) == 6
        assert all(s.running == 0 for s in fleet.servers)


async def test_a_full_server_gets_its_capacity_lowered_and_the_start_goes_elsewhere(
    pair: Any,
) -> None:
    fakes, _, clients = pair
    fakes[0].inject("POST", "/api/conversations$", 429, {"detail": "full"}, times=None)
    gate, placed = asyncio.Event(), []
    gate.set()
    async with AsyncAgentFleet(clients, max_concurrent_runs=3) as fleet:
        await fleet.run(blocking(gate, placed, fleet), agent_json(), "/w", capacity_timeout=0.0)
        assert placed == [clients[1].url]
        assert fleet.servers[0].capacity == 1 and fleet.servers[1].capacity == 3


async def test_a_dead_server_loses_its_conversations_and_new_ones_go_elsewhere(
    pair: Any,
) -> None:
    _, health, clients = pair
    gate, placed = asyncio.Event(), []
    async with AsyncAgentFleet(
        clients, max_concurrent_runs=1, health_interval=0.05, probe_timeout=0.1
    ) as fleet:
        work = blocking(gate, placed, fleet)
        runs = [asyncio.ensure_future(fleet.run(work, agent_json(), "/w")) for _ in range(2)]
        await settle(lambda: len(placed) == 2)
        health[0].fail_next = 2  # two failed health checks in a row: not dead yet
        await settle(lambda: health[0].fail_next == 0)
        await asyncio.sleep(0.3)
        assert fleet.servers[0].alive and not fleet.lost
        health[0].alive = False
        with pytest.raises(ServerLostError) as lost:
            await runs[0]
        assert lost.value.server == clients[0].url and lost.value.status == "idle"
        assert [(c.conversation_id, c.server) for c in fleet.lost] == [
            (lost.value.conversation_id, clients[0].url)
        ]
        assert [s.alive for s in fleet.servers] == [False, True]
        gate.set()
        await runs[1]
        placed.clear()
        await fleet.run(work, agent_json(), "/w")
        assert placed == [clients[1].url]
        health[1].alive = False
        await settle(lambda: not fleet.servers[1].alive)
        with pytest.raises(ProviderError, match="every server of the fleet is down"):
            await fleet.run(work, agent_json(), "/w")


class Recording(AsyncServerProvider):
    def __init__(self, running: bool) -> None:
        self.calls: list[str] = []
        self._endpoint = ServerEndpoint("http://127.0.0.1:9") if running else None

    @property
    def endpoint(self) -> ServerEndpoint | None:
        return self._endpoint

    async def start(self) -> ServerEndpoint:
        self.calls.append("start")
        self._endpoint = ServerEndpoint("http://127.0.0.1:9")
        return self._endpoint

    async def stop(self) -> None:
        self.calls.append("stop")
        self._endpoint = None


async def test_the_fleet_stops_only_the_providers_it_started() -> None:
    mine, theirs = Recording(running=False), Recording(running=True)
    async with AsyncAgentFleet([mine, theirs], health_interval=60):
        assert mine.calls == ["start"] and theirs.calls == []
    assert mine.calls == ["start", "stop"] and theirs.calls == []


def test_bad_servers_are_refused_at_once() -> None:
    with pytest.raises(ValueError, match="at least one server"):
        AsyncAgentFleet([])
    with pytest.raises(TypeError, match="a sequence"):
        AsyncAgentFleet("http://x")
    with pytest.raises(TypeError, match="must be a URL"):
        AsyncAgentFleet([42])  # type: ignore[list-item]


async def test_an_unexpected_error_in_one_task_stops_the_batch_s_other_tasks(
    pair: Any, tmp_path: Any
) -> None:
    fakes, _, clients = pair
    calls: list[str] = []
    stopped = asyncio.Event()

    async def hook(request: httpx.Request, route: Any) -> httpx.Response | None:
        if request.method != "POST" or not request.url.path.endswith("/events"):
            return None
        calls.append(request.url.path)
        if len(calls) == 1:  # the first task's message: wait here until cancelled
            try:
                await asyncio.Event().wait()
            finally:
                stopped.set()
        await asyncio.sleep(0.05)
        raise RuntimeError("a bug")

    for fake in fakes:
        fake.hooks.append(hook)
    tasks = [{"id": "a", "message": "m"}, {"id": "b", "message": "m"}]
    with pytest.raises(RuntimeError, match="a bug"):
        await arun_many(
            tasks, agent_json(), servers=clients, output=tmp_path / "o", working_dir="/w"
        )
    assert stopped.is_set() and len(calls) == 2


def test_the_sync_fleet_runs_synchronous_work_in_a_thread() -> None:
    fakes = [FakeAgentServer().start() for _ in range(2)]
    try:
        for fake in fakes:
            Health(fake)
        clients = [AsyncAgentServer(fake.url, transport=fake.transport) for fake in fakes]
        with AgentFleet(clients, max_concurrent_runs=1) as fleet:

            def work(conversation: Conversation) -> str:
                conversation.send_message("hi")
                return conversation.run().value

            assert fleet.run(work, agent_json(), "/w") == "finished"
            assert [s.placed for s in fleet.servers] == [1, 0]
    finally:
        for fake in fakes:
            fake.stop()
