"""The new conversation API's bad arguments fail before any request; pending-action matching."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from uuid import uuid4

import httpx
import pytest

from openhands_client import (
    AsyncAgentServer,
    AsyncConversation,
    ConflictError,
    UnknownEvent,
    UnsupportedFeatureError,
)
from openhands_client._compat import FEATURE_CAPABILITIES, NEWEST_TESTED, RUNTIME_ROUTES
from openhands_client._connection import Connection
from openhands_client._event_query import EventFilter, search, unmatched_actions
from openhands_client.events import decode_event
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer, agent_json

ConversationCall = Callable[[AsyncConversation], Awaitable[Any]]


async def _count(conv: AsyncConversation, **filters: Any) -> int:
    return await conv.count_events(**filters)


@pytest.mark.parametrize(
    ("bad_call", "error"),
    [
        pytest.param(lambda c: _count(c, source="robot"), ValueError, id="unknown source"),
        pytest.param(lambda c: _count(c, kind=""), ValueError, id="empty kind"),
        pytest.param(lambda c: _count(c, since="yesterday"), ValueError, id="bad since"),
        pytest.param(lambda c: _count(c, until=12), TypeError, id="until not a time"),
        pytest.param(lambda c: c.get_event(""), ValueError, id="empty event id"),
        pytest.param(lambda c: c.navigate(""), ValueError, id="empty navigate id"),
        pytest.param(lambda c: c.switch_profile(""), ValueError, id="empty profile"),
        pytest.param(lambda c: c.load_plugin(""), ValueError, id="empty plugin"),
        pytest.param(lambda c: c.switch_acp_model(""), ValueError, id="empty ACP model"),
        pytest.param(lambda c: c.switch_llm(42), TypeError, id="llm not a model"),
        pytest.param(lambda c: c.fork(conversation_id="x"), ValueError, id="bad fork id"),
        pytest.param(lambda c: c.start_goal(""), ValueError, id="empty objective"),
        pytest.param(lambda c: c.start_goal(7), TypeError, id="objective not a str"),
        pytest.param(lambda c: c.start_goal("x", max_iterations=0), ValueError, id="no rounds"),
        pytest.param(
            lambda c: c.start_goal("x", max_iterations=True), ValueError, id="bool rounds"
        ),
    ],
)
async def test_bad_arguments_send_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    bad_call: ConversationCall,
    error: type[Exception],
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    sent = len(fake.requests)
    with pytest.raises(error):
        await bad_call(conv)
    assert fake.requests[sent:] == []


async def test_switch_acp_model_posts_the_model(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    sent = len(fake.requests)
    await conv.switch_acp_model("claude-opus")
    (request,) = fake.requests[sent:]
    assert (request.method, request.url.path) == (
        "POST",
        f"/api/conversations/{conv.id}/switch_acp_model",
    )
    assert json.loads(request.content) == {"model": "claude-opus"}


async def test_goal_commands_post_to_the_goal_routes(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    sent = len(fake.requests)
    await conv.start_goal("ship it", max_iterations=3)
    await conv.stop_goal()
    await conv.resume_goal()
    start, stop, resume = fake.requests[sent:]
    base = f"/api/conversations/{conv.id}/goal"
    assert [(r.method, r.url.path) for r in (start, stop, resume)] == [
        ("POST", base),
        ("POST", f"{base}/stop"),
        ("POST", f"{base}/resume"),
    ]
    assert json.loads(start.content) == {"objective": "ship it", "max_iterations": 3}
    busy = {"detail": "Conversation run or goal loop already running."}
    fake.inject("POST", r"/goal$", 409, busy)
    with pytest.raises(ConflictError):
        await conv.start_goal("again")


async def test_bad_search_arguments_fail_at_the_call(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    sent = len(fake.requests)
    for bad in ({"page_size": 0}, {"page_size": 101}, {"source": "x"}):
        with pytest.raises(ValueError):
            conv.search_events(**bad)
    with pytest.raises(TypeError, match=r"search_events\(\) got an unexpected .* 'knd'"):
        conv.search_events(knd="MessageEvent")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"count_events\(\) got an unexpected .* 'page_size'"):
        await conv.count_events(page_size=1)  # type: ignore[call-arg]
    assert fake.requests[sent:] == []


@pytest.mark.parametrize(
    ("request_options", "error", "match"),
    [
        ({"initial_mesage": "typo"}, TypeError, "initial_mesage"),
        ({"initial_message": " "}, ValueError, "initial_message"),
        ({"plugins": "github:o/r"}, TypeError, "plugins"),
        ({"parent_conversation_id": "nope"}, ValueError, "parent_conversation_id"),
        ({"hook_config": 3}, TypeError, "hook_config"),
        ({"client_tools": [{"name": "t"}]}, ValueError, "invalid start request"),
    ],
)
async def test_bad_start_request_options_send_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    request_options: dict[str, Any],
    error: type[Exception],
    match: str,
) -> None:
    sent = len(fake.requests)
    with pytest.raises(error, match=match):
        await client.start_conversation(agent_json(), "/w", request=request_options)  # type: ignore[arg-type]
    with pytest.raises(error, match=match):
        await client.control(fake.add_conversation().id).create(
            agent_json(),
            "/w",
            request=request_options,  # type: ignore[arg-type]
        )
    assert fake.requests[sent:] == []


PROFILE_ID = "5c2746cb-4bbf-4037-893e-129f9c32d09f"
SETTINGS = {"agent_kind": "openhands", "llm": agent_json()["llm"]}


@pytest.mark.parametrize(
    ("agent", "request_options", "match"),
    [
        pytest.param(None, {}, "got none", id="no source"),
        pytest.param(
            agent_json(), {"agent_profile_id": PROFILE_ID}, "`agent` and", id="agent and profile"
        ),
        pytest.param(
            agent_json(), {"agent_settings": SETTINGS}, "`agent` and", id="agent and settings"
        ),
        pytest.param(
            None,
            {"agent_settings": SETTINGS, "agent_launch_additions": {"llm_profile_ref": "fast"}},
            "llm_profile_ref needs",
            id="llm profile without agent profile",
        ),
    ],
)
async def test_a_start_names_exactly_one_agent_source_or_sends_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    agent: dict[str, Any] | None,
    request_options: dict[str, Any],
    match: str,
) -> None:
    sent = len(fake.requests)
    with pytest.raises(ValueError, match=match):
        await client.start_conversation(agent, "/w", request=request_options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=match):
        await client.control(uuid4()).create(agent, "/w", request=request_options)  # type: ignore[arg-type]
    assert fake.requests[sent:] == []


async def test_a_start_from_a_stored_profile_or_agent_settings_sends_no_agent(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    additions = {"llm_profile_ref": "fast"}
    profile = {"agent_profile_id": PROFILE_ID, "agent_launch_additions": additions}
    await client.start_conversation(None, "/w", request=profile)  # type: ignore[arg-type]
    await client.control(uuid4()).create(None, "/w", request={"agent_settings": SETTINGS})
    from_profile, from_settings = (
        json.loads(r.content) for r in fake.requests_to("POST", r"/api/conversations$")
    )
    assert "agent" not in from_profile and "agent" not in from_settings
    assert from_profile["agent_profile_id"] == PROFILE_ID
    assert from_profile["agent_launch_additions"] == {"llm_profile_ref": "fast"}
    assert from_settings["agent_settings"] == SETTINGS


def _event(kind: str, event_id: str, **fields: Any) -> dict[str, Any]:
    return {"kind": kind, "id": event_id, "timestamp": "2026-01-01T00:00:00", **fields}


def _action(event_id: str, call_id: str) -> dict[str, Any]:
    return _event(
        "ActionEvent",
        event_id,
        source="agent",
        thought=[],
        llm_response_id="r",
        tool_name="think",
        tool_call_id=call_id,
        tool_call={"id": call_id, "name": "think", "arguments": "{}", "origin": "completion"},
        action={"kind": "ThinkAction", "thought": "x"},
        security_risk="UNKNOWN",
        thinking_blocks=[],
    )


def test_pending_actions_are_those_without_observation_rejection_or_error() -> None:
    raw = [
        _action("a1", "c1"),
        _action("a2", "c2"),
        _action("a3", "c3"),
        _action("a4", "c4"),
        _event(
            "ObservationEvent",
            "o1",
            source="environment",
            action_id="a1",
            tool_name="think",
            tool_call_id="c1",
            observation={"kind": "ThinkObservation", "content": [], "is_error": False},
            extended_content=[],
        ),
        _event(
            "UserRejectObservation",
            "r2",
            source="user",
            action_id="a2",
            tool_name="think",
            tool_call_id="c2",
            rejection_reason="no",
            rejection_source="user",
        ),
        _event(
            "AgentErrorEvent", "e3", source="agent", tool_name="think", tool_call_id="c3", error="x"
        ),
    ]
    events = [decode_event(r) for r in raw]
    assert not any(isinstance(e, UnknownEvent) for e in events)
    assert [a.id for a in unmatched_actions(events)] == ["a4"]
    assert unmatched_actions(events[:2]) == [events[0], events[1]]


async def test_runtime_workspace_needs_the_servers_capability(fake: FakeAgentServer) -> None:
    info = {"version": NEWEST_TESTED, "uptime": 1.0, "idle_time": 1.0, "capabilities": []}
    fake.inject("GET", r"/server_info$", 200, info)
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as lacking:
        conv = await lacking.attach_conversation(fake.add_conversation().id)
        with pytest.raises(UnsupportedFeatureError, match="conversation_runtime_routes_v1"):
            await conv.runtime_workspace()
    capable = {**info, "capabilities": [FEATURE_CAPABILITIES[RUNTIME_ROUTES]]}
    fake.inject("GET", r"/server_info$", 200, capable)
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as offering:
        conv = await offering.attach_conversation(fake.add_conversation().id)
        workspace = await conv.runtime_workspace()
        assert workspace.working_dir == "/w"


async def test_event_search_walks_pages_lazily_and_survives_a_restarted_cursor() -> None:
    """The server restarts from page one on an unknown cursor: no event twice, no endless walk."""
    first = [_event("MessageEvent", "m1", source="user", llm_message={"role": "user"})]
    second = [_event("MessageEvent", "m2", source="user", llm_message={"role": "user"})]
    seen_params: list[dict[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen_params.append(params)
        if params.get("page_id") == "m2":  # forgotten cursor: page one again, same next cursor
            return httpx.Response(200, json={"items": first + second, "next_page_id": "m2"})
        return httpx.Response(200, json={"items": first, "next_page_id": "m2"})

    connection = Connection.open("http://server", None, transport=httpx.MockTransport(answer))
    since = "2026-01-01T00:00:00"
    where = EventFilter.of({"kind": "MessageEvent", "source": "user", "since": since})
    walk = search(connection, uuid4(), where, newest_first=True, page_size=1)
    assert [(await walk.__anext__()).id] == ["m1"]
    assert len(seen_params) == 1, "the next page is fetched only when needed"
    assert [e.id async for e in walk] == ["m2"]
    assert seen_params[0] == {
        "limit": "1",
        "kind": "MessageEvent",
        "source": "user",
        "sort_order": "TIMESTAMP_DESC",
        "timestamp__gte": "2026-01-01T00:00:00",
    }
    await connection.http.aclose()


async def test_secrets_go_in_the_start_request_and_again_for_an_existing_id(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv = await client.start_conversation(agent_json(), "/w", secrets={"A": "1"})
    assert fake.requests_to("POST", r"/secrets$") == []
    # The server ignores a start request's secrets for an id that exists: sent after it.
    again = await client.start_conversation(
        agent_json(), "/w", conversation_id=conv.id, secrets={"B": "2"}
    )
    await client.control(conv.id).create(agent_json(), "/w", secrets={"C": "3"})
    posts = fake.requests_to("POST", r"/secrets$")
    assert [list(json.loads(p.content)["secrets"]) for p in posts] == [["B"], ["C"]]
    assert again.id == conv.id
