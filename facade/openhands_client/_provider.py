"""What every server provider has: start → endpoint (URL + session key) → ready → stop."""

from __future__ import annotations

import abc
from typing import TypeVar

import attrs

from ._terminal_text import redact_url
from .errors import ProviderError

P = TypeVar("P", bound="AsyncServerProvider")


@attrs.frozen
class ServerEndpoint:
    """Where a started agent server answers: its base URL and session key (``None``: the
    server takes requests without one). The key is never shown in the repr."""

    url: str
    """The server's base URL, without a trailing slash."""
    api_key: str | None = attrs.field(default=None, repr=False)
    """The session key the server requires (``X-Session-API-Key``), if any."""

    def __repr__(self) -> str:
        return f"ServerEndpoint({redact_url(self.url)!r})"


class AsyncServerProvider(abc.ABC):
    """One agent server that this process provisions: :meth:`start` returns its endpoint
    once it answers ``/ready`` (or ``/health``), :meth:`stop` ends it (idempotent).
    ``async with`` starts and stops it. Backends that can suspend a server also implement
    :meth:`pause` and :meth:`resume`; the others raise :class:`ProviderError`.
    """

    @property
    @abc.abstractmethod
    def endpoint(self) -> ServerEndpoint | None:
        """The running server's endpoint; ``None`` before :meth:`start` and after :meth:`stop`."""

    @abc.abstractmethod
    async def start(self) -> ServerEndpoint:
        """Provision the server, wait until it is ready, and return its endpoint."""

    @abc.abstractmethod
    async def stop(self) -> None:
        """Stop the server and release what it holds (idempotent)."""

    async def pause(self) -> None:
        """Suspend the server, keeping its state (only where the backend can)."""
        raise ProviderError(f"{type(self).__name__} cannot pause its server")

    async def resume(self) -> None:
        """Resume a paused server and wait until it is ready (only where the backend can)."""
        raise ProviderError(f"{type(self).__name__} cannot resume its server")

    async def __aenter__(self: P) -> P:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
