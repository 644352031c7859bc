"""Child conversations, fork(include_skills=) and the server's settings against the real agent
server (every tested version: children from 1.57, refused before that)."""

from __future__ import annotations

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ExecutionStatus, StatusError, UnsupportedFeatureError
from openhands_client._compat import START_CHILD_SINCE, ServerRelease
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract

SKILL = {"name": "house-style", "content": "Answer tersely."}


def test_children_and_forks_with_skills(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    agent = {**make_agent("finish"), "agent_context": {"skills": [SKILL]}}
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        parent = server.start_conversation(agent, str(agent_server.workdir))
        assert parent.children() == [] and parent.state.parent_id is None

        # The server leaves the skills out of its answers by default; the copy has them either
        # way, and its state holds them as the socket's snapshot carries them.
        for include_skills in (False, True):
            fork = parent.fork(include_skills=include_skills)
            skills = fork.state.raw["agent"]["agent_context"]["skills"]
            assert [(s["name"], s["content"]) for s in skills] == [tuple(SKILL.values())]
            fork.delete()

        if not ServerRelease(server.info().version, frozenset()).at_least(START_CHILD_SINCE):
            with pytest.raises(UnsupportedFeatureError, match=START_CHILD_SINCE):
                parent.start_child("say hello")
            return
        child = parent.start_child("say hello", title="greeter", isolation="shared")
        assert child.parent_conversation_id == parent.id and child.isolation == "shared"
        assert child.workspace == str(agent_server.workdir)
        with server.attach_conversation(child.conversation_id) as attached:
            assert attached.run(timeout=60) is ExecutionStatus.FINISHED  # the task ran at once
            assert attached.state.parent_id == parent.id and attached.state.title == "greeter"
            said = [e for e in attached.events if e.kind == "MessageEvent" and e.source == "user"]
            assert [m.llm_message.content[0].to_dict()["text"] for m in said] == ["say hello"]
            assert parent.children() == [child.conversation_id]
            assert parent.state.child_ids == [child.conversation_id]
            attached.delete()
        assert parent.children() == [], "a deleted child is no longer listed"
        parent.delete()


def test_settings_are_updated_and_read_with_secrets_redacted(
    agent_server: AgentServerProcess,
) -> None:
    secret = "sk-settings-secret-4e1d"
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        profiles = server.agent_profiles()  # one is always active: a start's agent_profile_id
        assert profiles.active_agent_profile_id in [p.id for p in profiles.profiles]
        before = server.settings()
        updated = server.update_settings(
            agent_settings_diff={"llm": {"api_key": secret}},
            misc_settings_diff={"openhands_client_test": {"n": 1}},
        )
        try:
            settings = server.settings()
            assert settings.to_dict() == updated.to_dict()
            assert settings.llm_api_key_is_set is True
            assert settings.agent_settings["llm"]["api_key"] != secret
            assert secret not in repr(settings) and secret not in str(settings.to_dict())
            assert settings.misc_settings["openhands_client_test"] == {"n": 1}
            assert settings.agent_settings.agent_kind in ("openhands", None)
            with pytest.raises(StatusError) as refused:
                server.update_settings(
                    agent_settings_diff={"llm": {"api_key": secret, "temperature": "hot"}}
                )
            assert refused.value.status_code == 422
            assert secret not in str(refused.value) and secret not in str(refused.value.body)
        finally:
            # None inside a nested object deletes the entry: back to what it was.
            restored = server.update_settings(
                agent_settings_diff={"llm": {"api_key": None}},
                misc_settings_diff={"openhands_client_test": None},
            )
        assert restored.llm_api_key_is_set is before.llm_api_key_is_set
        assert restored.misc_settings.to_dict().get("openhands_client_test") is None
