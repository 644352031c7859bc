"""The CLI checks its arguments before it creates or sends anything."""

from __future__ import annotations

import json
from functools import partial
from uuid import UUID

import httpx
import pytest

from openhands_client import AsyncAgentServer, cli
from tests.unit.conftest import API_KEY, Listener
from tests.unit.fakes import FakeAgentServer


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["run", "   "], "task must not be empty"),
        (["run", "hi", "--timeout", "0"], "--timeout"),
        (["run", "hi", "--stream", "--one-line"], "--stream and --one-line exclude each other"),
    ],
)
def test_bad_run_arguments_exit_2_before_any_request(
    listener: Listener, argv: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--url", listener.url, *argv, "--working-dir", "/w"]) == cli.EXIT_USAGE
    assert complaint in capsys.readouterr().err
    assert listener.accepted == [], "the CLI reached the server before checking its arguments"


@pytest.mark.parametrize(
    "error",
    [json.JSONDecodeError("Expecting value", "<html>", 0), RecursionError("too deep")],
    ids=["not JSON", "too deep"],
)
def test_an_unreadable_answer_is_a_server_error_not_bad_usage(
    error: Exception, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    async def info(server: object, args: object) -> int:
        raise error

    monkeypatch.setitem(cli.COMMANDS, "info", info)
    assert cli.main(["--url", "http://127.0.0.1:9", "info"]) == cli.EXIT_SERVER
    assert "server error: an unreadable answer" in capsys.readouterr().err


async def test_an_id_prefix_may_leave_out_the_dashes(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    wanted = fake.add_conversation(conversation_id=UUID("f00a68a6-dac5-4f0e-9d7e-0123456789ab"))
    other = fake.add_conversation(conversation_id=UUID("f00b0000-0000-4000-8000-000000000000"))

    async def search(request: httpx.Request, answer: object) -> httpx.Response | None:
        if request.url.path != "/api/conversations/search":
            return None
        items = [fake.info(wanted), fake.info(other)]
        return httpx.Response(200, json={"items": items, "next_page_id": None})

    fake.hooks.append(search)
    for given in ("f00a68a6dac5", "F00A68A6DAC54F0E", "f00a68a6-dac5", "f00a", wanted.id.hex):
        assert await cli._resolve(client, given) == wanted.id, given
    with pytest.raises(ValueError, match="ambiguous"):
        await cli._resolve(client, "f00")
    for bad in ("-", "f00g"):
        with pytest.raises(ValueError, match="must be a UUID or a prefix of one"):
            await cli._resolve(client, bad)


@pytest.mark.parametrize("command", ["interrupt", "pause", "delete"])
def test_conversation_commands_send_one_request_without_attaching(
    fake: FakeAgentServer,
    command: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """interrupt, pause and delete send their one request: no socket, no event paging."""
    monkeypatch.setattr(
        cli, "AsyncAgentServer", partial(AsyncAgentServer, transport=fake.transport)
    )
    conversation = fake.add_conversation()
    argv = ["--url", fake.url, "--api-key", API_KEY, command, str(conversation.id)]
    assert cli.main(argv) == cli.EXIT_OK, capsys.readouterr().err
    assert str(conversation.id) in capsys.readouterr().out
    assert fake.connections == [], "the command opened the event socket"
    assert fake.requests_to("GET", r"/events") == [], "the command paged the event log"
    method = "DELETE" if command == "delete" else "POST"
    path = "" if command == "delete" else f"/{command}"
    assert len(fake.requests_to(method, rf"/api/conversations/{conversation.id}{path}$")) == 1
