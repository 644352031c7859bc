"""The user's own httpx client (``http_client=``) as the transport under the client's pool.

The request arrives built by the client's pool (its base URL, key, headers, timeout, size
limit, retries); the user's client sends it with its own transport, proxies, TLS, auth and
event hooks, never following a redirect. An ``httpx.Client`` (sync) sends from a worker
thread, the bodies both ways handed over chunk by chunk. Neither is closed here: its owner
closes it.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

# A response's network stream is for closing a connection after a server error; a sync one
# cannot be closed from the event loop: the pool decides on its own there.
_LOOP_ONLY_EXTENSIONS = frozenset({"network_stream"})


class _ThroughAsyncClient(httpx.AsyncBaseTransport):
    """Sends each request with the user's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._client.send(request, stream=True, follow_redirects=False)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=response.stream,
            extensions=response.extensions,
        )


class _BodyFromLoop(httpx.SyncByteStream):
    """A request body read in a worker thread: each chunk of the async body, from the loop."""

    def __init__(self, stream: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._stream, self._loop = stream, loop

    def __iter__(self) -> Iterator[bytes]:
        if isinstance(self._stream, httpx.SyncByteStream):  # in memory: bytes as they are
            yield from self._stream
            return
        chunks = self._stream.__aiter__()

        async def following() -> bytes | None:
            try:
                chunk: bytes = await chunks.__anext__()
            except StopAsyncIteration:
                return None
            return chunk

        while (
            chunk := asyncio.run_coroutine_threadsafe(following(), self._loop).result()
        ) is not None:
            yield chunk


class _BodyFromThread(httpx.AsyncByteStream):
    """A sync response's body, each chunk read in a worker thread."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # The raw stream (as the async client's is handed on): still encoded, and there
        # even when httpx read the body already (a mock's).
        stream = self._response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        chunks = iter(stream)
        while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
            yield chunk

    async def aclose(self) -> None:
        await asyncio.to_thread(self._response.close)


class _ThroughSyncClient(httpx.AsyncBaseTransport):
    """Sends each request with the user's ``httpx.Client``, from a worker thread."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sync_request = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            stream=_BodyFromLoop(request.stream, asyncio.get_running_loop()),
            extensions=request.extensions,
        )
        response = await asyncio.to_thread(
            self._client.send, sync_request, stream=True, follow_redirects=False
        )
        extensions = {
            k: v for k, v in response.extensions.items() if k not in _LOOP_ONLY_EXTENSIONS
        }
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_BodyFromThread(response),
            extensions=extensions,
        )


def through(client: object) -> httpx.AsyncBaseTransport:
    """The transport that sends with ``client`` (an ``httpx.AsyncClient`` or ``httpx.Client``);
    ``TypeError`` for anything else."""
    if isinstance(client, httpx.AsyncClient):
        return _ThroughAsyncClient(client)
    if isinstance(client, httpx.Client):
        return _ThroughSyncClient(client)
    raise TypeError(
        f"http_client must be an httpx.AsyncClient or httpx.Client, not {type(client).__name__}"
    )


def client_ssl_context(client: httpx.AsyncClient | httpx.Client) -> ssl.SSLContext | None:
    """The TLS context of ``client``'s default transport (``httpx.AsyncHTTPTransport`` or
    ``httpx.HTTPTransport``), for the event socket; None if it has another transport."""
    transport = getattr(client, "_transport", None)
    pool = getattr(transport, "_pool", None)
    context = getattr(pool, "_ssl_context", None)
    return context if isinstance(context, ssl.SSLContext) else None
