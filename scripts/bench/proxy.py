"""A TCP proxy to the agent server that a benchmark can cut, to make a client reconnect.

Run as ``python -m bench.proxy UPSTREAM_PORT`` (standard library only): it listens on a free
port of 127.0.0.1, prints that port, then obeys one command per stdin line, answering each
with one line, until stdin closes:

- ``cut``: abort every connection, as a network failure would; hold new ones.
- ``held``: how many new connections are being held.
- ``open``: forward again, held connections first; restart the byte counter.
- ``bytes``: bytes sent to clients since the last ``open``.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading


class CuttableProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.gate = asyncio.Event()
        self.gate.set()
        self.links: set[asyncio.StreamWriter] = set()
        self.held = 0
        self.bytes_down = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.gate.is_set():
            self.held += 1
            try:
                await self.gate.wait()
            finally:
                self.held -= 1
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.transport.abort()
            return
        link = {writer, up_writer}
        self.links |= link
        try:
            await asyncio.gather(
                self.pipe(reader, up_writer, down=False), self.pipe(up_reader, writer, down=True)
            )
        finally:
            self.links -= link
            for end in link:
                end.transport.abort()

    async def pipe(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, down: bool
    ) -> None:
        with contextlib.suppress(OSError, RuntimeError):
            while data := await reader.read(1 << 16):
                if down:
                    self.bytes_down += len(data)
                writer.write(data)
                await writer.drain()
            if writer.can_write_eof():
                writer.write_eof()

    def command(self, command: str) -> str:
        if command == "cut":
            self.gate.clear()
            for end in list(self.links):
                end.transport.abort()
            self.links.clear()
            return "ok"
        if command == "open":
            self.bytes_down = 0
            self.gate.set()
            return "ok"
        if command == "held":
            return str(self.held)
        if command == "bytes":
            return str(self.bytes_down)
        return f"unknown command {command!r}"


async def serve(upstream_port: int) -> None:
    proxy = CuttableProxy(upstream_port)
    server = await asyncio.start_server(proxy.handle, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    done = asyncio.Event()

    def read_commands() -> None:
        for line in sys.stdin:
            future = asyncio.run_coroutine_threadsafe(_call(proxy, line.strip()), loop)
            print(future.result(), flush=True)
        loop.call_soon_threadsafe(done.set)

    threading.Thread(target=read_commands, daemon=True).start()
    async with server:
        await done.wait()


async def _call(proxy: CuttableProxy, command: str) -> str:
    return proxy.command(command)


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
