"""Child conversations, the server's settings and fork(include_skills=) without a server: the
requests sent, what comes back typed, what is refused before any request."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import pytest

from openhands_client import AsyncAgentServer, UnsupportedFeatureError
from openhands_client._state import ConversationState
from openhands_client.testing import SERVER_INFO, standard_run
from tests.unit.fakes import FakeAgentServer


async def test_start_child_posts_the_task_and_the_child_is_linked_both_ways(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    fake.default_run = standard_run(answer="done")
    parent = await client.attach_conversation(fake.add_conversation().id)
    assert await parent.children() == [] and parent.state.parent_id is None
    sent = len(fake.requests)
    child = await parent.start_child("write the tests", title="tests", isolation="shared")
    (request,) = fake.requests_to("POST", r"/children$")
    assert request.url.path == f"/api/conversations/{parent.id}/children"
    assert json.loads(request.content) == {
        "task": "write the tests",
        "title": "tests",
        "isolation": "shared",
    }
    assert child.parent_conversation_id == parent.id and child.title == "tests"
    assert len(fake.requests[sent:]) == 1  # the version was read when attaching

    attached = await client.attach_conversation(child.conversation_id)
    assert await attached.run(timeout=5) == "finished"
    assert attached.state.parent_id == parent.id
    assert await attached.final_response() == "done"
    assert await parent.children() == [child.conversation_id]
    assert parent.state.child_ids == [child.conversation_id], "children() refreshes the state"
    control = client.control(parent.id)
    assert await control.children() == [child.conversation_id]
    await attached.close()
    await parent.close()


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        pytest.param({"task": ""}, ValueError, id="empty task"),
        pytest.param({"task": 3}, TypeError, id="task not a str"),
        pytest.param({"task": "t", "title": 7}, TypeError, id="title not a str"),
        pytest.param({"task": "t", "isolation": "docker"}, ValueError, id="unknown isolation"),
    ],
)
async def test_bad_start_child_arguments_send_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, arguments: dict[str, Any], error: type
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    sent = len(fake.requests)
    with pytest.raises(error):
        await conv.start_child(**arguments)
    assert fake.requests[sent:] == []
    await conv.close()


async def test_start_child_is_refused_before_1_57_before_any_request(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    fake.inject("GET", r"/server_info$", 200, {**SERVER_INFO, "version": "1.52.0"})
    control = client.control(fake.add_conversation().id)
    with pytest.raises(UnsupportedFeatureError, match=r"start_child\(\) needs .*1\.57\.0"):
        await control.start_child("a task")
    assert fake.requests_to("POST", r"/children$") == []


SETTINGS = {
    "agent_settings": {
        "agent_kind": "openhands",
        "llm": {"model": "openai/gpt-4o-mini", "api_key": "**********"},
        "mcp_config": {},
    },
    "conversation_settings": {"max_iterations": 500},
    "llm_api_key_is_set": True,
    "active_profile": "fast",
    "active_agent_profile_id": None,
    "misc_settings": {},
}


async def test_settings_are_read_typed(fake: FakeAgentServer, client: AsyncAgentServer) -> None:
    fake.inject("GET", r"/api/settings$", 200, SETTINGS)
    settings = await client.settings()
    (request,) = fake.requests_to("GET", r"/api/settings$")
    assert "X-Expose-Secrets" not in request.headers, "secrets are never asked for"
    assert settings.llm_api_key_is_set is True and settings.active_profile == "fast"
    assert settings.agent_settings["llm"]["model"] == "openai/gpt-4o-mini"
    assert settings.agent_settings.agent_kind == "openhands"
    assert settings.conversation_settings["max_iterations"] == 500


async def test_agent_profiles_are_read_typed(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    listed = {
        "profiles": [{"name": "default", "id": "0b9c", "agent_kind": "openhands",
                      "llm_profile_ref": "fast", "revision": 2}],
        "active_agent_profile_id": "0b9c",
    }  # fmt: skip
    fake.inject("GET", r"/api/agent-profiles$", 200, listed)
    profiles = await client.agent_profiles()
    assert profiles.active_agent_profile_id == "0b9c"
    assert [(p.name, p.id, p.llm_profile_ref) for p in profiles.profiles] == [
        ("default", "0b9c", "fast")
    ]


async def test_update_settings_patches_the_diffs_given(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    fake.inject("PATCH", r"/api/settings$", 200, SETTINGS)
    diff = {"llm": {"model": "openai/gpt-4o-mini", "api_key": None}}
    settings = await client.update_settings(
        agent_settings_diff=diff, misc_settings_diff={"theme": "dark"}
    )
    (request,) = fake.requests_to("PATCH", r"/api/settings$")
    assert json.loads(request.content) == {
        "agent_settings_diff": diff,
        "misc_settings_diff": {"theme": "dark"},
    }
    assert settings.active_profile == "fast"


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        pytest.param({}, ValueError, id="no diff"),
        pytest.param({"misc_settings_diff": ["theme"]}, TypeError, id="diff not a mapping"),
    ],
)
async def test_bad_update_settings_arguments_send_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, arguments: dict[str, Any], error: type
) -> None:
    sent = len(fake.requests)
    with pytest.raises(error, match="settings"):
        await client.update_settings(**arguments)
    assert fake.requests[sent:] == []


@pytest.mark.parametrize("include_skills", [False, True])
async def test_fork_asks_for_skills_only_when_told(
    fake: FakeAgentServer, client: AsyncAgentServer, include_skills: bool
) -> None:
    source = fake.add_conversation()
    copy = fake.add_conversation()
    fake.inject("POST", r"/fork$", 201, fake.info(copy))
    conv = await client.attach_conversation(source.id)
    forked = await conv.fork(include_skills=include_skills)
    (request,) = fake.requests_to("POST", r"/fork$")
    assert request.url.params["include_skills"] == str(include_skills).lower()
    assert forked.id == copy.id
    with pytest.raises(TypeError, match="include_skills"):
        await conv.fork(include_skills="yes")  # type: ignore[arg-type]
    assert len(fake.requests_to("POST", r"/fork$")) == 1
    await forked.close()
    await conv.close()


def test_a_state_reads_its_links_leniently(fake: FakeAgentServer) -> None:
    child = fake.add_conversation()
    child.parent_id = UUID(int=7)
    info = fake.info(child)
    assert info["parent_conversation_id"] == str(UUID(int=7))
    state = ConversationState(child.id, {**info, "sub_conversation_ids": ["nope", str(child.id)]})
    assert state.parent_id == UUID(int=7) and state.child_ids == [child.id]
    assert ConversationState(child.id, {"parent_conversation_id": 3}).parent_id is None
