"""Floors: what the machine allows for the same work, without any client (``.venv``'s Python).

``python -m bench.floor MEASUREMENT '<json arguments>'``:

- ``attach``: page the conversation's events over REST with plain httpx and ``json.loads``,
  one page after another (arguments: url, api_key, conversation_id);
- ``ingest``: ``json.loads`` of the recorded frames, exactly as the replay server sends them
  (arguments: events_path);
- ``frame``: one WebSocket frame over loopback, from the server's send to the client's
  receive, median of many (arguments: frames).

The import floor (attrs + httpx + websockets in a fresh process) is ``bench.cold floor``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from bench.common import Args, arguments, emit


def measure_attach(args: Args) -> Args:
    import httpx

    path = f"/api/conversations/{args['conversation_id']}/events/search"
    headers = {"X-Session-API-Key": args["api_key"]}
    with httpx.Client(base_url=args["url"], headers=headers, timeout=120) as http:
        started, events, page_id = time.perf_counter(), 0, ""
        while True:
            params: dict[str, str | int] = {"limit": 100}
            if page_id:
                params["page_id"] = page_id
            page = json.loads(http.get(path, params=params).content)
            events += len(page["items"])
            page_id = page.get("next_page_id") or ""
            if not page_id:
                break
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "events": events}


def measure_ingest(args: Args) -> Args:
    from bench.replay_server import frame

    frames = [frame(event) for event in json.loads(Path(args["events_path"]).read_text())]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for data in frames:
            json.loads(data)
        best = min(best, time.perf_counter() - started)
    return {"events": len(frames), "seconds": best, "events_per_second": len(frames) / best}


def measure_frame(args: Args) -> Args:
    """Loopback WebSocket latency: a server thread sends its send time, the client reads it."""
    import asyncio
    import statistics
    import threading

    from websockets.asyncio.client import connect
    from websockets.sync.server import ServerConnection, serve

    count = int(args["frames"])

    def handler(connection: ServerConnection) -> None:
        for _ in range(count):
            connection.recv()  # paced by the client: one frame in flight
            connection.send(repr(time.perf_counter()))

    with serve(handler, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.socket.getsockname()[1]

        async def client() -> list[float]:
            delays = []
            async with connect(f"ws://127.0.0.1:{port}") as ws:
                for _ in range(count):
                    await ws.send("next")
                    sent = float(await ws.recv())
                    delays.append(time.perf_counter() - sent)
            return delays

        delays = asyncio.run(client())
        server.shutdown()
    return {"frames": count, "seconds": statistics.median(delays)}


MEASUREMENTS = {"attach": measure_attach, "ingest": measure_ingest, "frame": measure_frame}

if __name__ == "__main__":
    name, args = arguments()
    emit(MEASUREMENTS[name](args))
