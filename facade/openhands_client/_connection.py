"""The HTTP side of a server connection, shared by a server object and its conversations."""

from __future__ import annotations

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


@dataclass(repr=False)
class Connection:
    """Base URL, key and pooled HTTP clients. The key travels only in a header."""

    base_url: str
    api_key: str | None
    http: httpx.AsyncClient
    api: AuthenticatedClient = field(init=False)

    def __post_init__(self) -> None:
        # The key goes in X-Session-API-Key (not the generator's "Authorization: Bearer"),
        # also on the sync httpx client the generated client creates for ``sync()`` calls.
        self.api = AuthenticatedClient(
            base_url=self.base_url,
            token=self.api_key or "",
            prefix="",
            auth_header_name="X-Session-API-Key",
            timeout=self.http.timeout,
        ).set_async_httpx_client(self.http)

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
        )
        return cls(base_url, api_key, http)

    def __repr__(self) -> str:
        return f"Connection({self.base_url!r}, api_key={'***' if self.api_key else None})"
