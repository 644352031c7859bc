"""The API key is checked when the client is made, and no message ever shows a header value."""

from __future__ import annotations

import traceback

import httpx
import pytest

from openhands_client import AgentServer, AsyncAgentServer, TransportError

SECRET = "sk-very-secret-key"


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(SECRET + "\n", id="trailing-newline"),
        pytest.param(" " + SECRET, id="leading-space"),
        pytest.param(SECRET[:5] + "\r\n" + SECRET[5:], id="crlf-inside"),
        pytest.param(SECRET + "\x00", id="nul"),
        pytest.param(SECRET + "é", id="non-ascii"),
    ],
)
@pytest.mark.parametrize("kind", [AsyncAgentServer, AgentServer])
def test_unsendable_key_is_refused_at_construction_without_echo(
    key: str, kind: type[AsyncAgentServer] | type[AgentServer]
) -> None:
    with pytest.raises(ValueError, match="api_key") as caught:
        kind("http://127.0.0.1:1", key)
    assert SECRET[:5] not in str(caught.value) and SECRET[5:] not in str(caught.value)


def test_non_string_key_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="api_key must be a str"):
        AsyncAgentServer("http://127.0.0.1:1", b"bytes-key")  # type: ignore[arg-type]


async def test_a_header_value_never_appears_in_a_transport_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value b'{SECRET}'")

    client = AsyncAgentServer("http://127.0.0.1:1", "fine", transport=httpx.MockTransport(refuse))
    try:
        with pytest.raises(TransportError) as caught:
            await client.info()
    finally:
        await client.close()
    assert SECRET not in "".join(traceback.format_exception(caught.value))
