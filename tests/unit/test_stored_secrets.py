"""stored_secrets without a server: the request, the references it builds, what is refused."""

from __future__ import annotations

from typing import Any

import pytest

from openhands_client import AsyncAgentServer
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer

LISTED = {
    "secrets": [
        {"name": "GITHUB_TOKEN", "description": "bot token"},
        {"name": "a/b c", "description": None},
    ]
}


async def test_stored_secrets_are_lookups_by_name_with_the_session_key(
    fake: FakeAgentServer,
) -> None:
    fake.inject("GET", r"/api/settings/secrets$", 200, LISTED)
    async with AsyncAgentServer(
        fake.url.replace("http://", "http://user:pw@") + "/prefix/",
        API_KEY,
        transport=fake.transport,
    ) as server:
        every = await server.stored_secrets(agent_profile_id="p-1")
    (request,) = fake.requests_to("GET", r"/api/settings/secrets$")
    assert request.url.params["agent_profile_id"] == "p-1"
    assert list(every) == ["GITHUB_TOKEN", "a/b c"]
    token = every["GITHUB_TOKEN"].to_dict()
    assert token == {
        "kind": "LookupSecret",
        "url": f"{fake.url}/prefix/api/settings/secrets/GITHUB_TOKEN",  # no user:pw@ in it
        "description": "bot token",
        "headers": {"X-Session-API-Key": API_KEY},
    }
    assert every["a/b c"].url.endswith("/api/settings/secrets/a%2Fb%20c")
    # The session key in the headers is masked in the model's repr.
    assert API_KEY not in repr(every) and "headers='**********'" in repr(every["a/b c"])


async def test_stored_secrets_filter_by_name_and_go_without_a_key(fake: FakeAgentServer) -> None:
    fake.inject("GET", r"/api/settings/secrets$", 200, LISTED)
    async with AsyncAgentServer(fake.url, None, transport=fake.transport) as server:
        chosen = await server.stored_secrets({"GITHUB_TOKEN", "NOT_STORED"})
    assert list(chosen) == ["GITHUB_TOKEN"]
    assert chosen["GITHUB_TOKEN"].to_dict()["headers"] == {}
    (request,) = fake.requests_to("GET", r"/api/settings/secrets$")
    assert "agent_profile_id" not in request.url.params


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        pytest.param({"names": "GITHUB_TOKEN"}, TypeError, id="one name, not a collection"),
        pytest.param({"names": [""]}, ValueError, id="empty name"),
        pytest.param({"names": [3]}, TypeError, id="name not a str"),
        pytest.param({"agent_profile_id": ""}, ValueError, id="empty profile id"),
    ],
)
async def test_bad_stored_secrets_arguments_send_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    arguments: dict[str, Any],
    error: type[Exception],
) -> None:
    sent = len(fake.requests)
    with pytest.raises(error):
        await client.stored_secrets(**arguments)
    assert fake.requests[sent:] == []


async def test_llm_profiles_are_read_typed(fake: FakeAgentServer, client: AsyncAgentServer) -> None:
    listed = {
        "profiles": [
            {"name": "fast", "model": "openai/gpt-4o-mini", "api_key_set": True,
             "provider_connection_broken": False},
        ],
        "active_profile": "fast",
    }  # fmt: skip
    fake.inject("GET", r"/api/profiles$", 200, listed)
    profiles = await client.llm_profiles()
    assert profiles.active_profile == "fast"
    assert [(p.name, p.model, p.api_key_set) for p in profiles.profiles] == [
        ("fast", "openai/gpt-4o-mini", True)
    ]
