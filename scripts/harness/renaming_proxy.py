"""A loopback HTTP proxy that renames JSON fields in a server's answers: a server that breaks
its contract, made from a real one (for ``openhands-client doctor``'s contract tests).

Every JSON answer body has each key in ``renames`` renamed, at any depth; WebSocket upgrades
are piped through unchanged. One request per connection (``Connection: close``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Mapping
from typing import Any

import httpx

from harness.service import Service

_HOP_BY_HOP = {
    "connection",
    "content-length",
    "transfer-encoding",
    "keep-alive",
    "content-encoding",
}


def rename_keys(value: Any, renames: Mapping[str, str]) -> Any:
    """``value`` with every object key in ``renames`` renamed, recursively."""
    if isinstance(value, dict):
        return {renames.get(k, k): rename_keys(v, renames) for k, v in value.items()}
    if isinstance(value, list):
        return [rename_keys(v, renames) for v in value]
    return value


class RenamingProxy(Service):
    """Listens on a free port of 127.0.0.1 and forwards to ``upstream`` (``http://host:port``).

    Use as a context manager; ``url`` is the proxy's base URL.
    """

    def __init__(self, upstream: str, renames: Mapping[str, str]) -> None:
        self.upstream = upstream.rstrip("/")
        self.renames = dict(renames)
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._http: httpx.AsyncClient | None = None

    @property
    def url(self) -> str:
        """The proxy's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RenamingProxy:
        """Start listening (on the proxy's own thread and loop)."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    def stop(self) -> None:
        """Stop listening and end the proxy's thread."""
        if self._loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        self._http = httpx.AsyncClient(base_url=self.upstream, timeout=60)
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
        if self._http is not None:
            await self._http.aclose()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            headers = [tuple(x.strip() for x in line.split(":", 1)) for line in lines[1:] if line]
            names = {name.lower(): value for name, value in headers}
            if names.get("upgrade", "").lower() == "websocket":
                await self._pipe_upgrade(head, reader, writer)
                return
            body = await reader.readexactly(int(names.get("content-length", "0")))
            forwarded = {n: v for n, v in headers if n.lower() not in _HOP_BY_HOP | {"host"}}
            assert self._http is not None
            answer = await self._http.request(method, target, headers=forwarded, content=body)
            content = answer.content
            if answer.headers.get("content-type", "").startswith("application/json"):
                content = json.dumps(rename_keys(answer.json(), self.renames)).encode()
            out = [f"HTTP/1.1 {answer.status_code} {answer.reason_phrase}"]
            out += [f"{n}: {v}" for n, v in answer.headers.items() if n.lower() not in _HOP_BY_HOP]
            out += [f"content-length: {len(content)}", "connection: close", "", ""]
            writer.write("\r\n".join(out).encode("latin-1") + content)
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError, httpx.HTTPError, ValueError):
            pass
        finally:
            writer.close()

    async def _pipe_upgrade(
        self, head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        host, port = self.upstream.removeprefix("http://").split(":")
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        up_writer.write(head)

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError):
                while data := await source.read(1 << 16):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
