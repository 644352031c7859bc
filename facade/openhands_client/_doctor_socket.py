"""Doctor's socket checks: first-frame auth, the close codes, replay with ``resend_mode=since``.

Each frame is checked as it comes and dropped; every read is bounded in frames and time.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from ._doctor_rest import NotJson, RestChecks, parse_json
from ._socket_close import CLOSE_AUTH_FAILED, CLOSE_MESSAGE_TOO_BIG, CLOSE_NOT_FOUND
from ._socket_open import open_socket
from ._socket_urls import socket_url
from .errors import AuthenticationError

SOCKET = "event socket"
_CLOSE_TIMEOUT = 1.0
"""Seconds to wait for the server's close frame once done with a socket."""
MAX_FRAMES = 100
"""The most frames read from one socket (a replay of the newest event takes a few): each is
checked as it comes and then dropped."""
_WRONG_KEY = "openhands-client-doctor-wrong-key"


class SocketChecks(RestChecks):
    """The event socket's checks, recorded in the same report as the REST ones."""

    async def socket_frames(
        self,
        url: str,
        api_key: str | None,
        want_id: str | None,
        on_frame: Callable[[int, Any], None] = lambda index, frame: None,
    ) -> int:
        """Connect, authenticate with a first frame, read until ``want_id`` arrives, the
        server closes or :data:`MAX_FRAMES` frames were read; how many were read. Each frame
        goes to ``on_frame`` with its index (:class:`NotJson` for one that is not JSON), and
        none is kept. Raises ConnectionClosed, InvalidStatus, TimeoutError."""
        count = 0

        async def read() -> None:
            nonlocal count
            connection = await open_socket(
                url,
                max_size=self.connection.max_message_size,
                ssl_context=self.connection.ssl_context,
                open_timeout=self.timeout,
                close_timeout=_CLOSE_TIMEOUT,
                headers=self.connection.headers,
                secret=api_key,
            )
            async with connection as ws:
                if api_key is not None:
                    await ws.send(json.dumps({"type": "auth", "session_api_key": api_key}))
                async for message in ws:
                    frame = parse_json(message)
                    del message
                    on_frame(count, frame)
                    count += 1
                    wanted = want_id is not None and _event_id(frame) == want_id
                    if wanted or count >= MAX_FRAMES:
                        return

        await asyncio.wait_for(read(), self.timeout)
        return count

    async def socket_close_code(self, api_key: str | None) -> str:
        """How the socket answers a conversation id that does not exist."""
        url = socket_url(self.url, uuid4(), None)
        try:
            count = await self.socket_frames(url, api_key, None)
        except ConnectionClosed as exc:
            return self.closed(exc)
        except InvalidStatus as exc:
            status = exc.response.status_code
            redirect = " (a redirect, not followed)" if 300 <= status < 400 else ""
            return f"HTTP {status} at the handshake{redirect}"
        except (OSError, TimeoutError, WebSocketException) as exc:
            return f"{type(exc).__name__} {exc}"
        if count >= MAX_FRAMES:
            return f"{count} frames, read no further"
        return f"{count} frames, then a clean close"

    def closed(self, exc: ConnectionClosed) -> str:
        """How the socket ended, as a report's ``got``."""
        if exc.sent is not None and exc.sent.code == CLOSE_MESSAGE_TOO_BIG:
            return f"a frame over max_message_size ({self.connection.max_message_size} bytes)"
        return f"close {exc.rcvd.code}" if exc.rcvd is not None else "a closed connection"

    async def socket_auth(self) -> None:
        """The socket refuses an unknown conversation, and a wrong first-frame key."""
        self.report.checked.append(SOCKET)
        got = await self.socket_close_code(self.api_key)
        if got == f"close {CLOSE_AUTH_FAILED}":
            raise AuthenticationError("event socket: authentication failed (is --api-key right?)")
        if got != f"close {CLOSE_NOT_FOUND}":
            self.mismatch(SOCKET, "/sockets/events/{unknown id}", f"close {CLOSE_NOT_FOUND}", got)
        if self.api_key is not None:
            got = await self.socket_close_code(_WRONG_KEY)
            if got != f"close {CLOSE_AUTH_FAILED}":
                expected = f"close {CLOSE_AUTH_FAILED} for a wrong first-frame key"
                self.mismatch(SOCKET, "first frame auth", expected, got)

    async def socket_replay(self, conversation_id: UUID, since: datetime, want_id: str) -> None:
        """The socket replays ``want_id`` (sent at ``since``), every frame a valid event."""
        self.report.checked.append(f"{SOCKET} replay")
        url = socket_url(self.url, conversation_id, since)
        where = f"/sockets/events/{conversation_id}?resend_mode=since"
        event_schema = {"$ref": "#/components/schemas/Event"}
        found = False

        def check_frame(index: int, frame: Any) -> None:
            nonlocal found
            if isinstance(frame, NotJson):
                self.mismatch(SOCKET, f"$frame[{index}]", "a JSON event", str(frame))
            else:
                self.validate(SOCKET, frame, event_schema, f"$frame[{index}]")
            found = found or _event_id(frame) == want_id

        try:
            count = await self.socket_frames(url, self.api_key, want_id, check_frame)
        except ConnectionClosed as exc:
            self.mismatch(SOCKET, where, f"a replay of event {want_id}", self.closed(exc))
            return
        except (OSError, TimeoutError, WebSocketException) as exc:
            self.mismatch(
                SOCKET, where, f"a replay of event {want_id}", f"{type(exc).__name__} {exc}"
            )
            return
        if not found:
            got = f"{count} frames without it"
            self.mismatch(SOCKET, where, f"a replay of event {want_id}", got)


def _event_id(frame: Any) -> str | None:
    return str(frame["id"]) if isinstance(frame, dict) and "id" in frame else None


__all__ = ["MAX_FRAMES", "SOCKET", "SocketChecks"]
