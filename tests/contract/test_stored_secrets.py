"""Server-stored configuration against the real agent server: the secret store by reference
(stored_secrets) and the LLM profiles (llm_profiles)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract


def test_stored_secrets_are_references_the_server_resolves(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    name, other = f"TOKEN_{uuid.uuid4().hex[:8].upper()}", f"OTHER_{uuid.uuid4().hex[:8].upper()}"
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
        for secret, value in ((name, "s3cr3t value"), (other, "other")):
            stored = http.put(
                "/api/settings/secrets",
                json={"name": secret, "value": value, "description": f"for {secret}"},
            )
            assert stored.status_code < 300, stored.text
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        every = server.stored_secrets()
        assert {name, other} <= set(every)
        chosen = server.stored_secrets([name])
        assert list(chosen) == [name]
        lookup = chosen[name]
        assert lookup.description == f"for {name}"
        assert "s3cr3t" not in repr(lookup) and SESSION_API_KEY not in repr(lookup)
        # The reference is what the server fetches: its URL with the session key gives the value.
        headers = lookup.to_dict()["headers"]
        assert httpx.get(lookup.url, headers=headers).text == "s3cr3t value"
        conv = server.start_conversation(
            make_agent("finish"), str(agent_server.workdir), secrets=chosen, delete_on_close=True
        )
        registry = conv.state.raw["secret_registry"]["secret_sources"]
        assert registry[name]["kind"] == "LookupSecret"
        conv.update_secrets(server.stored_secrets([other]))
        assert server.stored_secrets(["NO_SUCH_SECRET"]) == {}


def test_llm_profiles_list_what_the_server_stores(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    profile = f"stored-{uuid.uuid4().hex[:8]}"
    llm = make_agent("finish")["llm"]
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
        saved = http.post(f"/api/profiles/{profile}", json={"llm": llm})
        assert saved.status_code < 300, saved.text
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        listed = server.llm_profiles()
    (mine,) = [p for p in listed.profiles if p.name == profile]
    assert mine.model == llm["model"]
    assert mine.api_key_set is bool(llm.get("api_key"))
