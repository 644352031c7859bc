"""A local stand-in for the OpenHands Runtime API, to test provisioning code offline.

:class:`RuntimeAPIStandIn` serves, on 127.0.0.1, the calls
:class:`~openhands_client.providers.AsyncRuntimeAPIServer` makes (upstream's
``APIRemoteWorkspace`` calls): ``POST /start``, ``GET /sessions/{session_id}``, ``POST
/pause``, ``/resume`` and ``/stop``, each requiring the ``X-API-Key`` header. Each runtime's
"agent server" is the stand-in itself (``{url}/runtimes/{id}``, answering ``/health``), or
whatever ``launch`` returns. It records every request (:attr:`requests`) and can be told to
fail (:attr:`fail_next`, :attr:`pod_status`). It only needs the standard library.

The real Runtime API (``https://runtime.all-hands.dev``) was not reachable where this
client was built: the stand-in follows upstream's client code, not the service itself.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Launch = Callable[[str, dict[str, Any]], tuple[str, str | None]]
"""``launch(runtime_id, start_body)`` → the runtime's agent-server URL and session key."""


class RuntimeAPIStandIn:
    """The stand-in; ``with`` starts and stops it. ``api_key`` is the key it requires;
    a new runtime reports ``pod_status`` ``pending`` for its first ``pending_polls``
    session reads, then ``ready``."""

    def __init__(
        self, api_key: str = "runtime-key", *, pending_polls: int = 1, launch: Launch | None = None
    ) -> None:
        self.api_key = api_key
        self.pending_polls = pending_polls
        self.launch = launch
        self.requests: list[tuple[str, str, Any]] = []
        """Every request: (method, path, JSON body or None)."""
        self.runtimes: dict[str, dict[str, Any]] = {}
        """Runtimes by session id: ``runtime_id``, ``url``, ``session_api_key``, ``status``
        (``running`` or ``paused``), ``polls``, the ``start`` body."""
        self.fail_next: dict[str, tuple[int, Any]] = {}
        """Path → (status, JSON body) to answer the next request to that path with."""
        self.pod_status: str | None = None
        """If set, every session read reports this pod status (e.g. ``crashloopbackoff``)."""
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """The stand-in's base URL (started)."""
        assert self._server is not None, "not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> RuntimeAPIStandIn:
        """Serve on a free loopback port, from a daemon thread."""
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                stand_in._handle(self, "GET")

            def do_POST(self) -> None:
                stand_in._handle(self, "POST")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving (idempotent)."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> RuntimeAPIStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else None
        path = handler.path
        with self._lock:
            self.requests.append((method, path, body))
            status, answer = self._answer(method, path, body, handler.headers.get("X-API-Key"))
        data = json.dumps(answer).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _answer(self, method: str, path: str, body: Any, key: str | None) -> tuple[int, Any]:
        if path.startswith("/runtimes/") and path.endswith("/health"):
            return 200, {"status": "ok"}
        if key != self.api_key:
            return 401, {"detail": "invalid API key"}
        if path in self.fail_next:
            return self.fail_next.pop(path)
        if method == "GET" and path.startswith("/sessions/"):
            return self._session(path.removeprefix("/sessions/"))
        if method == "POST" and path == "/start":
            return self._start(body)
        if method == "POST" and path in ("/pause", "/resume", "/stop"):
            return self._change(path[1:], body)
        return 404, {"detail": "Not Found"}

    def _session(self, session_id: str) -> tuple[int, Any]:
        runtime = self.runtimes.get(session_id)
        if runtime is None:
            return 404, {"detail": f"session {session_id} not found"}
        runtime["polls"] += 1
        if self.pod_status is not None:
            pod = self.pod_status
        elif runtime["status"] == "paused":
            pod = "not found"
        else:
            pod = "pending" if runtime["polls"] <= self.pending_polls else "ready"
        return 200, {**self._public(runtime), "pod_status": pod, "restart_count": 0}

    def _start(self, body: Any) -> tuple[int, Any]:
        if not isinstance(body, dict) or not body.get("image") or not body.get("session_id"):
            return 422, {"detail": "image and session_id are required"}
        runtime_id = uuid.uuid4().hex[:12]
        url: str = f"{self.url}/runtimes/{runtime_id}"
        key: str | None = uuid.uuid4().hex
        if self.launch is not None:
            url, key = self.launch(runtime_id, body)
        runtime = {
            "runtime_id": runtime_id,
            "url": url,
            "session_api_key": key,
            "status": "running",
            "polls": 0,
            "start": body,
        }
        self.runtimes[body["session_id"]] = runtime
        return 201, self._public(runtime)

    def _change(self, action: str, body: Any) -> tuple[int, Any]:
        runtime_id = body.get("runtime_id") if isinstance(body, dict) else None
        for session_id, runtime in self.runtimes.items():
            if runtime["runtime_id"] == runtime_id:
                if action == "stop":
                    del self.runtimes[session_id]
                else:
                    runtime["status"] = "paused" if action == "pause" else "running"
                    runtime["polls"] = 0
                return 200, {"runtime_id": runtime_id, "status": action}
        return 404, {"detail": f"runtime {runtime_id} not found"}

    @staticmethod
    def _public(runtime: dict[str, Any]) -> dict[str, Any]:
        keys = ("runtime_id", "url", "session_api_key", "status")
        return {key: runtime[key] for key in keys}
