"""A server whose page cursors form a cycle cannot make the client page forever (issue 9: 10)."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest

from openhands_client import AsyncAgentServer
from tests.unit.fakes import FakeAgentServer, ids, message, ts
from tests.unit.test_workspace_unit import WORKDIR, bash_command, bash_output, connect  # noqa: F401


async def test_event_sync_stops_on_a_two_page_cycle(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    first = [message("a1", ts(1)), message("a2", ts(2))]
    second = [message("b1", ts(3))]
    conv_f = fake.add_conversation([*first, *second])

    async def cycle(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if not request.url.path.endswith("/events/search"):
            return None
        if request.url.params.get("page_id") == "b1":
            return httpx.Response(200, json={"items": second, "next_page_id": "a1"})
        return httpx.Response(200, json={"items": first, "next_page_id": "b1"})

    fake.hooks.append(cycle)
    conv = await asyncio.wait_for(client.attach_conversation(conv_f.id), 5)
    assert ids(conv.events) == ["a1", "a2", "b1"]
    await conv.close()


async def test_command_output_paging_stops_on_a_cycle(connect: Any) -> None:  # noqa: F811
    command_id = uuid.uuid4()
    first, second = bash_output(command_id, 0, stdout="a"), bash_output(command_id, 1, stdout="b")
    pages = {None: ([first], "p2"), "p2": ([second], "p1"), "p1": ([first], "p2")}
    polls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal polls
        if request.url.path == "/api/bash/start_bash_command":
            return httpx.Response(200, json=bash_command(command_id))
        polls += 1
        if polls > 200:
            pytest.fail("the client pages the command output forever")
        items, following = pages[request.url.params.get("page_id")]
        return httpx.Response(200, json={"items": items, "next_page_id": following})

    server, _ = connect(handler)
    command = await server.workspace(WORKDIR).start_command("job")
    with pytest.raises(TimeoutError):
        await command.wait(timeout=0.5)
    assert [c.stdout for c in command._chunks] == ["a", "b"]
