"""A local socket server that replays recorded real events to clients, as fast as they read.

It speaks just enough of the agent server's API for a client to attach to the recorded
conversation: ``GET /api/conversations/{id}`` (the recorded info), an empty
``/events/search``, the legacy events socket ``/sockets/events/{id}`` (the reference client's),
which takes the auth frame, pushes the recorded ``full_state`` snapshot and then waits, and the
session socket ``/sockets/session/{id}`` (this client's), which answers the same with a
``sync`` frame for an empty log and the snapshot as a ``transient`` frame. ``GET
/_bench/replay/{id}`` sends every recorded event, one frame each (serialized once, up front:
bare on the legacy socket, as a ``durable`` frame with its ``seq`` on the session socket), to
every socket subscribed to ``{id}``, so that both clients get the very same events and the
server is never the bottleneck.

Run as ``python -m bench.replay_server EVENTS_JSON RECORDING_JSON``: prints its port, then
serves until stdin closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import logging
import sys
import threading
from typing import Any

from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response


def frame(event: Any) -> str:
    # As the agent server's socket sends them (Starlette's send_json).
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False)


class ReplayServer:
    def __init__(self, events: list[Any], recording: dict[str, Any]) -> None:
        self.info: dict[str, Any] = recording["info"]
        self.conversation_id = str(self.info["id"])
        self.full_state = frame(recording["full_state"])
        self.frames = [frame(event) for event in events]
        self.session_frames = [
            frame({"type": "durable", "seq": seq, "event": event})
            for seq, event in enumerate(events)
        ]
        self.subscribers: set[ServerConnection] = set()
        self.session: set[ServerConnection] = set()  # the subscribers on the session socket
        self.replays: set[asyncio.Task[None]] = set()

    def _json(self, connection: ServerConnection, status: int, body: Any) -> Response:
        response = connection.respond(http.HTTPStatus(status), "")
        headers = Headers(response.headers)
        del headers["Content-Type"]
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
        del headers["Content-Length"]
        headers["Content-Length"] = str(len(data))
        return Response(response.status_code, response.reason_phrase, headers, data)

    def process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?")[0]
        conversation = f"/api/conversations/{self.conversation_id}"
        if path in (
            f"/sockets/events/{self.conversation_id}",
            f"/sockets/session/{self.conversation_id}",
        ):
            return None  # the socket handshake proceeds
        if path == conversation:
            return self._json(connection, 200, self.info)
        if path == f"{conversation}/events/search":
            return self._json(connection, 200, {"items": [], "next_page_id": None})
        if path == f"{conversation}/events/count":
            return self._json(connection, 200, 0)
        if path == f"/_bench/replay/{self.conversation_id}":
            task = asyncio.get_running_loop().create_task(self.replay())
            self.replays.add(task)
            task.add_done_callback(self.replays.discard)
            return self._json(connection, 200, {"frames": len(self.frames)})
        return self._json(connection, 404, {"detail": "Not Found"})

    async def replay(self) -> None:
        await asyncio.gather(*(self._send_all(ws) for ws in list(self.subscribers)))

    async def _send_all(self, ws: ServerConnection) -> None:
        frames = self.session_frames if ws in self.session else self.frames
        with contextlib.suppress(ConnectionClosed):
            for frame in frames:
                await ws.send(frame)

    async def socket(self, ws: ServerConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(ws.recv(), 2.0)  # the auth frame
            assert ws.request is not None
            if ws.request.path.startswith("/sockets/session/"):
                self.session.add(ws)
                await ws.send(frame({"type": "sync", "from_seq": -1}))
                await ws.send(f'{{"type":"transient","event":{self.full_state}}}')
            else:
                await ws.send(self.full_state)
            self.subscribers.add(ws)
            try:
                async for _ in ws:
                    pass
            finally:
                self.subscribers.discard(ws)
                self.session.discard(ws)


async def main(events_path: str, recording_path: str) -> None:
    with open(events_path) as events_file, open(recording_path) as recording_file:
        replay = ReplayServer(json.load(events_file), json.load(recording_file))
    logging.getLogger("websockets").setLevel(logging.CRITICAL)
    loop = asyncio.get_running_loop()
    stopped = asyncio.Event()

    def wait_for_stdin_eof() -> None:
        sys.stdin.read()
        loop.call_soon_threadsafe(stopped.set)

    async with serve(
        replay.socket,
        "127.0.0.1",
        0,
        process_request=replay.process_request,
        max_size=None,  # offers permessage-deflate, as the agent server does
    ) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(port, flush=True)
        threading.Thread(target=wait_for_stdin_eof, daemon=True).start()
        await stopped.wait()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
