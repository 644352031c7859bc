"""Credentials in the server URL (``http://user:password@host``) are sent, never shown: not in
a repr, a log record, an error, a CLI message nor doctor's report."""

from __future__ import annotations

import base64
import logging
from functools import partial

import httpx
import pytest

from openhands_client import (
    AgentServer,
    AgentServerError,
    AsyncAgentServer,
    UnsupportedFeatureError,
    _cli_run,
    cli,
)
from openhands_client.doctor import async_diagnose
from openhands_client.testing import HostileServer
from tests.unit.conftest import API_KEY
from tests.unit.fakes import SERVER_INFO, FakeAgentServer, agent_json

USER, PASSWORD = "alice", "s3cret-pa55"


def with_credentials(url: str) -> str:
    return url.replace("://", f"://{USER}:{PASSWORD}@", 1)


def test_reprs_show_no_credentials() -> None:
    url = with_credentials("http://127.0.0.1:9/prefix")
    server = AgentServer(url)
    try:
        assert repr(server) == "<AgentServer http://***@127.0.0.1:9/prefix>"
        assert PASSWORD not in repr(server.aio) and USER not in repr(server.aio)
        assert PASSWORD not in repr(server.aio._connection)
        assert PASSWORD not in repr(server.api) and PASSWORD not in repr(server.aio.api)
        assert server.url == url  # the property is the URL as given
    finally:
        server.close()


@pytest.mark.parametrize("version", ["9.0.0", "1.0.0"], ids=["newer: warned", "older: refused"])
async def test_the_version_check_names_the_server_without_credentials(
    fake: FakeAgentServer, all_logs: pytest.LogCaptureFixture, version: str
) -> None:
    async def server_info(request: httpx.Request, answer: object) -> httpx.Response | None:
        if request.url.path == "/server_info":
            return httpx.Response(200, json={**SERVER_INFO, "version": version})
        return None

    fake.hooks.append(server_info)
    messages = []
    async with AsyncAgentServer(
        with_credentials(fake.url), API_KEY, transport=fake.transport
    ) as server:
        try:
            conversation = await server.start_conversation(agent_json(), "/w")
            await conversation.close()
        except UnsupportedFeatureError as exc:
            messages.append(str(exc))
    assert (version == "1.0.0") == bool(messages)
    warnings = [r.getMessage() for r in all_logs.records if r.levelno >= logging.WARNING]
    assert any("http://***@127.0.0.1" in text for text in warnings), warnings
    shown = messages + [record.getMessage() for record in all_logs.records]
    assert [text for text in shown if PASSWORD in text or f"{USER}:" in text] == []
    # ... and still sent, as HTTP Basic auth (what httpx made of the URL before).
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    assert fake.requests[0].headers["authorization"] == f"Basic {token}"


def test_cli_messages_show_no_credentials(
    fake: FakeAgentServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for argv, code in [
        (["--url", with_credentials("ftp://127.0.0.1:9"), "info"], cli.EXIT_USAGE),
        (["--url", with_credentials("http://127.0.0.1:9"), "info"], cli.EXIT_SERVER),
    ]:
        assert cli.main(argv) == code
        captured = capsys.readouterr()
        assert "127.0.0.1:9" in captured.err and PASSWORD not in captured.err + captured.out

    async def not_here(request: httpx.Request, answer: object) -> httpx.Response | None:
        if request.url.path == "/api/conversations/search":
            return httpx.Response(200, json={"items": [], "next_page_id": None})
        return httpx.Response(404, json={"detail": "Not Found"})

    fake.hooks.append(not_here)
    monkeypatch.setattr(
        cli, "AsyncAgentServer", partial(AsyncAgentServer, transport=fake.transport)
    )
    url = with_credentials(fake.url)
    for command, code in [("info", cli.EXIT_SERVER), ("show", cli.EXIT_NOT_FOUND)]:
        argv = [command] if command == "info" else [command, "0123"]
        assert cli.main(["--url", url, "--api-key", API_KEY, *argv]) == code
        err = capsys.readouterr().err
        assert "http://***@127.0.0.1" in err and PASSWORD not in err, err


async def test_still_running_names_the_server_without_credentials(
    fake: FakeAgentServer,
) -> None:
    conversation = fake.add_conversation()
    url = with_credentials(fake.url)
    async with AsyncAgentServer(url, API_KEY, transport=fake.transport) as server:
        attached = await server.attach_conversation(conversation.id)
        text = _cli_run.still_running(attached, server.url)
    assert f"--url http://***@127.0.0.1:{fake.port} events" in text and PASSWORD not in text


async def test_doctor_shows_no_credentials() -> None:
    with HostileServer() as url:
        report = await async_diagnose(with_credentials(url), timeout=10)
    assert report.url == url.replace("://", "://***@")
    assert PASSWORD not in report.render() and PASSWORD not in repr(report)
    with pytest.raises(AgentServerError) as failed:
        await async_diagnose(with_credentials("http://127.0.0.1:9"), timeout=10)
    assert "127.0.0.1:9" in str(failed.value) and PASSWORD not in str(failed.value)


async def test_a_server_not_ready_is_named_without_credentials() -> None:
    async with AsyncAgentServer(with_credentials("http://127.0.0.1:9")) as server:
        with pytest.raises(AgentServerError) as failed:
            await server.wait_until_ready(timeout=0.3)
    assert "http://***@127.0.0.1:9" in str(failed.value) and PASSWORD not in str(failed.value)
