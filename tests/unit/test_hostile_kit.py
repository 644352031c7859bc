"""The testing kit's scriptable hostile server against the client (issue 26): a new cursor on
every page, a redirect, an HTML page, terminal control sequences, a deep body, over real HTTP."""

from __future__ import annotations

import json
import uuid

import pytest

from openhands_client import AgentServer, AgentServerError, ProtocolError, cli
from openhands_client.testing import (
    CONTROL_SEQUENCES,
    Answer,
    HostileServer,
    conversation_info,
    deep_json,
)

BAD = ("\x1b", "\x9b", "\x9d", "\u202e", "\x07")


def new_cursor_each_page(query: str) -> bytes:
    """The same two conversations on every page, each time with a new cursor."""
    items = [
        conversation_info(uuid.UUID(int=1), "idle"),
        conversation_info(uuid.UUID(int=2), "idle"),
    ]
    return json.dumps({"items": items, "next_page_id": uuid.uuid4().hex}).encode()


def test_a_new_cursor_on_every_page_ends_the_walk() -> None:
    server = HostileServer(
        {"/api/conversations/search": new_cursor_each_page, "/api/conversations/count": b"2"}
    )
    with server as url, AgentServer(url) as client:
        listed = [state.id for state in client.conversations()]
    assert listed == [uuid.UUID(int=1), uuid.UUID(int=2)]
    assert 1 < sum(r.startswith("/api/conversations/search") for r in server.requests) < 10


def test_a_rest_redirect_is_not_followed() -> None:
    elsewhere = HostileServer()
    with elsewhere as other:
        moved = Answer(b"", 307, {"location": f"{other}/server_info"})
        with (
            HostileServer({"/server_info": moved}) as url,
            AgentServer(url) as client,
            pytest.raises(AgentServerError),
        ):
            client.info()
    assert elsewhere.requests == []


def test_an_html_page_is_a_typed_error() -> None:
    page = Answer(b"<html><body>Sign in</body></html>", content_type="text/html")
    with (
        HostileServer({"/server_info": page}) as url,
        AgentServer(url) as client,
        pytest.raises(AgentServerError),
    ):
        client.info()


def test_a_deep_body_is_a_protocol_error() -> None:
    with (
        HostileServer({"/server_info": deep_json(100_000)}) as url,
        AgentServer(url) as client,
        pytest.raises(ProtocolError),
    ):
        client.info()


def test_control_sequences_in_a_title_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    info = conversation_info(uuid.UUID(int=1), "idle", title=f"title {CONTROL_SEQUENCES}")
    page = json.dumps({"items": [info], "next_page_id": None}).encode()
    with HostileServer({"/api/conversations/search": page}) as url:
        assert cli.main(["list", "--url", url]) == 0
    out = capsys.readouterr().out
    assert "title" in out
    assert not [c for c in BAD if c in out]
