"""Token streams on the session socket: items opened, fed, superseded, retired, abandoned."""

from __future__ import annotations

import asyncio
import io
import itertools
import threading

import pytest

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    AsyncConversation,
    ClientClosedError,
    TokenItem,
    TokenItemStatus,
    TokenUpdate,
)
from openhands_client._token_tracker import TokenTracker
from openhands_client.events import decode_event
from openhands_client.testing import (
    delta_frame,
    full_state,
    item_aborted_frame,
    item_started_frame,
    status_update,
)
from openhands_client.view import TerminalView
from tests.unit.conftest import API_KEY
from tests.unit.fakes import (
    FakeAgentServer,
    FakeConversation,
    action,
    ids,
    message,
    ts,
    until,
    until_sync,
)

Updates = list[TokenUpdate]


async def _attached(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> tuple[FakeConversation, AsyncConversation, Updates]:
    conv_f = fake.add_conversation([message("u1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    seen: Updates = []
    conv.on_tokens(seen.append)
    return conv_f, conv, seen


def _statuses(seen: Updates) -> list[tuple[str, int, TokenItemStatus]]:
    return [(u.item.item_id, u.item.attempt, u.item.status) for u in seen if u.kind is None]


async def _listening(conv: AsyncConversation) -> tuple[asyncio.Task[None], Updates]:
    """A task reading ``conv.stream_tokens()`` until an item is done, listening already, and
    the updates it reads."""
    streamed: Updates = []

    async def consume() -> None:
        async for update in conv.stream_tokens():
            streamed.append(update)
            if update.item.done:
                return

    consumer = asyncio.create_task(consume())
    await asyncio.sleep(0.01)  # the consumer is listening
    return consumer, streamed


async def _settled(conv: AsyncConversation, seen: Updates, count: int) -> None:
    await until(lambda: len(seen) >= count, f"{count} token updates")
    await conv._feed.callbacks.drained()


async def test_a_durable_event_retires_its_item_with_the_final_text(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    consumer, streamed = await _listening(conv)
    fake.send_raw(
        conv_f,
        item_started_frame("m1", anchor_seq=0),
        delta_frame("m1", 0, "thinking ", kind="reasoning"),
        delta_frame("m1", 1, "Hel"),
        delta_frame("m1", 2, "lo"),
    )
    fake.publish(conv_f, message("m1", ts(1), "Hello", source="agent"))
    await asyncio.wait_for(consumer, 3)
    await _settled(conv, seen, 5)
    assert streamed == seen
    assert [(u.kind, u.delta) for u in seen] == [
        (None, ""),
        ("reasoning", "thinking "),
        ("text", "Hel"),
        ("text", "lo"),
        (None, ""),
    ]
    opened, last = seen[0].item, seen[-1].item
    assert (opened.status, opened.anchor_seq, opened.text) == (TokenItemStatus.STREAMING, 0, "")
    assert last.status is TokenItemStatus.FINAL
    assert (last.text, last.reasoning, last.final, last.lossy) == (
        "Hello",
        "thinking ",
        "Hello",
        False,
    )
    assert last.event is not None and last.event.id == "m1"
    # Transient stream state never enters the log: only the durable message does.
    assert ids(conv.events) == ["u1", "m1"]
    # A late frame for a retired item opens nothing.
    fake.send_raw(conv_f, delta_frame("m1", 3, "!"))
    fake.publish(conv_f, message("u2", ts(2)))
    await until(lambda: "u2" in ids(conv.events), "the next event")
    await conv._feed.callbacks.drained()
    assert len(seen) == 5


async def test_an_action_retires_its_item_with_its_thought(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    fake.send_raw(conv_f, item_started_frame("a1"), delta_frame("a1", 0, "pondering"))
    fake.publish(conv_f, action("a1", ts(1), thought="pondering"))
    await _settled(conv, seen, 3)
    assert seen[-1].item.status is TokenItemStatus.FINAL
    assert seen[-1].item.final == "pondering"


async def test_a_gap_in_order_marks_the_item_lossy_and_repeats_are_ignored(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    fake.send_raw(
        conv_f,
        item_started_frame("m1"),
        delta_frame("m1", 0, "a"),
        delta_frame("m1", 0, "a"),  # a repeat
        delta_frame("m1", 2, "c"),  # order 1 was dropped
    )
    fake.publish(conv_f, message("m1", ts(1), "abc", source="agent"))
    await _settled(conv, seen, 4)
    assert [u.delta for u in seen] == ["", "a", "c", ""]
    assert not seen[1].item.lossy and seen[2].item.lossy
    assert (seen[-1].item.text, seen[-1].item.final, seen[-1].item.lossy) == ("ac", "abc", True)


async def test_a_higher_attempt_supersedes_the_lower_one(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    fake.send_raw(
        conv_f,
        item_started_frame("m1"),
        delta_frame("m1", 0, "first try"),
        item_started_frame("m1", attempt=2),
        delta_frame("m1", 1, " late", attempt=1),  # the superseded attempt's: ignored
        delta_frame("m1", 0, "second", attempt=2),
        delta_frame("m1", 0, "third", attempt=3),  # a new attempt whose start was lost
    )
    fake.publish(conv_f, message("m1", ts(1), "third", source="agent"))
    await _settled(conv, seen, 8)
    assert _statuses(seen) == [
        ("m1", 1, TokenItemStatus.STREAMING),
        ("m1", 1, TokenItemStatus.SUPERSEDED),
        ("m1", 2, TokenItemStatus.STREAMING),
        ("m1", 2, TokenItemStatus.SUPERSEDED),
        ("m1", 3, TokenItemStatus.FINAL),
    ]
    superseded = seen[2].item
    assert (superseded.text, superseded.reason) == ("first try", "superseded by attempt 2")
    assert [u.delta for u in seen if u.kind] == ["first try", "second", "third"]
    assert seen[-1].item.text == "third" and not seen[-1].item.lossy


async def test_item_aborted_retires_the_item_without_a_message(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    fake.send_raw(
        conv_f,
        item_started_frame("m1"),
        delta_frame("m1", 0, "part"),
        item_aborted_frame("m1", "cancelled"),
        delta_frame("m1", 1, "more"),  # after its retirement: ignored
        item_started_frame("m2"),
        item_aborted_frame("m2", "no reason", attempt=0),  # an older attempt's: ignored
        "not json",
        delta_frame("m2", 0, "x", kind="audio"),  # a kind not known: ignored
    )
    fake.publish(conv_f, message("m1", ts(1), "part", source="user"))
    await until(lambda: "m1" in ids(conv.events), "the event of m1's id")
    await _settled(conv, seen, 4)
    assert _statuses(seen) == [
        ("m1", 1, TokenItemStatus.STREAMING),
        ("m1", 1, TokenItemStatus.ABORTED),
        ("m2", 1, TokenItemStatus.STREAMING),
    ]
    aborted = seen[2].item
    assert aborted.aborted and (aborted.reason, aborted.text, aborted.final) == (
        "cancelled",
        "part",
        None,
    )
    assert [i.item_id for i in conv._feed.tokens.open_items] == ["m2"]


async def test_a_reconnect_mid_item_retires_it_by_the_replay_or_abandons_it_if_the_run_ended(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    fake.send_raw(
        conv_f,
        item_started_frame("done-offline"),
        delta_frame("done-offline", 0, "He"),
        item_started_frame("silent"),
    )
    await _settled(conv, seen, 3)
    # While the socket is down, one item's message is written (the replay brings it); the
    # other is never heard of again (its abort was lost with the connection), and the run
    # ends: the state pushed after the replay says so.
    fake.persist(conv_f, message("done-offline", ts(1), "Hello", source="agent"))
    conv_f.status = "finished"
    fake.drop(conv_f)
    await until(lambda: len(_statuses(seen)) >= 4, "the replay's verdicts")
    await conv._feed.callbacks.drained()
    assert len(fake.connections_to(conv_f)) == 2
    assert _statuses(seen)[2:] == [
        ("done-offline", 1, TokenItemStatus.FINAL),
        ("silent", 1, TokenItemStatus.ABANDONED),
    ]
    assert ids(conv.events) == ["u1", "done-offline"]
    assert (seen[-2].item.text, seen[-2].item.final, seen[-2].item.lossy) == ("He", "Hello", True)
    assert seen[-1].item.reason is not None and "run ended" in seen[-1].item.reason
    assert conv._feed.tokens.open_items == []


async def _reconnected(fake: FakeAgentServer, conv_f: FakeConversation) -> None:
    """Drop the conversation's socket and wait until the client's new one is live."""
    fake.drop(conv_f)
    await until(
        lambda: len(fake.connections_to(conv_f)) == 2 and fake.open_sockets(conv_f) == 1,
        "the reconnect",
    )


async def test_an_item_open_at_a_reconnect_streams_on_lossy_until_its_message(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("u1", ts(0))], status="running")
    conv = await client.attach_conversation(conv_f.id)
    consumer, streamed = await _listening(conv)
    fake.send_raw(conv_f, item_started_frame("m1"), delta_frame("m1", 0, "Hel"))
    await until(lambda: len(streamed) == 2, "the first delta")
    await _reconnected(fake, conv_f)
    # Delta 1 went out while the socket was down; the answer goes on.
    fake.send_raw(conv_f, delta_frame("m1", 2, " world"))
    fake.publish(conv_f, message("m1", ts(1), "Hello world", source="agent"))
    await asyncio.wait_for(consumer, 3)
    assert [(u.delta, u.item.status) for u in streamed] == [
        ("", TokenItemStatus.STREAMING),
        ("Hel", TokenItemStatus.STREAMING),
        (" world", TokenItemStatus.STREAMING),
        ("", TokenItemStatus.FINAL),
    ]
    last = streamed[-1].item
    assert (last.text, last.final, last.lossy) == ("Hel world", "Hello world", True)
    assert last.event is not None and last.event.id == "m1"


async def test_an_item_whose_abort_was_lost_is_abandoned_when_the_run_ends(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("u1", ts(0))], status="running")
    conv = await client.attach_conversation(conv_f.id)
    seen: Updates = []
    conv.on_tokens(seen.append)
    consumer, streamed = await _listening(conv)
    fake.send_raw(conv_f, item_started_frame("m1"), delta_frame("m1", 0, "Hel"))
    await until(lambda: len(streamed) == 2, "the first delta")
    await _reconnected(fake, conv_f)  # its item_aborted was sent while the socket was down
    fake.publish(conv_f, message("u2", ts(1)))
    await until(lambda: "u2" in ids(conv.events), "a later event")
    assert [(i.item_id, i.lossy) for i in conv._feed.tokens.open_items] == [("m1", True)]
    assert not consumer.done()
    # The run ends: its post-run snapshot says every event of it is out.
    fake.publish(conv_f, status_update("s1", ts(2), "finished"))
    fake.publish(conv_f, full_state("snap", ts(3), conv_f.id, "finished"))
    await asyncio.wait_for(consumer, 3)
    await conv._feed.callbacks.drained()
    assert _statuses(streamed) == _statuses(seen)
    assert _statuses(seen) == [
        ("m1", 1, TokenItemStatus.STREAMING),
        ("m1", 1, TokenItemStatus.ABANDONED),
    ]
    last = streamed[-1].item
    assert (last.text, last.lossy) == ("Hel", True)
    assert last.reason is not None and "run ended" in last.reason
    assert conv._feed.tokens.open_items == []


async def test_closing_mid_item_abandons_it_for_streams_callbacks_and_the_view(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("u1", ts(0))], status="running")
    out = io.StringIO()
    view = TerminalView(out, color=False, status_line=False)
    conv = await client.attach_conversation(conv_f.id, callbacks=[view])
    seen: Updates = []

    async def slow(update: TokenUpdate) -> None:
        await asyncio.sleep(0.02)  # still busy when close() begins: close() waits for it
        seen.append(update)

    conv.on_tokens(slow)
    streamed: Updates = []

    async def consume() -> None:
        async for update in conv.stream_tokens():
            streamed.append(update)

    consumer = asyncio.create_task(consume())
    await asyncio.sleep(0.01)
    fake.send_raw(conv_f, item_started_frame("m1"), delta_frame("m1", 0, "cut sh"))
    await _settled(conv, seen, 2)
    await conv.close()
    await asyncio.wait_for(consumer, 3)
    assert _statuses(streamed) == _statuses(seen)
    assert _statuses(seen) == [
        ("m1", 1, TokenItemStatus.STREAMING),
        ("m1", 1, TokenItemStatus.ABANDONED),
    ]
    assert streamed[-1].item.reason == "the conversation was closed mid-stream"
    # The view's streamed line is finished, not left open.
    assert out.getvalue().endswith("cut sh [stream lost]\n")


def test_an_item_open_at_a_reconnect_stays_open_marked_lossy() -> None:
    tracker = TokenTracker()
    tracker.frame({"type": "item_started", "item_id": "alive"})
    tracker.frame({"type": "delta", "item_id": "alive", "order": 0, "content": "a"})
    tracker.reconnected()
    assert [(i.item_id, i.lossy) for i in tracker.open_items] == [("alive", True)]
    update = tracker.frame({"type": "delta", "item_id": "alive", "order": 1, "content": "b"})
    assert [(u.item.text, u.item.lossy) for u in update] == [("ab", True)]
    abandoned = tracker.abandon_all("gone")
    assert [(u.item.item_id, u.item.status, u.item.reason) for u in abandoned] == [
        ("alive", TokenItemStatus.ABANDONED, "gone")
    ]
    assert tracker.open_items == [] and tracker.abandon_all("again") == []


async def test_an_item_already_open_at_attach_opens_on_its_first_delta(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f, conv, seen = await _attached(fake, client)
    fake.send_raw(conv_f, delta_frame("m1", 4, "tail"))
    await _settled(conv, seen, 1)
    assert (seen[0].delta, seen[0].item.text, seen[0].item.lossy) == ("tail", "tail", True)


async def test_without_stream_frames_a_token_stream_yields_nothing_and_ends(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AsyncConversation, "SETTLE_SECONDS", 0.02)  # no post-run snapshot comes
    # As on servers before 1.52 (or an LLM that does not stream): only durable events come.
    conv_f = fake.add_conversation([message("u1", ts(0))], status="finished")
    conv = await client.attach_conversation(conv_f.id)
    got = [u async for u in conv.stream_tokens(until="run_end")]
    assert got == []


def test_the_sync_twin_streams_the_same_updates(fake: FakeAgentServer) -> None:
    conv_f = fake.add_conversation([message("u1", ts(0))])
    out = io.StringIO()
    view = TerminalView(out, color=False, status_line=False)
    with AgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conv = server.attach_conversation(conv_f.id, callbacks=[view])
        seen: Updates = []
        conv.on_tokens(seen.append)
        streamed: Updates = []
        reader = threading.Thread(
            target=lambda: streamed.extend(itertools.islice(conv.stream_tokens(), 4))
        )
        reader.start()
        until_sync(lambda: bool(conv.aio._feed.token_buffers), "the stream listening")
        item_id = fake.stream_answer(conv_f, ["Hello, ", "world"])
        reader.join(3)
        until_sync(lambda: len(seen) == 4, "the callback's updates")
        assert streamed == seen
        assert [u.delta for u in seen] == ["", "Hello, ", "world", ""]
        assert (seen[-1].item.item_id, seen[-1].item.final) == (item_id, "Hello, world")
        assert ids(conv.events) == ["u1", item_id]
        conv.close()
    assert out.getvalue().count("Hello, world") == 1


async def test_terminal_view_shows_the_stream_and_not_the_message_again(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("u1", ts(0))])
    out = io.StringIO()
    view = TerminalView(out, color=False, status_line=False)
    conv = await client.attach_conversation(conv_f.id, callbacks=[view])
    fake.send_raw(
        conv_f,
        item_started_frame("m1"),
        delta_frame("m1", 0, "streamed "),
        delta_frame("m1", 1, "answer"),
        item_started_frame("m2"),
        delta_frame("m2", 0, "cut "),
        delta_frame("m2", 2, "short"),
    )
    fake.publish(
        conv_f,
        message("m1", ts(1), "streamed answer", source="agent"),
        message("m2", ts(2), "cut off and short", source="agent"),
    )
    await until(lambda: len(conv.events) == 3, "both messages")
    await conv._feed.callbacks.drained()
    text = out.getvalue()
    # The streamed answer once (as it came); the lossy one as it came, then whole.
    assert text.count("streamed answer") == 1
    assert "cut short" in text and text.count("cut off and short") == 1
    assert view.seen == 3 and view.shown == 2


def test_terminal_view_marks_an_aborted_stream_and_escapes_what_streams() -> None:
    out = io.StringIO()
    view = TerminalView(out, color=False, status_line=False)
    view.on_tokens(TokenUpdate(TokenItem("m1", 1, text="par"), "text", "par\x1b]0;owned\x07"))
    aborted = TokenItem("m1", 1, TokenItemStatus.ABORTED, text="par", reason="cancelled\x1b[2J")
    view.on_tokens(TokenUpdate(aborted))
    shown = out.getvalue()
    assert "\x1b" not in shown
    assert shown.rstrip().endswith("par\\x1b]0;owned\\x07 [aborted: cancelled\\x1b[2J]")


async def test_misuse_fails_before_anything_is_registered(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    with pytest.raises(TypeError, match="callback must be callable"):
        conv.on_tokens("print")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="until must be"):
        await conv.stream_tokens(until="end").__anext__()  # type: ignore[arg-type]
    assert not conv._feed.token_buffers
    await conv.close()
    with pytest.raises(ClientClosedError):
        conv.on_tokens(print)


async def test_a_message_loaded_over_rest_retires_its_item_before_the_event_callbacks(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    # While the socket is down, run() catches the log up over REST: the answer's message
    # comes that way, and the socket's replay will not bring it again.
    order: list[str] = []
    conv_f = fake.add_conversation([message("u1", ts(0))])
    conv = await client.attach_conversation(conv_f.id, callbacks=[lambda e: order.append(e.id)])
    seen: Updates = []
    conv.on_tokens(
        lambda u: (seen.append(u), order.append(f"{u.item.status.value}:{u.item.item_id}"))
    )
    fake.send_raw(conv_f, item_started_frame("m1"), delta_frame("m1", 0, "Hi"))
    await _settled(conv, seen, 2)
    fake.persist(conv_f, message("m1", ts(1), "Hi", source="agent"))
    await conv._feed.catch_up()
    await conv._feed.callbacks.drained()
    assert ids(conv.events) == ["u1", "m1"]
    assert order[-2:] == ["final:m1", "m1"]
    assert seen[-1].item.final == "Hi" and conv._feed.tokens.open_items == []


async def test_token_callbacks_behind_lose_deltas_but_never_an_opening_or_retirement(
    fake: FakeAgentServer, client: AsyncAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As stream_tokens(): a token callback that falls behind still learns that each item ended.
    monkeypatch.setattr(AsyncConversation, "CALLBACK_BACKLOG", 5)
    gate = asyncio.Event()
    seen: Updates = []

    async def slow(update: TokenUpdate) -> None:
        await gate.wait()
        seen.append(update)

    conv_f = fake.add_conversation([message("u1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    conv.on_tokens(slow)
    deltas = [delta_frame("m1", n, ".") for n in range(20)]
    fake.send_raw(conv_f, item_started_frame("m1"), *deltas)
    fake.publish(conv_f, message("m1", ts(1), "." * 20, source="agent"))
    await until(lambda: "m1" in ids(conv.events), "the message")
    gate.set()
    await conv._feed.callbacks.drained()
    assert conv.callbacks_dropped > 0
    assert _statuses(seen) == [
        ("m1", 1, TokenItemStatus.STREAMING),
        ("m1", 1, TokenItemStatus.FINAL),
    ]


def test_terminal_view_shows_the_message_whole_when_it_missed_deltas() -> None:
    # The callback backlog drops deltas when the view falls behind: the item is not lossy
    # (the server sent them all), but what the view showed is not the answer.
    out = io.StringIO()
    view = TerminalView(out, color=False, status_line=False)
    view.on_tokens(TokenUpdate(TokenItem("m1", 1)))
    view.on_tokens(TokenUpdate(TokenItem("m1", 1, text="Hel"), "text", "Hel"))
    final = TokenItem("m1", 1, TokenItemStatus.FINAL, text="Hello there", final="Hello there")
    view.on_tokens(TokenUpdate(final))
    view(decode_event(message("m1", ts(1), "Hello there", source="agent")))
    assert "Hello there" in out.getvalue()
