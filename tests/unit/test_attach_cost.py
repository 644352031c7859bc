"""What attaching costs: round trips made at once, nothing parsed that is not asked for, no CA
bundle for http://."""

from __future__ import annotations

import asyncio
import ssl
import threading
import uuid
from typing import Any, NoReturn

import httpx
import pytest

from openhands_api.models.conversation_info import ConversationInfo
from openhands_api.models.message_event import MessageEvent
from openhands_client import (
    AsyncAgentServer,
    Event,
    EventLog,
    NotFoundError,
    ProtocolError,
    UnknownEvent,
    _event_log,
    decode_event,
)
from tests.unit.fakes import (
    FakeAgentServer,
    agent_json,
    conversation_error,
    ids,
    message,
    status_update,
    ts,
    until,
)


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise AssertionError("parsed a ConversationInfo nobody asked for")


async def test_start_and_attach_keep_the_conversation_body_as_json(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    conv_f = fake.add_conversation()
    with monkeypatch.context() as patch:
        patch.setattr(ConversationInfo, "from_dict", classmethod(_refuse))
        attached = await client.attach_conversation(conv_f.id)
        started = await client.start_conversation(agent_json(), "/w")
    # ... and parse it when asked.
    assert attached.state.info.id == conv_f.id
    assert started.state.info.id == started.id
    await attached.close()
    await started.close()


async def test_an_answer_that_is_not_a_conversation_is_a_protocol_error(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()

    async def no_id(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.method == "GET" and request.url.path.endswith(str(conv_f.id)):
            return httpx.Response(200, json={"title": "no id"})
        return None

    fake.hooks.append(no_id)
    with pytest.raises(ProtocolError, match="get conversation: the answer is not a conversation"):
        await client.attach_conversation(conv_f.id)


def test_an_http_client_loads_no_ca_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_bundle(*args: Any, **kwargs: Any) -> NoReturn:
        raise AssertionError("loaded a CA bundle")

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", no_bundle)
    AsyncAgentServer("http://127.0.0.1:9")
    with pytest.raises(AssertionError, match="CA bundle"):
        AsyncAgentServer("https://127.0.0.1:9")  # the check is live: https loads one


async def test_the_version_check_goes_with_the_conversation_request(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation()
    asked_for_conversation = asyncio.Event()

    async def hold_server_info(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.url.path == f"/api/conversations/{conv_f.id}":
            asked_for_conversation.set()
        elif request.url.path == "/server_info":
            # Answered only once the conversation was asked for: one round trip, not two.
            await asyncio.wait_for(asked_for_conversation.wait(), 2)
        return None

    fake.hooks.append(hold_server_info)
    conv = await client.attach_conversation(conv_f.id)
    await conv.close()


async def test_the_socket_connects_while_the_conversation_is_asked_for(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])

    async def answer_once_subscribed(request: httpx.Request, answer: Any) -> httpx.Response | None:
        if request.url.path == f"/api/conversations/{conv_f.id}":
            await until(lambda: fake.open_sockets(conv_f) == 1, "the socket", timeout=2)
        return None

    fake.hooks.append(answer_once_subscribed)
    conv = await client.attach_conversation(conv_f.id)
    assert ids(conv.events) == ["h1"] and conv.state.info.id == conv_f.id
    await conv.close()


async def test_an_unknown_conversation_leaves_no_socket_behind(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    with pytest.raises(NotFoundError):
        await client.attach_conversation(uuid.uuid4())
    # (the no_leaked_sockets fixture fails the test otherwise)


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the events the log decodes (held raw until then), in order."""
    seen: list[str] = []

    def counting(raw: Any) -> Event:
        seen.append(raw["id"])
        return decode_event(raw)

    monkeypatch.setattr(_event_log, "decode_event", counting)
    return seen


async def test_the_replayed_log_is_typed_when_read_not_when_attached(
    fake: FakeAgentServer, client: AsyncAgentServer, decoded: list[str]
) -> None:
    history = [message(f"h{i}", ts(i)) for i in range(3)]
    conv_f = fake.add_conversation([*history, {**message("odd", ts(3)), "source": "martian"}])
    conv = await client.attach_conversation(conv_f.id)
    assert decoded == [] and len(conv.events) == 4
    first = conv.events[0]
    assert decoded == ["h0"] and isinstance(first, MessageEvent) and first.id == "h0"
    assert conv.events[0] is first and conv.events.at_seq(0) is first  # decoded once
    assert ids(conv.events) == ["h0", "h1", "h2", "odd"]
    assert decoded == ["h0", "h1", "h2", "odd"]
    odd = conv.events[-1]
    assert isinstance(odd, UnknownEvent) and odd.raw["source"] == "martian"
    await conv.close()


async def test_callbacks_at_attach_get_the_logs_typed_events(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message(f"h{i}", ts(i)) for i in range(3)])
    seen: list[Event] = []
    conv = await client.attach_conversation(conv_f.id, callbacks=[seen.append])
    logged = lambda: [e for e in seen if e.id.startswith("h")]  # not the state push  # noqa: E731
    await until(lambda: len(logged()) == 3, "the log at the callback")
    assert all(isinstance(e, MessageEvent) for e in logged())
    assert all(s is e for s, e in zip(logged(), conv.events, strict=True))
    await conv.close()


async def test_a_replayed_state_change_or_error_is_read_at_attach(
    fake: FakeAgentServer, client: AsyncAgentServer, decoded: list[str]
) -> None:
    conv_f = fake.add_conversation(
        [
            message("h0", ts(0)),
            status_update("s1", ts(1), "error"),
            conversation_error("e2", ts(2), "Boom", "it broke"),
        ]
    )
    conv = await client.attach_conversation(conv_f.id)
    assert conv._feed.run_error is not None and conv._feed.run_error.id == "e2"
    # Both decoded by the feed as they came (read, never left raw for the log).
    assert ids(conv.events) == ["h0", "s1", "e2"] and decoded == ["h0"]
    await conv.close()


def test_a_raw_event_moves_from_a_rest_position_to_its_seq() -> None:
    log = EventLog()
    a, b = (decode_event(message(i, ts(0))) for i in "ab")
    log.add(a, 0, exact=False)
    log.add(b, 1, exact=False)
    assert not log.add_raw(message("b", ts(0)), "b", 2)  # the socket's seq moves it
    assert log.seq_of("b") == 2 and log.at_seq(2) is b and log.at_seq(1) is None
    assert log.add_raw(message("c", ts(0)), "c", 3) and ids(log[1:]) == ["b", "c"]


def test_a_read_while_another_types_the_event_gets_the_same_object(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    log = EventLog()
    log.add_raw(message("a", ts(0)), "a", 0)
    other: list[Event] = []
    calls: list[str] = []

    def slow(raw: Any) -> Event:
        calls.append(raw["id"])
        if len(calls) == 1:  # the first decode: another thread reads meanwhile (not blocked)
            reader = threading.Thread(target=lambda: other.append(log[0]))
            reader.start()
            reader.join(2)
            assert other, "a reader waited on the log while an event was typed"
        return decode_event(raw)

    monkeypatch.setattr(_event_log, "decode_event", slow)
    assert log[0] is other[0] and log.at_seq(0) is other[0]
