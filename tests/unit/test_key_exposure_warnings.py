"""Warnings where the session key is exposed: ``--api-key`` shows it to other
local users in the process list (the help prefers ``SESSION_API_KEY``, the flag warns once on
stderr); a client with TLS verification off logs one warning."""

from __future__ import annotations

import logging
import ssl

import pytest

from openhands_client import AgentServer, AsyncAgentServer, cli
from openhands_client._cli_args import KEY_FLAG_WARNING

UNREACHABLE = "http://127.0.0.1:1"


def test_help_prefers_the_environment_variable() -> None:
    assert "prefer SESSION_API_KEY" in " ".join(cli.parser().format_help().split())


def test_the_flag_warns_once_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--api-key", "k1", "--url", UNREACHABLE, "info", "--api-key", "k2"]
    assert cli.main(argv) == cli.EXIT_SERVER
    err = capsys.readouterr().err
    assert err.count(KEY_FLAG_WARNING) == 1
    assert "k1" not in err and "k2" not in err


def test_the_environment_variable_does_not_warn(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SESSION_API_KEY", "k1")
    assert cli.main(["--url", UNREACHABLE, "info"]) == cli.EXIT_SERVER
    assert "--api-key" not in capsys.readouterr().err


def _unverified() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _tls_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and "TLS verification is off" in r.getMessage()
    ]


@pytest.mark.parametrize("verify", [False, _unverified()], ids=["False", "context"])
def test_verification_off_warns_once_per_client(
    caplog: pytest.LogCaptureFixture, verify: bool | ssl.SSLContext
) -> None:
    with AgentServer("https://user:pw@agents.example:8443", verify=verify):
        pass
    with AgentServer("https://agents.example", verify=verify):
        pass
    warnings = _tls_warnings(caplog)
    assert (
        warnings
        == [
            "TLS verification is off for agents.example: anyone on the network path can read the "
            "session key and answer as the server"
        ]
        * 2
    )
    assert "pw" not in caplog.text


async def test_verification_on_or_plain_http_does_not_warn(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with (
        AsyncAgentServer("https://agents.example"),
        AsyncAgentServer(UNREACHABLE, verify=False),
    ):
        pass
    assert _tls_warnings(caplog) == []
