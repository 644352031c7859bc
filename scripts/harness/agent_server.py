"""Run the real ``openhands-agent-server`` as a subprocess for contract tests."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from harness.service import Service

REPO_ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY = "openhands-client-contract-tests"
_DROPPED_ENV_PREFIXES = ("OH_", "OPENHANDS_", "SESSION_API_KEY")


class AgentServerError(RuntimeError):
    """The agent server could not be started."""


def free_port() -> int:
    """A port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_python() -> str:
    """The interpreter that has ``openhands-agent-server`` installed."""
    python = os.environ.get("AGENT_SERVER_PYTHON") or str(REPO_ROOT / ".venv-server/bin/python")
    if not Path(python).is_file():
        raise AgentServerError(
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


def _descendants(pid: int) -> list[int]:
    """Every live descendant of ``pid``, from /proc (empty where there is none)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def _kill_all(pids: list[int]) -> None:
    for pid in pids:
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _reap(process: subprocess.Popen[bytes], sig: signal.Signals, grace: float) -> None:
    """Signal the process group, SIGKILL it after ``grace`` s, then everything it started."""
    offspring = _descendants(process.pid)
    with suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        _kill_all([process.pid])
        process.wait()
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    _kill_all(offspring)


def _remove_browser_download_dirs(since: float) -> None:
    """Remove the empty ``/tmp/browser-use-downloads-*`` dirs made since ``since``.

    The server's ``browser_use`` import makes one at a hard-coded /tmp path on every start.
    """
    for path in Path("/tmp").glob("browser-use-downloads-*"):
        try:
            if path.stat().st_mtime >= since - 1:
                path.rmdir()  # only ever succeeds on an empty directory
        except OSError:
            continue


class AgentServerProcess(Service):
    """One agent server on 127.0.0.1, its state and log (``server.log``) in ``workdir``.

    The port is chosen once and kept across restarts, so URLs stay valid. The server runs in its
    own process group, with ``HOME`` inside ``workdir`` and a short-lived ``TMUX_TMPDIR`` (tmux
    needs a short path), and nothing it starts outlives :meth:`stop` or :meth:`kill`.
    """

    def __init__(
        self,
        workdir: Path,
        *,
        api_key: str | None = None,
        port: int | None = None,
        python: str | None = None,
    ) -> None:
        self.workdir = Path(workdir).resolve()
        self.api_key = api_key
        self.port = port or free_port()
        self.python = python or server_python()
        self.log_path = self.workdir / "server.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._tmux_dir: str | None = None
        self._started_at = time.time()

    @property
    def url(self) -> str:
        """The server's base URL, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self._process is not None else None

    @property
    def headers(self) -> dict[str, str]:
        """The REST auth header, if the server has a key."""
        return {"X-Session-API-Key": self.api_key} if self.api_key is not None else {}

    def _environment(self, tmux_dir: str) -> dict[str, str]:
        """The server's environment: hermetic, offline, quiet, readable logs."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(_DROPPED_ENV_PREFIXES)}
        env.update(
            HOME=str(self.workdir / "home"),
            TMUX_TMPDIR=tmux_dir,
            OH_SECRET_KEY=SECRET_KEY,
            OH_ENABLE_VSCODE="false",
            OH_PRELOAD_TOOLS="false",
            OPENHANDS_SUPPRESS_BANNER="1",
            LITELLM_LOCAL_MODEL_COST_MAP="True",
            LOG_RICH_TRACEBACKS="false",
            COLUMNS="200",
            PYTHONUNBUFFERED="1",
        )
        if self.api_key is not None:
            env["SESSION_API_KEY"] = self.api_key
        return env

    def start(self, timeout: float = 60.0) -> AgentServerProcess:
        """Launch the server and wait until ``GET /ready`` answers 200."""
        if self._process is not None:
            raise AgentServerError(f"agent server already running on {self.url}")
        (self.workdir / "home").mkdir(parents=True, exist_ok=True)
        self._tmux_dir = tempfile.mkdtemp(prefix="oh-tmux-")
        self._started_at = time.time()
        command = [self.python, "-m", "openhands.agent_server", "--host", "127.0.0.1"]
        try:
            with self.log_path.open("ab") as log:
                log.write(f"=== {datetime.now().isoformat()} start on port {self.port}\n".encode())
                log.flush()
                self._process = subprocess.Popen(
                    [*command, "--port", str(self.port)],
                    cwd=self.workdir,
                    env=self._environment(self._tmux_dir),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self._wait_ready(self._process, timeout)
        except BaseException:
            self._terminate(signal.SIGKILL, 0.0)
            raise
        return self

    def _wait_ready(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while True:
                code = process.poll()
                if code is not None:
                    raise AgentServerError(f"agent server exited with {code}\n{self.log_tail()}")
                try:
                    if client.get(f"{self.url}/ready").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise AgentServerError(
                        f"agent server not ready after {timeout:g} s\n{self.log_tail()}"
                    )
                time.sleep(0.1)

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM the server, SIGKILL it after ``grace`` seconds; reap it and all it started."""
        self._terminate(signal.SIGTERM, grace)

    def kill(self) -> None:
        """SIGKILL the server at once, as a crash would."""
        self._terminate(signal.SIGKILL, 0.0)

    def restart(self, timeout: float = 60.0) -> AgentServerProcess:
        """Stop (gracefully) and start again on the same port and workdir."""
        self.stop()
        return self.start(timeout)

    def _terminate(self, sig: signal.Signals, grace: float) -> None:
        process, self._process = self._process, None
        if process is not None:
            _reap(process, sig, grace)
        if self._tmux_dir is not None:
            shutil.rmtree(self._tmux_dir, ignore_errors=True)
            self._tmux_dir = None
        _remove_browser_download_dirs(since=self._started_at)

    def log_text(self) -> str:
        """Everything the server has logged, across restarts."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the log, for error messages."""
        return "\n".join(self.log_text().splitlines()[-lines:])
