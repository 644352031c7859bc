"""Secrets given as functions: called when the request carrying them is built, never before."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from openhands_client import AsyncAgentServer
from tests.unit.fakes import FakeAgentServer, agent_json


def counting(values: list[str]) -> tuple[Callable[[], str], list[int]]:
    """A token function returning ``values`` in turn, and the count of its calls."""
    calls = [0]

    def token() -> str:
        calls[0] += 1
        return values[calls[0] - 1]

    return token, calls


async def test_a_secret_function_is_called_at_each_send(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    token, calls = counting(["tok-1", "tok-2", "tok-3"])
    options_secrets = {"GITHUB_TOKEN": token}
    assert calls == [0]  # giving it is not calling it
    conv = await client.start_conversation(agent_json(), "/w", secrets=options_secrets)
    (start,) = fake.requests_to("POST", r"/api/conversations$")
    sent = json.loads(start.content)["secrets"]["GITHUB_TOKEN"]
    assert sent == {"kind": "StaticSecret", "value": "tok-1"}
    await conv.update_secrets({"GITHUB_TOKEN": token})
    await conv.update_secrets({"GITHUB_TOKEN": token})
    posts = fake.requests_to("POST", r"/secrets$")
    assert [json.loads(p.content)["secrets"]["GITHUB_TOKEN"] for p in posts] == [
        {"kind": "StaticSecret", "value": "tok-2"},
        {"kind": "StaticSecret", "value": "tok-3"},
    ]
    assert calls == [3]


@pytest.mark.parametrize(
    ("function", "error"),
    [
        pytest.param(lambda: 42, TypeError, id="returns no str"),
        pytest.param(lambda: {}["missing"], KeyError, id="raises"),
    ],
)
async def test_a_bad_secret_function_sends_nothing(
    fake: FakeAgentServer,
    client: AsyncAgentServer,
    function: Callable[[], object],
    error: type[Exception],
) -> None:
    conv = await client.attach_conversation(fake.add_conversation().id)
    sent = len(fake.requests)
    with pytest.raises(error):
        await conv.update_secrets({"TOKEN": function})  # type: ignore[dict-item]
    with pytest.raises(error):
        await client.start_conversation(agent_json(), "/w", secrets={"TOKEN": function})  # type: ignore[dict-item]
    assert fake.requests[sent:] == []
