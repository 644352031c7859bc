"""``openhands-client doctor`` against the real server, a server that breaks the contract (the
real one behind a field-renaming proxy) and things that are not agent servers."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.agent_server import AgentServerProcess, free_port
from harness.renaming_proxy import RenamingProxy
from harness.scripted_llm import ScriptedLLM
from openhands_client import AgentServer
from openhands_client._compat import NEWEST_TESTED, OLDEST_TESTED
from openhands_client._schema_check import SchemaValidator, load_contract
from openhands_client.doctor import diagnose
from openhands_client.errors import NotAnAgentServerError
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.spec_validator import SpecValidator

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]
EXIT_SERVER, EXIT_NONCONFORMING = 5, 6


def doctor(url: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``openhands-client doctor --url URL ARGS`` with the session key, as a user runs it."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "AGENT_"))}
    return subprocess.run(
        [sys.executable, "-m", "openhands_client", "doctor", "--url", url, *args],
        env={**clean, "SESSION_API_KEY": SESSION_API_KEY, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.fixture(scope="module")
def finished_conversation(agent_server: AgentServerProcess, scripted_llm: ScriptedLLM) -> str:
    """A conversation with a finished run on the session's server, for doctor to look at."""
    from harness.agent_server import agent_spec

    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conversation = server.start_conversation(
            agent_spec(scripted_llm.base_url, "think-1"), str(agent_server.workdir)
        )
        conversation.send_message("go")
        conversation.run(timeout=120)
        return str(conversation.id)


def test_doctor_passes_on_the_real_server(
    agent_server: AgentServerProcess, finished_conversation: str
) -> None:
    result = doctor(agent_server.url)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "MISMATCH" not in result.stdout
    assert "conforms to openapi.yaml" in result.stdout
    for checked in ("get_server_info", "ready", "list_tools", "search_conversations"):
        assert checked in result.stdout
    for checked in ("count_conversations", "get_conversation", "search_events"):
        assert checked in result.stdout
    assert "event socket replay" in result.stdout
    report = diagnose(agent_server.url, SESSION_API_KEY)
    assert report.ok and report.version and report.capabilities, report.render()


def test_doctor_run_checks_a_one_step_conversation_and_deletes_it(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM, make_agent: AgentFactory
) -> None:
    headers = agent_server.headers
    count = httpx.get(f"{agent_server.url}/api/conversations/count", headers=headers).json()
    result = doctor(
        agent_server.url,
        "--run",
        LLM_MODEL="openai/think-1",
        LLM_BASE_URL=scripted_llm.base_url,
        LLM_API_KEY="x",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "one-step conversation" in result.stdout and "event socket replay" in result.stdout
    after = httpx.get(f"{agent_server.url}/api/conversations/count", headers=headers).json()
    assert after == count


def test_doctor_run_without_an_llm_is_a_usage_error(agent_server: AgentServerProcess) -> None:
    result = doctor(agent_server.url, "--run")
    assert result.returncode == 2
    assert "LLM_MODEL" in result.stderr


@pytest.mark.parametrize(
    ("renames", "lines"),
    [
        (
            {"uptime": "up_time"},
            ["MISMATCH get_server_info $.uptime: expected required property, got missing"],
        ),
        (
            {"agent": "agent_spec"},
            [
                "MISMATCH search_conversations $.items[0].agent: expected required property",
                "MISMATCH get_conversation $.agent: expected required property, got missing",
            ],
        ),
        (
            # Fields every supported server sends, which upstream's export leaves optional
            # (they have defaults): the spec requires them (issue 24), so doctor does too.
            {"capabilities": "caps", "agent_state": "state"},
            [
                "MISMATCH get_server_info $.capabilities: expected required property, got missing",
                "MISMATCH get_conversation $.agent_state: expected required property, got missing",
            ],
        ),
    ],
)
def test_doctor_names_a_renamed_field(
    agent_server: AgentServerProcess,
    finished_conversation: str,
    renames: dict[str, str],
    lines: list[str],
) -> None:
    with RenamingProxy(agent_server.url, renames) as proxy:
        result = doctor(proxy.url)
    assert result.returncode == EXIT_NONCONFORMING, result.stdout + result.stderr
    for line in lines:
        assert line in result.stdout
    assert "does not conform" in result.stdout


@contextlib.contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """``handler`` served on a free loopback port; yields the base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def plain_http_server(tmp_path: Path) -> Iterator[str]:
    """A plain static-file HTTP server on loopback: answers, but is no agent server."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(tmp_path), **kwargs)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with serving(Quiet) as url:
        yield url


class OldServer(http.server.BaseHTTPRequestHandler):
    """Answers ``/server_info`` as agent server 1.40.0 would, and 404 to everything else."""

    def do_GET(self) -> None:
        found = self.path == "/server_info"
        body = json.dumps({"version": "1.40.0", "uptime": 1.0, "idle_time": 1.0}).encode()
        self.send_response(200 if found else 404)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body) if found else 2))
        self.end_headers()
        self.wfile.write(body if found else b"{}")

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_doctor_reports_a_version_outside_the_range_and_failing_operations() -> None:
    with serving(OldServer) as url:
        result = doctor(url)
    assert result.returncode == EXIT_NONCONFORMING, result.stdout + result.stderr
    assert (
        f"MISMATCH get_server_info $.version: expected a version from {OLDEST_TESTED} to "
        f'{NEWEST_TESTED}, got string "1.40.0"' in result.stdout
    )
    assert (
        "MISMATCH ready $: expected a successful answer the spec declares, got HTTP 404"
        in result.stdout
    )
    assert (
        "MISMATCH event socket /sockets/events/{unknown id}: expected close 4004, got "
        in result.stdout
    )


def test_doctor_says_clearly_when_the_url_is_no_agent_server(plain_http_server: str) -> None:
    result = doctor(plain_http_server)
    assert result.returncode == EXIT_SERVER
    assert "does not look like an OpenHands agent server" in result.stderr
    assert "GET /server_info answered HTTP 404" in result.stderr
    with pytest.raises(NotAnAgentServerError):
        diagnose(plain_http_server)


def test_doctor_on_an_unreachable_url_or_with_a_wrong_key(
    agent_server: AgentServerProcess,
) -> None:
    unreachable = doctor(f"http://127.0.0.1:{free_port()}")
    assert unreachable.returncode == EXIT_SERVER
    assert "cannot reach" in unreachable.stderr
    wrong_key = doctor(agent_server.url, "--api-key", "wrong")
    assert wrong_key.returncode == 4


def mutations(body: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """``body`` with each of its fields (and each field of its first item) removed or retyped."""
    for key in body:
        yield f"without {key}", {k: v for k, v in body.items() if k != key}
        yield f"{key} retyped", {**body, key: [[]]}
    items = body.get("items")
    if isinstance(items, list) and items and isinstance(items[0], dict):
        for label, item in mutations(items[0]):
            yield f"items[0] {label}", {**body, "items": [item, *items[1:]]}


def test_the_doctors_validator_agrees_with_jsonschema_on_real_answers(
    agent_server: AgentServerProcess, finished_conversation: str
) -> None:
    """The shipped contract and the small validator judge real (and broken) answers as the
    full openapi.yaml does under a complete JSON-Schema implementation."""
    contract = load_contract()
    ours = SchemaValidator(contract["schemas"])
    theirs = SpecValidator()
    calls = [
        ("get_server_info", "/server_info", {}),
        ("search_conversations", "/api/conversations/search", {"limit": 3}),
        ("get_conversation", f"/api/conversations/{finished_conversation}", {}),
        ("search_events", f"/api/conversations/{finished_conversation}/events/search", {}),
    ]
    compared = 0
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
        for operation_id, url, params in calls:
            operation = contract["operations"][operation_id]
            body = http.get(url, params=params).json()
            schema = operation["responses"]["200"]
            for label, variant in [("as sent", body), *mutations(body)]:
                verdict = ours.problems(variant, schema) == []
                reference = theirs.errors("GET", operation["path"], 200, variant) == []
                assert verdict == reference, f"{operation_id} {label}"
                compared += 1
    assert compared > 100
