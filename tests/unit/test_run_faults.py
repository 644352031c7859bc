"""run() keeps its word under slow or failing REST."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest

from openhands_client import (
    AsyncAgentServer,
    AsyncConversation,
    ConversationRunError,
    ExecutionStatus,
)
from tests.unit.fakes import FakeAgentServer, RunContext, ids, message, until


async def test_run_timeout_bounds_a_slow_rest_answer(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    conv = await client.attach_conversation(conv_f.id)

    async def slow_run(
        request: httpx.Request, answer: Callable[[], httpx.Response]
    ) -> httpx.Response | None:
        if request.method == "POST" and request.url.path.endswith("/run"):
            await asyncio.sleep(3)
        return None

    fake.hooks.append(slow_run)
    started = time.monotonic()
    with pytest.raises(ConversationRunError, match=r"within 0\.5 s"):
        await conv.run(timeout=0.5)
    assert time.monotonic() - started < 2, "a REST call inside run() outlived its deadline"


async def test_transient_5xx_while_polling_does_not_abort_the_run(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def offline_run(run: RunContext) -> None:
        await run.status("running")
        await run.sleep(0.2)
        await run.step()
        await run.say("done")
        await run.status("finished")

    conv_f = fake.add_conversation(run_script=offline_run)
    conv = await client.attach_conversation(conv_f.id)
    fake.ws_available = False
    fake.drop(conv_f)
    await until(lambda: not conv.is_connected, "the socket to go down")
    fake.inject("GET", r"/events/search$", 502, {"detail": "bad gateway"}, times=2)
    fake.inject("GET", r"/api/conversations/[^/]+$", 503, {"detail": "unavailable"}, times=1)
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    assert ids(conv.events) == conv_f.sorted_ids()
    fake.ws_available = True


async def test_polling_run_waits_for_events_that_trail_the_status(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AsyncConversation, "SETTLE_SECONDS", 0.5)

    async def trailing(run: RunContext) -> None:
        await run.status("running")
        await run.step()
        await run.status("finished")
        await run.sleep(0.15)
        run.persist(message(run.eid("msg"), run.fake.now(), "trailing", source="agent"))

    conv_f = fake.add_conversation(run_script=trailing)
    conv = await client.attach_conversation(conv_f.id)
    fake.ws_available = False
    fake.drop(conv_f)
    await until(lambda: not conv.is_connected, "the socket to go down")
    assert await conv.run(timeout=10) is ExecutionStatus.FINISHED
    kinds_and_ids = [(e.kind, e.id) for e in conv.events]
    assert kinds_and_ids[-1][0] == "MessageEvent", "run() returned before the trailing event"
    assert ids(conv.events) == conv_f.sorted_ids()
    fake.ws_available = True
