"""The HTTP side of a server connection, shared by a server object and its conversations."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from openhands_api.client import AuthenticatedClient

DEFAULT_TIMEOUT = httpx.Timeout(30.0, read=600.0)
"""Generous read timeout: ask_agent and condense wait on a (possibly slow) LLM call."""


def normalize_base_url(url: str) -> str:
    """Validate an ``http(s)://host[:port][/prefix]`` URL and strip its trailing slash."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"server URL must be http(s)://host[:port], got {url!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"server URL must not carry a query or fragment: {url!r}")
    return url.rstrip("/")


class _OneLoop:
    """An httpx request hook: every request of one client must come from one event loop.

    Its pooled connections belong to the loop that opened them: an async client reused in a
    second ``asyncio.run()`` would otherwise fail deep inside anyio ("Event loop is closed").
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None

    async def __call__(self, request: httpx.Request) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise RuntimeError(
                "this AsyncAgentServer was first used in another event loop (an earlier "
                "asyncio.run()?): an async client belongs to one loop. Create it inside the "
                "coroutine that uses it (`async with AsyncAgentServer(...)` in your main()), "
                "or use AgentServer from synchronous code"
            )


@dataclass(repr=False)
class Connection:
    """Base URL, key and pooled HTTP clients. The key travels only in a header."""

    base_url: str
    api_key: str | None
    http: httpx.AsyncClient
    api: AuthenticatedClient = field(init=False)

    def __post_init__(self) -> None:
        self.api = AuthenticatedClient(base_url=self.base_url, token="").set_async_httpx_client(
            self.http
        )

    @classmethod
    def open(
        cls,
        base_url: str,
        api_key: str | None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> Connection:
        """Create the pooled HTTP client for ``base_url``."""
        if api_key is not None and not api_key:
            raise ValueError("api_key must be a non-empty string or None")
        headers = {"X-Session-API-Key": api_key} if api_key else {}
        http = httpx.AsyncClient(
            base_url=base_url,
            headers=headers,
            timeout=timeout,
            transport=transport,
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
            event_hooks={"request": [_OneLoop()]},
        )
        return cls(base_url, api_key, http)

    def __repr__(self) -> str:
        return f"Connection({self.base_url!r}, api_key={'***' if self.api_key else None})"
