"""The synchronous twins of the server providers, run through a portal."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from ._local_server import AsyncLocalServer
from ._portal import Portal
from ._provider import AsyncServerProvider, ServerEndpoint
from ._provider_options import LocalServerOptions, RuntimeAPIOptions
from ._runtime_api import AsyncRuntimeAPIServer

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack

A = TypeVar("A", bound=AsyncServerProvider)
S = TypeVar("S", bound="ServerProvider[AsyncServerProvider]")


class ServerProvider(Generic[A]):
    """A server provider driven synchronously: the async provider ``async_provider``
    does the work on a background loop. ``with`` starts and stops it."""

    def __init__(self, provider: A) -> None:
        self.async_provider = provider
        self._portal = Portal()

    @property
    def endpoint(self) -> ServerEndpoint | None:
        """The running server's endpoint (see :attr:`AsyncServerProvider.endpoint`)."""
        return self.async_provider.endpoint

    def start(self) -> ServerEndpoint:
        """Provision the server, wait until it is ready, return its endpoint."""
        return self._portal.call(self.async_provider.start())

    def stop(self) -> None:
        """Stop the server (idempotent)."""
        self._portal.call(self.async_provider.stop())

    def pause(self) -> None:
        """Suspend the server, where the backend can."""
        self._portal.call(self.async_provider.pause())

    def resume(self) -> None:
        """Resume a paused server and wait until it is ready, where the backend can."""
        self._portal.call(self.async_provider.resume())

    def close(self) -> None:
        """Stop the server and this twin's background loop."""
        try:
            if not self._portal.closed:
                self.stop()
        finally:
            self._portal.stop()

    def __enter__(self: S) -> S:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalServer(ServerProvider[AsyncLocalServer]):
    """``openhands-agent-server`` as a local child process, driven synchronously.
    The arguments are :class:`AsyncLocalServer`'s (``options``: :class:`LocalServerOptions`)."""

    def __init__(
        self,
        python: str | os.PathLike[str] | None = None,
        **options: Unpack[LocalServerOptions],
    ) -> None:
        super().__init__(AsyncLocalServer(python, **options))

    @property
    def url(self) -> str:
        """The server's base URL (fixed at construction)."""
        return self.async_provider.url

    @property
    def api_key(self) -> str | None:
        """The server's session key (``None``: it takes requests without one)."""
        return self.async_provider.api_key

    @property
    def workdir(self) -> Path:
        """The server's directory: its state and ``server.log``."""
        return self.async_provider.workdir

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self.async_provider.pid

    def start(self, timeout: float | None = None) -> ServerEndpoint:
        """Launch the server and wait until it is ready (see :meth:`AsyncLocalServer.start`)."""
        return self._portal.call(self.async_provider.start(timeout))

    def stop(self, grace: float = 5.0) -> None:
        """SIGTERM the server, SIGKILL it after ``grace`` s; reap it and all it started."""
        self._portal.call(self.async_provider.stop(grace))

    def kill(self) -> None:
        """SIGKILL the server and all it started at once, as a crash would."""
        self._portal.call(self.async_provider.kill())

    def log_text(self) -> str:
        """Everything the server has logged, across restarts."""
        return self.async_provider.log_text()

    def log_tail(self, lines: int = 40) -> str:
        """The last ``lines`` lines of the log."""
        return self.async_provider.log_tail(lines)

    def __repr__(self) -> str:
        return repr(self.async_provider).replace("AsyncLocalServer", "LocalServer", 1)


class RuntimeAPIServer(ServerProvider[AsyncRuntimeAPIServer]):
    """An agent server in a Runtime API sandbox, driven synchronously. The arguments are
    :class:`AsyncRuntimeAPIServer`'s (``options``: :class:`RuntimeAPIOptions`)."""

    def __init__(
        self,
        runtime_api_url: str,
        runtime_api_key: str,
        *,
        server_image: str,
        **options: Unpack[RuntimeAPIOptions],
    ) -> None:
        super().__init__(
            AsyncRuntimeAPIServer(
                runtime_api_url, runtime_api_key, server_image=server_image, **options
            )
        )

    @property
    def session_id(self) -> str:
        """The Runtime API session the runtime belongs to."""
        return self.async_provider.session_id

    @property
    def runtime_id(self) -> str | None:
        """The runtime's id, once started or attached."""
        return self.async_provider.runtime_id

    def attach(self) -> bool:
        """Attach to the session's running or paused runtime; whether there was one."""
        return self._portal.call(self.async_provider.attach())

    def wait_until_alive(self, timeout: float | None = None) -> None:
        """Wait until the runtime's pod is ready and its server healthy."""
        self._portal.call(self.async_provider.wait_until_alive(timeout))

    def __repr__(self) -> str:
        return repr(self.async_provider).replace("AsyncRuntimeAPIServer", "RuntimeAPIServer", 1)
