"""The HTTP side of a server connection, shared by a server object and its conversations."""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import httpx

from openhands_api.client import AuthenticatedClient

from ._http import ensure_open
from ._options import (
    DEFAULT_MAX_MESSAGE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ClientOptions,
    Verify,
    check_headers,
    check_max_message_size,
    check_max_retries,
    user_agent,
)
from ._retries import send_with_retries
from ._terminal_text import redact_url
from ._user_client import client_ssl_context, through
from .errors import MessageTooLargeError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

logger = logging.getLogger("openhands_client.connection")
T = TypeVar("T")

UNBOUNDED = "openhands_client.unbounded"
"""Request extension: a transfer streamed from or to disk, not buffered: its response has no
size bound, and it keeps its own deadline (not a REST call's)."""


def normalize_base_url(url: str) -> str:
    """Validate an ``http(s)://host[:port][/prefix]`` URL and strip its trailing slash."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"server URL must be http(s)://host[:port], got {redact_url(url)!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"server URL must not carry a query or fragment: {redact_url(url)!r}")
    return url.rstrip("/")


def without_credentials(base_url: str) -> tuple[str, httpx.BasicAuth | None]:
    """``base_url`` without its ``user:password@``, and the HTTP Basic auth that sends them
    (as httpx would from the URL, which would also keep them in the URL it logs)."""
    url = httpx.URL(base_url)
    if not url.userinfo:
        return base_url, None
    bare = str(url.copy_with(username=None, password=None)).rstrip("/")
    return bare, httpx.BasicAuth(url.username, url.password)


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


def check_api_key(api_key: object) -> None:
    """Raise TypeError/ValueError for a key that cannot be sent; the message never shows it."""
    if api_key is None:
        return
    if not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str or None, not {type(api_key).__name__}")
    if not api_key:
        raise ValueError("api_key must be a non-empty string or None")
    if api_key != api_key.strip():
        raise ValueError(
            "api_key has leading or trailing whitespace (a newline read from a file?): strip it"
        )
    if not all(" " <= c <= "~" for c in api_key):
        raise ValueError("api_key may hold only printable ASCII characters")


def ssl_context(base_url: str, verify: Verify) -> ssl.SSLContext | None:
    """The one TLS context of REST and the socket for ``verify``; None for an http:// URL."""
    if not isinstance(verify, (bool, str, os.PathLike, ssl.SSLContext)):
        raise TypeError(
            f"verify must be a bool, a CA bundle path or an ssl.SSLContext, "
            f"not {type(verify).__name__}"
        )
    if urlsplit(base_url).scheme != "https":
        return None
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, bool):
        return httpx.create_ssl_context(verify=verify)
    path = os.fspath(verify)
    try:
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        return ssl.create_default_context(cafile=path)
    except OSError as exc:  # ssl.SSLError too: not a PEM file
        raise ValueError(f"verify: cannot load CA certificates from {path!r}: {exc}") from None


class _BoundedStream(httpx.AsyncByteStream):
    """A response body that raises :class:`MessageTooLargeError` past ``limit`` bytes."""

    def __init__(self, stream: httpx.AsyncByteStream, limit: int, what: str) -> None:
        self._stream, self._limit, self._what = stream, limit, what

    async def __aiter__(self) -> AsyncIterator[bytes]:
        received = 0
        async for chunk in self._stream:
            received += len(chunk)
            if received > self._limit:
                raise MessageTooLargeError(f"{self._what}: response body over {self._limit} bytes")
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _bound_responses(limit: int) -> Callable[[httpx.Response], Awaitable[None]]:
    async def hook(response: httpx.Response) -> None:
        request = response.request
        if request.extensions.get(UNBOUNDED):
            return
        what = f"{request.method} {request.url.path}"
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            await response.aclose()
            raise MessageTooLargeError(f"{what}: response body of {length} bytes over {limit}")
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _BoundedStream(response.stream, limit, what)

    return hook


if sys.version_info >= (3, 11):

    async def within(answer: Awaitable[T], seconds: float) -> T:
        """Await ``answer``; ``asyncio.TimeoutError`` once ``seconds`` have passed."""
        async with asyncio.timeout(seconds):
            return await answer

else:

    async def within(answer: Awaitable[T], seconds: float) -> T:
        """Await ``answer``; ``asyncio.TimeoutError`` once ``seconds`` have passed."""
        return await asyncio.wait_for(answer, seconds)


def _overall(request: httpx.Request) -> float | None:
    """The longest of the request's httpx timeouts: the most its whole call may take."""
    timeouts = request.extensions.get("timeout")
    values = timeouts.values() if isinstance(timeouts, Mapping) else ()
    seconds = [value for value in values if isinstance(value, (int, float))]
    return max(seconds) if seconds else None


class _WholeCallClient(httpx.AsyncClient):
    """An httpx client whose every call ends within its timeout, whole, and is sent again
    after a refusal as ``max_retries`` says (see :mod:`._retries`).

    httpx's timeouts bound each read: a server trickling its answer a byte at a time would
    hold a call forever. Here a call (sent, answered and, unless streamed, read) that takes
    longer than the longest of its timeouts fails with :class:`httpx.ReadTimeout`. Transfers
    (:data:`UNBOUNDED`) keep their own deadline.
    """

    def __init__(self, *, max_retries: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.max_retries = max_retries

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        return await send_with_retries(
            lambda: self._send_once(request, **kwargs), request, self.max_retries
        )

    async def _send_once(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        overall = None if request.extensions.get(UNBOUNDED) else _overall(request)
        if overall is None:
            return await super().send(request, **kwargs)
        try:
            return await within(super().send(request, **kwargs), overall)
        except asyncio.TimeoutError:
            message = f"no whole answer within {overall:g} s (the call's timeout)"
            raise httpx.ReadTimeout(message, request=request) from None


SyncRunner = Callable[[Coroutine[Any, Any, httpx.Response]], httpx.Response]
"""Runs a coroutine on the loop that owns the pool and returns its result (``Portal.call``)."""


# A body handed on decoded loses the headers that described its encoding on the wire.
_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class _ThroughPool(httpx.BaseTransport):
    """The generated client's ``sync()`` calls, sent through the server's async pool: its
    connections, TLS, ``transport=``, size limit and closing are theirs too."""

    def __init__(self, http: httpx.AsyncClient, run: SyncRunner | None) -> None:
        self._http, self._run = http, run

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._run is None:
            raise RuntimeError(
                "AsyncAgentServer.api makes the generated async calls (asyncio(), "
                "asyncio_detailed()); for sync() and sync_detailed() use AgentServer(...).api"
            )
        return self._run(self._send(request))

    async def _send(self, request: httpx.Request) -> httpx.Response:
        ensure_open(self._http)
        response = await self._http.send(request)  # read whole, within max_message_size
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in _ENCODING_HEADERS
        ]
        extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
        return httpx.Response(
            response.status_code, headers=headers, content=response.content, extensions=extensions
        )


def sync_client(http: httpx.AsyncClient, run: SyncRunner | None) -> httpx.Client:
    """The generated client's synchronous side: each request goes through ``http`` by ``run``
    (on the loop that owns ``http``); with ``run=None`` (an async server) each call raises."""
    return httpx.Client(
        base_url=http.base_url,
        headers=http.headers,
        timeout=http.timeout,
        transport=_ThroughPool(http, run),
        trust_env=False,
    )


class _ClosingStream(httpx.AsyncByteStream):
    """A 5xx response's body: once it is read, its connection is closed, never reused.

    After an unhandled exception the server answers 500, then resets that keep-alive
    connection; a request sent on it meanwhile would fail although the server never saw it.
    Closing the socket before the connection returns to the pool makes the pool drop it.
    """

    def __init__(self, stream: httpx.AsyncByteStream, network_stream: Any) -> None:
        self._stream, self._network_stream = stream, network_stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._network_stream.aclose()
        finally:
            await self._stream.aclose()


async def _no_reuse_after_server_error(response: httpx.Response) -> None:
    network_stream = response.extensions.get("network_stream")
    if response.status_code >= 500 and network_stream is not None:
        assert isinstance(response.stream, httpx.AsyncByteStream)
        response.stream = _ClosingStream(response.stream, network_stream)


@dataclass(repr=False)
class Connection:
    """Base URL, key, size limit, TLS context, socket headers and pooled HTTP client; the key
    only in a header."""

    base_url: str
    api_key: str | None
    http: httpx.AsyncClient
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE
    ssl_context: ssl.SSLContext | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    """Sent with the socket handshake as with every REST request: the User-Agent and
    ``default_headers`` (never the key)."""
    api: AuthenticatedClient = field(init=False)

    def __post_init__(self) -> None:
        # The key goes in X-Session-API-Key (not the generator's "Authorization: Bearer").
        # Every call goes through ``http``: the sync ones only once a sync server serves them.
        self.api = (
            AuthenticatedClient(
                base_url=without_credentials(self.base_url)[0],  # shown in its repr
                token=self.api_key or "",
                prefix="",
                auth_header_name="X-Session-API-Key",
                timeout=self.http.timeout,
            )
            .set_async_httpx_client(self.http)
            .set_httpx_client(sync_client(self.http, None))
        )

    @classmethod
    def open(
        cls, base_url: str, api_key: str | None, **options: Unpack[ClientOptions]
    ) -> Connection:
        """Create the pooled HTTP client for ``base_url``; bad options raise here."""
        check_api_key(api_key)
        max_message_size = check_max_message_size(
            options.get("max_message_size", DEFAULT_MAX_MESSAGE_SIZE)
        )
        max_retries = check_max_retries(options.get("max_retries", DEFAULT_MAX_RETRIES))
        headers = {"User-Agent": user_agent(), **check_headers(options.get("default_headers", {}))}
        transport = options.get("transport")
        http_client = options.get("http_client")
        if http_client is not None:
            if transport is not None:
                raise ValueError("pass transport= or http_client=, not both")
            transport = through(http_client)
        context = ssl_context(base_url, options.get("verify", True))
        if http_client is not None and "verify" not in options and context is not None:
            context = client_ssl_context(http_client) or context  # the socket's, as REST's
        if context is not None and (
            context.verify_mode == ssl.CERT_NONE or not context.check_hostname
        ):
            logger.warning(
                "TLS verification is off for %s: anyone on the network path can read the "
                "session key and answer as the server",
                urlsplit(base_url).hostname,
            )
        bare_url, auth = without_credentials(base_url)
        http = _WholeCallClient(
            max_retries=max_retries,
            base_url=bare_url,
            auth=auth,
            headers={**headers, **({"X-Session-API-Key": api_key} if api_key else {})},
            timeout=options.get("timeout", DEFAULT_TIMEOUT),
            transport=transport,
            # An http:// client never makes a TLS connection (redirects are not followed):
            # a context trusting nothing spares httpx loading the CA bundle (~20 ms).
            verify=context or ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50),
            event_hooks={
                "request": [_OneLoop()],
                "response": [
                    _bound_responses(max_message_size),
                    _no_reuse_after_server_error,
                ],
            },
        )
        return cls(base_url, api_key, http, max_message_size, context, headers)

    def __repr__(self) -> str:
        key = "***" if self.api_key else None
        return f"Connection({redact_url(self.base_url)!r}, api_key={key})"
