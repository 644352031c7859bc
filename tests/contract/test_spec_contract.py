"""The curated spec and the generated models against what the real server sends."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import UnknownEvent, decode_event
from tests.conftest import AgentFactory
from tests.contract.helpers import condenser_agent, eventually, server_log
from tests.contract.spec_validator import SpecValidator

pytestmark = pytest.mark.contract

CONV = "/api/conversations/{conversation_id}"


@pytest.fixture(scope="module")
def http(agent_server: AgentServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers, timeout=60) as c:
        yield c


def wait_status(http: httpx.Client, cid: str, statuses: set[str]) -> None:
    def done() -> bool:
        return http.get(f"/api/conversations/{cid}").json()["execution_status"] in statuses

    eventually(done, timeout=60, what=f"status in {statuses}")


def message(text: str, run: bool = True) -> dict[str, Any]:
    return {"role": "user", "content": [{"type": "text", "text": text}], "run": run}


@pytest.fixture(scope="module")
def varied_conversation(
    http: httpx.Client, agent_server: AgentServerProcess, scripted_llm: Any
) -> str:
    """A conversation whose log holds many event kinds: messages, actions, observations,
    state updates, a pause, a condensation, a rejected action and an error."""
    from harness.agent_server import agent_spec

    agent = condenser_agent(agent_spec(scripted_llm.base_url, "confirm-4-300"))
    created = http.post(
        "/api/conversations",
        json={
            "agent": agent,
            "workspace": {"kind": "LocalWorkspace", "working_dir": str(agent_server.workdir)},
        },
    )
    assert created.status_code == 201, created.text
    cid = str(created.json()["id"])
    assert http.post(f"/api/conversations/{cid}/events", json=message("go")).status_code == 200
    time.sleep(0.5)
    assert http.post(f"/api/conversations/{cid}/pause").status_code == 200
    wait_status(http, cid, {"paused"})
    assert http.post(f"/api/conversations/{cid}/run").status_code == 200
    wait_status(http, cid, {"finished"})
    assert http.post(f"/api/conversations/{cid}/condense").status_code == 200
    policy = {"policy": {"kind": "AlwaysConfirm"}}
    assert (
        http.post(f"/api/conversations/{cid}/confirmation_policy", json=policy).status_code == 200
    )
    assert http.post(f"/api/conversations/{cid}/events", json=message("more")).status_code == 200
    wait_status(http, cid, {"waiting_for_confirmation"})
    reject = {"accept": False, "reason": "not now"}
    response = http.post(f"/api/conversations/{cid}/events/respond_to_confirmation", json=reject)
    assert response.status_code == 200
    wait_status(http, cid, {"paused", "finished", "idle"})
    return cid


def test_every_event_decodes_into_its_own_class_and_round_trips(
    agent_server: AgentServerProcess, varied_conversation: str
) -> None:
    items = server_log(agent_server, varied_conversation)
    kinds = {item["kind"] for item in items}
    assert {"MessageEvent", "ActionEvent", "ObservationEvent", "PauseEvent"} <= kinds
    assert {"ConversationStateUpdateEvent", "SystemPromptEvent", "UserRejectObservation"} <= kinds
    assert "Condensation" in kinds
    for item in items:
        event = decode_event(item)
        assert not isinstance(event, UnknownEvent), event
        assert type(event).__name__ == item["kind"]
        assert event.to_dict() == item


def test_read_operations_match_the_spec(
    http: httpx.Client, agent_server: AgentServerProcess, varied_conversation: str
) -> None:
    spec = SpecValidator()
    cid = varied_conversation
    event_id = server_log(agent_server, cid)[0]["id"]
    reads: list[tuple[str, str, str, dict[str, Any]]] = [
        ("/alive", "/alive", "get", {}),
        ("/health", "/health", "get", {}),
        ("/ready", "/ready", "get", {}),
        ("/server_info", "/server_info", "get", {}),
        ("/api/conversations/search", "/api/conversations/search", "get", {"limit": 5}),
        ("/api/conversations/count", "/api/conversations/count", "get", {}),
        (f"/api/conversations/{cid}", CONV, "get", {}),
        (
            f"/api/conversations/{cid}/agent_final_response",
            f"{CONV}/agent_final_response",
            "get",
            {},
        ),
        (f"/api/conversations/{cid}/events/search", f"{CONV}/events/search", "get", {"limit": 100}),
        (f"/api/conversations/{cid}/events/count", f"{CONV}/events/count", "get", {}),
        (f"/api/conversations/{cid}/events/{event_id}", f"{CONV}/events/{{event_id}}", "get", {}),
        ("/api/tools/", "/api/tools/", "get", {}),
        ("/api/bash/bash_events/search", "/api/bash/bash_events/search", "get", {}),
    ]
    problems: dict[str, list[str]] = {}
    for url, template, method, params in reads:
        response = http.request(method, url, params=params)
        assert response.status_code == 200, (url, response.text)
        found = spec.errors(method, template, 200, response.json())
        if found:
            problems[url] = found[:5]
    assert problems == {}


def test_conversation_lifecycle_matches_the_spec(
    http: httpx.Client, agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    spec = SpecValidator()
    workspace = {"kind": "LocalWorkspace", "working_dir": str(agent_server.workdir)}
    created = http.post(
        "/api/conversations", json={"agent": make_agent("think-1"), "workspace": workspace}
    )
    assert created.status_code == 201
    assert spec.errors("post", "/api/conversations", 201, created.json()) == []
    cid = created.json()["id"]
    again = http.post(
        "/api/conversations",
        json={"agent": make_agent("think-1"), "workspace": workspace, "conversation_id": cid},
    )
    assert again.status_code == 200  # create-or-attach is idempotent
    assert spec.errors("post", "/api/conversations", 200, again.json()) == []
    steps: list[tuple[str, str, str, dict[str, Any] | None]] = [
        ("post", f"{CONV}/events", f"/api/conversations/{cid}/events", message("hi", run=False)),
        ("post", f"{CONV}/run", f"/api/conversations/{cid}/run", None),
    ]
    for method, template, url, body in steps:
        response = http.request(method, url, json=body)
        assert response.status_code == 200, response.text
        assert spec.errors(method, template, 200, response.json()) == []
    wait_status(http, cid, {"finished"})
    for method, template, url, body in [
        ("patch", CONV, f"/api/conversations/{cid}", {"title": "t"}),
        ("post", f"{CONV}/ask_agent", f"/api/conversations/{cid}/ask_agent", {"question": "q"}),
        ("post", f"{CONV}/secrets", f"/api/conversations/{cid}/secrets",
         {"secrets": {"K": {"kind": "StaticSecret", "value": "v"}}}),
        ("post", f"{CONV}/pause", f"/api/conversations/{cid}/pause", None),
        ("delete", CONV, f"/api/conversations/{cid}", None),
    ]:  # fmt: skip
        response = http.request(method, url, json=body)
        assert response.status_code == 200, (url, response.text)
        assert spec.errors(method, template, 200, response.json()) == [], url
