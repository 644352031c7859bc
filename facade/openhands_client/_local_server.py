"""AsyncLocalServer: ``openhands-agent-server`` as a child process on a free loopback port."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from . import _checks
from ._process_tree import reap
from ._provider import AsyncServerProvider, ServerEndpoint
from ._provider_options import LocalServerOptions
from .errors import ProviderError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack

# Inherited variables that would configure the child server from the caller's environment.
_DROPPED_ENV_PREFIXES = ("OH_", "OPENHANDS_", "SESSION_API_KEY")


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def new_secret_key() -> str:
    """A random ``OH_SECRET_KEY`` the server can use on every ``cryptography`` version.

    The server derives its Fernet key as the *standard* base64 of the key's SHA-256;
    ``cryptography`` 51 and later reject one with ``+`` or ``/`` in it (about 74% of keys):
    draw until the derived key is also url-safe.
    """
    while True:
        key = secrets.token_urlsafe(32)
        derived = base64.b64encode(hashlib.sha256(key.encode()).digest())
        if b"+" not in derived and b"/" not in derived:
            return key


def interpreter(python: str | os.PathLike[str] | None) -> str:
    """The Python to run the server with: ``python`` itself, a venv directory's
    ``bin/python``, or (``None``) this process's interpreter."""
    if python is None:
        return sys.executable
    path = Path(python)
    if path.is_dir():
        path = path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not path.is_file():
        raise ValueError(f"no Python interpreter at {path}")
    return str(path)


def _remove_browser_download_dirs(since: float) -> None:
    """Remove the empty ``/tmp/browser-use-downloads-*`` dirs made since ``since`` (the
    server's ``browser_use`` import makes one at that hard-coded path on every start)."""
    for path in Path(tempfile.gettempdir()).glob("browser-use-downloads-*"):
        try:
            if path.stat().st_mtime >= since - 1:
                path.rmdir()  # only ever succeeds on an empty directory
        except OSError:
            continue


def _end(process: subprocess.Popen[bytes], tmux_dir: str, started_at: float) -> None:
    """SIGKILL what a server left running (garbage collection, interpreter exit)."""
    if process.poll() is None:
        reap(process, signal.SIGKILL, 0.0)
    shutil.rmtree(tmux_dir, ignore_errors=True)
    _remove_browser_download_dirs(started_at)


class AsyncLocalServer(AsyncServerProvider):
    """``openhands-agent-server`` run by ``python`` (an interpreter or a venv directory;
    default: this one) on 127.0.0.1, in ``workdir`` (default: a new temporary directory,
    kept after :meth:`stop` with the server's state and its log ``server.log``).

    The server gets a generated session key (``api_key``; ``require_key=False`` for none)
    and a generated ``OH_SECRET_KEY`` (``secret_key``: pass the same one to a later server
    on the same ``workdir`` to decrypt what it stored); ``max_concurrent_runs`` and
    ``environment`` add to its environment, from which the caller's ``OH_*``,
    ``OPENHANDS_*`` and ``SESSION_API_KEY`` variables are dropped. It runs in its own
    process group with ``HOME`` inside ``workdir``; :meth:`stop` (SIGTERM, then SIGKILL after
    ``grace``), :meth:`kill`, garbage collection and interpreter exit end it and everything
    it started. The port is chosen once: a server started again after :meth:`stop` keeps its
    URL, its key and its conversations. ``options`` are those of :class:`LocalServerOptions`,
    checked here.
    """

    def __init__(
        self,
        python: str | os.PathLike[str] | None = None,
        **options: Unpack[LocalServerOptions],
    ) -> None:
        _checks.keywords(options, LocalServerOptions.__optional_keys__, "AsyncLocalServer()")
        port = options.get("port")
        if port is not None and not 0 < port < 65536:
            raise ValueError(f"port must be in 1..65535, got {port}")
        max_concurrent_runs = options.get("max_concurrent_runs")
        if max_concurrent_runs is not None and max_concurrent_runs < 1:
            raise ValueError(f"max_concurrent_runs must be at least 1, got {max_concurrent_runs}")
        ready_timeout = options.get("ready_timeout", 120.0)
        if ready_timeout <= 0:
            raise ValueError(f"ready_timeout must be positive, got {ready_timeout}")
        api_key, require_key = options.get("api_key"), options.get("require_key", True)
        if api_key is not None and not require_key:
            raise ValueError("api_key was given with require_key=False")
        workdir = options.get("workdir")
        self.python = interpreter(python)
        self.workdir = Path(
            workdir if workdir is not None else tempfile.mkdtemp(prefix="openhands-server-")
        ).resolve()
        self.port = port or free_port()
        self.api_key = api_key if api_key is not None or not require_key else _session_key()
        self.secret_key = options.get("secret_key") or new_secret_key()
        self.max_concurrent_runs = max_concurrent_runs
        self.environment = dict(options.get("environment") or {})
        self.ready_timeout = ready_timeout
        self.log_path = self.workdir / "server.log"
        self._process: subprocess.Popen[bytes] | None = None
        # Called once: removes what the server left behind (a weakref.finalize, also run at GC).
        self._finalizer: Callable[[], object] | None = None

    @property
    def url(self) -> str:
        """The server's base URL (fixed at construction)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self) -> ServerEndpoint | None:
        """The endpoint while the server process runs."""
        return ServerEndpoint(self.url, self.api_key) if self.pid is not None else None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs (``None`` once it exited)."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def server_environment(self, tmux_dir: str) -> dict[str, str]:
        """The child's environment: this one's without ``OH_*`` settings, plus the server's."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(_DROPPED_ENV_PREFIXES)}
        env.update(
            HOME=str(self.workdir / "home"),
            TMUX_TMPDIR=tmux_dir,
            OH_SECRET_KEY=self.secret_key,
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
        if self.max_concurrent_runs is not None:
            env["OH_MAX_CONCURRENT_RUNS"] = str(self.max_concurrent_runs)
        env.update(self.environment)
        return env

    async def start(self, timeout: float | None = None) -> ServerEndpoint:
        """Launch the server and wait until ``GET /ready`` answers 200 (at most ``timeout``
        seconds, default ``ready_timeout``); raise :class:`ProviderError` with the log's
        tail if it exits or is not ready by then (it is stopped first)."""
        if self._process is not None and self._process.poll() is None:
            raise ProviderError(f"the agent server on {self.url} is already running")
        (self.workdir / "home").mkdir(parents=True, exist_ok=True)
        tmux_dir = tempfile.mkdtemp(prefix="oh-tmux-")  # tmux needs a short path
        started_at = time.time()
        command = [self.python, "-m", "openhands.agent_server", "--host", "127.0.0.1"]
        with self.log_path.open("ab") as log:
            log.write(f"=== {datetime.now().isoformat()} start on port {self.port}\n".encode())
            log.flush()
            self._process = process = subprocess.Popen(
                [*command, "--port", str(self.port)],
                cwd=self.workdir,
                env=self.server_environment(tmux_dir),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._finalizer = weakref.finalize(self, _end, process, tmux_dir, started_at)
        try:
            await self._wait_ready(process, self.ready_timeout if timeout is None else timeout)
        except BaseException:
            await self.kill()
            raise
        return ServerEndpoint(self.url, self.api_key)

    async def _wait_ready(self, process: subprocess.Popen[bytes], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=2.0) as client:
            while True:
                code = process.poll()
                if code is not None:
                    raise ProviderError(f"agent server exited with {code}\n{self.log_tail()}")
                try:
                    if (await client.get(f"{self.url}/ready")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise ProviderError(
                        f"agent server not ready after {timeout:g} s\n{self.log_tail()}"
                    )
                await asyncio.sleep(0.1)

    async def stop(self, grace: float = 5.0) -> None:
        """SIGTERM the server, SIGKILL it after ``grace`` seconds; reap it and all it started."""
        await self._terminate(signal.SIGTERM, grace)

    async def kill(self) -> None:
        """SIGKILL the server and all it started at once, as a crash would."""
        await self._terminate(signal.SIGKILL, 0.0)

    async def _terminate(self, sig: signal.Signals, grace: float) -> None:
        process, self._process = self._process, None
        finalizer, self._finalizer = self._finalizer, None
        if process is not None:
            await asyncio.to_thread(reap, process, sig, grace)
        if finalizer is not None:
            finalizer()  # the group is gone: removes the tmux and download directories

    def log_text(self) -> str:
        """Everything the server has logged, across restarts."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 40) -> str:
        """The last ``lines`` lines of the log, for error messages."""
        return "\n".join(self.log_text().splitlines()[-lines:])

    def __repr__(self) -> str:
        state = f"pid {self.pid}" if self.pid is not None else "stopped"
        return f"AsyncLocalServer({self.url!r}, {state}, workdir={str(self.workdir)!r})"


def _session_key() -> str:
    """A random session key: url-safe, so it needs no quoting anywhere."""
    return secrets.token_urlsafe(24)
