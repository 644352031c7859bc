"""A server whose page cursors form a cycle, or that hands out a new cursor with
every page, cannot make the client page forever."""

from __future__ import annotations

import asyncio
import functools
import itertools
import time
import uuid
from typing import Any

import httpx
import pytest

from openhands_client import AsyncAgentServer, ProtocolError, _paging, cli
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, conversation_info, ids, message, ts
from tests.unit.test_workspace_unit import WORKDIR, bash_command, bash_output, connect  # noqa: F401


async def test_event_load_over_rest_stops_on_a_two_page_cycle(
    fake: FakeAgentServer, client: AsyncAgentServer, rest_attach: None
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


# -- a new cursor with every page ----------------------------------------------

PAGES_ALLOWED = 200
"""More requests than this: the client pages forever."""


def endless_conversations(fresh: bool, counted: int | None = 2) -> Any:
    """A handler answering every conversation search with a new cursor: the same two
    conversations each time or, if ``fresh``, a new one each time; ``/count`` says
    ``counted`` (None: one more than the client has been sent, as if the list grew)."""
    same = [conversation_info(uuid.uuid4(), "idle"), conversation_info(uuid.uuid4(), "idle")]
    sent = itertools.count()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/count"):
            return httpx.Response(200, json=next(sent) + 100 if counted is None else counted)
        page = next(sent)
        if page > PAGES_ALLOWED:
            pytest.fail("the client pages the conversations forever")
        items = [conversation_info(uuid.uuid4(), "idle")] if fresh else same
        return httpx.Response(200, json={"items": items, "next_page_id": uuid.uuid4().hex})

    return handler


async def test_conversations_end_at_a_page_with_nothing_new(connect: Any) -> None:  # noqa: F811
    server, _ = connect(endless_conversations(fresh=False))
    listed = [state.id async for state in server.conversations()]
    assert len(set(listed)) == len(listed) == 2


async def test_conversations_past_the_count_end_with_a_protocol_error(
    connect: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_paging, "UNCOUNTED", 5)
    server, _ = connect(endless_conversations(fresh=True))
    listed = []
    with pytest.raises(ProtocolError, match="more than the 2 it counts"):
        async for state in server.conversations():
            listed.append(state.id)
    assert len(listed) <= 5 + 100  # the count, with a page size's slack for new ones


async def test_conversations_end_at_the_walk_deadline(
    connect: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_paging, "UNCOUNTED", 5)
    monkeypatch.setattr(_paging, "WALK_TIMEOUT", 0.05)
    server, _ = connect(endless_conversations(fresh=True, counted=None))
    started = time.monotonic()
    with pytest.raises(ProtocolError, match="did not end within"):
        async for _ in server.conversations():
            pass
    assert time.monotonic() - started < 5


def endless_log(fake: FakeAgentServer, fresh: bool, delay: float = 0.0) -> None:
    """The fake's event searches hand out a new cursor with every page, after ``delay``
    seconds: forwards the oldest event, backwards the two newest, each time (or, if
    ``fresh``, new events each time)."""
    sent = itertools.count()

    async def hook(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if not request.url.path.endswith("/events/search"):
            return None
        page = next(sent)
        if page > PAGES_ALLOWED:
            pytest.fail("the client pages the log forever")
        await asyncio.sleep(delay)
        if fresh:
            items = [message(f"new{page}", ts(page + 10))]
        elif request.url.params.get("sort_order") == "TIMESTAMP_DESC":
            items = [message("a3", ts(3)), message("a2", ts(2))]
        else:
            items = [message("a1", ts(1))]
        return httpx.Response(200, json={"items": items, "next_page_id": uuid.uuid4().hex})

    fake.hooks.append(hook)


async def test_attach_ends_at_pages_with_nothing_new(
    fake: FakeAgentServer, client: AsyncAgentServer, rest_attach: None
) -> None:
    conv_f = fake.add_conversation(
        [message("a1", ts(1)), message("a2", ts(2)), message("a3", ts(3))]
    )
    endless_log(fake, fresh=False)
    conv = await asyncio.wait_for(client.attach_conversation(conv_f.id), 10)
    assert ids(conv.events) == ["a1", "a2", "a3"]
    await conv.close()


async def test_attach_past_the_log_count_ends_with_a_protocol_error(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    monkeypatch: pytest.MonkeyPatch,
    rest_attach: None,
) -> None:
    monkeypatch.setattr(_paging, "UNCOUNTED", 5)
    conv_f = fake.add_conversation([message("a1", ts(1)), message("a2", ts(2))])
    endless_log(fake, fresh=True)
    with pytest.raises(ProtocolError, match="more than the 2 it counts"):
        await asyncio.wait_for(client.attach_conversation(conv_f.id), 10)


async def test_attach_ends_at_the_walk_deadline(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    monkeypatch: pytest.MonkeyPatch,
    rest_attach: None,
) -> None:
    monkeypatch.setattr(_paging, "WALK_TIMEOUT", 0.2)
    conv_f = fake.add_conversation([message("a1", ts(1))])
    endless_log(fake, fresh=True, delay=0.01)
    fake.inject("GET", r"/events/count$", 200, 10**9, times=None)
    with pytest.raises(ProtocolError, match="did not end within"):
        await asyncio.wait_for(client.attach_conversation(conv_f.id), 10)


def test_cli_list_show_and_events_end_when_every_page_has_a_new_cursor(
    fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    conv_f = fake.add_conversation(
        [message("a1", ts(1)), message("a2", ts(2)), message("a3", ts(3))]
    )
    endless_log(fake, fresh=False)
    listed = itertools.count()

    async def search(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.url.path != "/api/conversations/search":
            return None
        if next(listed) > PAGES_ALLOWED:
            pytest.fail("the CLI pages the conversations forever")
        page = {"items": [fake.info(conv_f)], "next_page_id": uuid.uuid4().hex}
        return httpx.Response(200, json=page)

    fake.hooks.append(search)
    monkeypatch.setattr(
        cli, "AsyncAgentServer", functools.partial(AsyncAgentServer, transport=fake.transport)
    )
    prefix = conv_f.id.hex[:8]
    for argv in (["list"], ["show", prefix], ["events", prefix]):
        assert cli.main(["--url", fake.url, "--api-key", API_KEY, *argv]) == cli.EXIT_OK, argv
    assert "3 events in the log" in capsys.readouterr().out
