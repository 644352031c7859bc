"""The real ``openhands-agent-server`` for the contract tests, the demo and the bench: the
packaged :class:`openhands_client.providers.LocalServer`, with the tests' fixed secret key."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from harness.service import Service
from openhands_client._local_server import free_port
from openhands_client.providers import LocalServer

__all__ = ["AgentServerProcess", "agent_spec", "free_port", "server_python"]

REPO_ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY = "openhands-client-contract-tests"


def server_python() -> str:
    """The interpreter that has ``openhands-agent-server`` installed."""
    python = os.environ.get("AGENT_SERVER_PYTHON") or str(REPO_ROOT / ".venv-server/bin/python")
    if not Path(python).is_file():
        raise RuntimeError(
            f"no agent-server Python at {python}: run `make setup` (or set AGENT_SERVER_PYTHON)"
        )
    return python


def agent_spec(llm_base_url: str, script: str) -> dict[str, Any]:
    """The ``agent`` of a start-conversation request, driven by a ScriptedLLM script."""
    return {
        "kind": "Agent",
        "llm": {
            "model": f"openai/{script}",
            "base_url": llm_base_url,
            "api_key": "x",
            "usage_id": "agent",
        },
        "tools": [],
    }


class AgentServerProcess(Service):
    """One agent server on 127.0.0.1, its state and log (``server.log``) in ``workdir``:
    a :class:`LocalServer` without a session key unless ``api_key`` is given.

    The port is chosen once and kept across restarts, so URLs stay valid; nothing the
    server starts outlives :meth:`stop` or :meth:`kill`.
    """

    def __init__(
        self,
        workdir: Path,
        *,
        api_key: str | None = None,
        port: int | None = None,
        python: str | None = None,
        environment: dict[str, str] | None = None,
    ) -> None:
        self.local = LocalServer(
            python or server_python(),
            workdir=workdir,
            port=port,
            api_key=api_key,
            require_key=api_key is not None,
            secret_key=SECRET_KEY,
            environment=environment,
        )
        self.workdir = self.local.workdir
        self.api_key = api_key
        self.port = self.local.async_provider.port
        self.log_path = self.local.async_provider.log_path

    @property
    def url(self) -> str:
        """The server's base URL, without a trailing slash."""
        return self.local.url

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self.local.pid

    @property
    def headers(self) -> dict[str, str]:
        """The REST auth header, if the server has a key."""
        return {"X-Session-API-Key": self.api_key} if self.api_key is not None else {}

    def start(self, timeout: float = 60.0) -> AgentServerProcess:
        """Launch the server and wait until ``GET /ready`` answers 200."""
        self.local.start(timeout)
        return self

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM the server, SIGKILL it after ``grace`` seconds; reap it and all it started."""
        self.local.stop(grace)

    def kill(self) -> None:
        """SIGKILL the server at once, as a crash would."""
        self.local.kill()

    def restart(self, timeout: float = 60.0) -> AgentServerProcess:
        """Stop (gracefully) and start again on the same port and workdir."""
        self.stop()
        return self.start(timeout)

    def log_text(self) -> str:
        """Everything the server has logged, across restarts."""
        return self.local.log_text()

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the log, for error messages."""
        return self.local.log_tail(lines)
