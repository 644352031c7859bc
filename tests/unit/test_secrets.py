"""The API key and secret values stay out of logs, reprs and URLs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import attrs
import pytest
import yaml

import openhands_api.models
from openhands_client import AgentServerError, AsyncAgentServer, Event, models
from tests.unit.conftest import API_KEY
from tests.unit.fakes import ConnectAction, FakeAgentServer, agent_json, ids, message, until

STATIC_SECRET = "ghp_S3cr3t+/=&%value"
LOOKUP_SECRET = "Bearer lookup+/=&%token"


def forms(secret: str) -> list[str]:
    """A secret as it would appear raw, URL-quoted or form-quoted."""
    return [secret, quote(secret, safe=""), quote_plus(secret)]


SENSITIVE = [*forms(API_KEY), *forms(STATIC_SECRET), *forms(LOOKUP_SECRET)]
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def leaks(text: str) -> list[str]:
    return [s for s in SENSITIVE if s in text]


async def test_key_and_secrets_appear_in_no_log_record_and_no_repr(
    fake: FakeAgentServer, all_logs: pytest.LogCaptureFixture
) -> None:
    refused = fake.add_conversation()
    refused.connect_actions.append(ConnectAction(4001, "Authentication failed"))
    seen: list[Event] = []
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conv = await server.start_conversation(
            agent_json(), "/w", secrets={"GITHUB_TOKEN": STATIC_SECRET}, callbacks=[seen.append]
        )
        lookup: dict[str, Any] = {"kind": "LookupSecret", "url": "https://vault/x"}
        lookup["headers"] = {"Authorization": LOOKUP_SECRET}
        await conv.update_secrets({"VAULT": lookup})
        await conv.send_message("use the token")
        await conv.run(timeout=10)
        conv_f = fake.conversation(conv.id)
        fake.drop(conv_f)  # reconnects: the socket's logging runs again
        await until(lambda: fake.open_sockets(conv_f) == 1, "the reconnect")
        fake.publish(conv_f, message("after-reconnect", fake.now()))
        await until(lambda: "after-reconnect" in ids(conv.events), "an event after the reconnect")
        errors: list[AgentServerError] = []
        fake.inject("POST", r"/secrets$", 500, {"detail": "boom", "error_id": "e-1"})
        try:
            await conv.update_secrets({"GITHUB_TOKEN": STATIC_SECRET})
        except AgentServerError as exc:
            errors.append(exc)
        try:
            await server.attach_conversation(refused.id)
        except AgentServerError as exc:
            errors.append(exc)
        reprs = [repr(server), repr(conv), repr(conv.state), repr(conv.events), str(conv)]
        reprs += [repr(server._connection), *(repr(e) for e in errors), *(str(e) for e in errors)]
        reprs += [repr(e) for e in seen]

    assert len(errors) == 2, "both error paths ran"
    # The capture works: the libraries did log (so an absent secret means something).
    logged = {r.name.split(".")[0] for r in all_logs.records}
    assert {"openhands_client", "httpx"} <= logged, logged
    for record in all_logs.records:
        text = record.getMessage() + (record.exc_text or "") + repr(record.args)
        assert not leaks(text), f"{record.name} logged {leaks(text)}: {text[:300]}"
    for text in reprs:
        assert not leaks(text), f"{leaks(text)} in {text[:300]}"

    # The secrets did go to the server: in the start request, then in the secrets requests.
    (start,) = fake.requests_to("POST", r"/api/conversations$")
    assert json.loads(start.content)["secrets"]["GITHUB_TOKEN"]["value"] == STATIC_SECRET
    secret_posts = fake.requests_to("POST", r"/secrets$")
    assert len(secret_posts) == 2
    assert LOOKUP_SECRET in secret_posts[0].content.decode()


async def test_key_is_sent_only_in_the_header_and_the_first_frame(
    fake: FakeAgentServer,
) -> None:
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conv = await server.start_conversation(agent_json(), "/w")
        await conv.send_message("hello")
        await conv.run(timeout=10)
        fake.drop(fake.conversation(conv.id))
        await until(lambda: fake.open_sockets() == 1, "the reconnect")
    assert len(fake.requests) >= 4
    for request in fake.requests:
        assert request.headers["X-Session-API-Key"] == API_KEY
        url = str(request.url)
        assert not any(form in url for form in forms(API_KEY)), url
        assert "session_api_key" not in url
        assert not any(form in request.content.decode() for form in forms(API_KEY))
    assert len(fake.connections) == 2
    for record in fake.connections:
        assert record.first_frame is not None
        assert json.loads(record.first_frame) == {"type": "auth", "session_api_key": API_KEY}
        assert not any(form in record.raw_path for form in forms(API_KEY))
        assert "session_api_key" not in record.raw_path


def _marked_secret(schema: dict[str, Any]) -> bool:
    """Whether the spec marks a property secret (pydantic's SecretStr), in any union member."""
    members = [schema, *schema.get("anyOf", ()), *schema.get("oneOf", ())]
    return any(m.get("format") == "password" or m.get("writeOnly") for m in members)


def test_models_mask_the_secret_fields_in_their_reprs() -> None:
    llm = models.LLM(model="openai/x", api_key=STATIC_SECRET, aws_session_token=STATIC_SECRET)
    secret = models.StaticSecret(value=STATIC_SECRET)
    agent = models.Agent.from_dict({"kind": "Agent", "llm": llm.to_dict(), "tools": []})
    for text in (repr(llm), str(llm), repr(secret), repr(agent), repr([agent])):
        assert not leaks(text), f"{leaks(text)} in {text[:300]}"
    assert "api_key='**********'" in repr(llm) and "value='**********'" in repr(secret)
    assert "aws_secret_access_key=" in repr(llm)  # unset: shown as it is
    assert "model='openai/x'" in repr(llm)  # only the secrets are masked
    # What is sent keeps the values.
    assert llm.to_dict()["api_key"] == STATIC_SECRET == secret.to_dict()["value"]

    # Every property the spec marks secret, in every model, is masked.
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    marked = [
        (name, prop)
        for name, schema in schemas.items()
        for prop, spec in (schema.get("properties") or {}).items()
        if _marked_secret(spec)
    ]
    assert len(marked) >= 10, marked
    for name, prop in marked:
        model = getattr(openhands_api.models, re.sub(r"[^A-Za-z0-9]", "", name))
        field = attrs.fields_dict(model)[prop]
        assert callable(field.repr) and field.repr(STATIC_SECRET) == "'**********'", (name, prop)
