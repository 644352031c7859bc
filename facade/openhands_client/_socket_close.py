"""What ends a session socket's connection: its close codes and refused handshakes, each a
final error (retrying cannot cure it) or a reason to retry."""

from __future__ import annotations

from ._terminal_text import printable
from .errors import (
    AgentServerError,
    AuthenticationError,
    MessageTooLargeError,
    NotFoundError,
    SocketRefusedError,
)

CLOSE_AUTH_FAILED = 4001
CLOSE_NOT_FOUND = 4004
CLOSE_TRY_AGAIN_LATER = 1013
CLOSE_MESSAGE_TOO_BIG = 1009
# The close reason (with 1013) of a session socket whose next event is over the server's frame
# limit (4 MiB): every resume from before that event fails the same way.
_FRAME_TOO_LARGE = "frame_too_large"
# Handshake answers worth retrying: the server (or a proxy before it) is starting or busy.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


def classify_close(exc: Exception) -> tuple[AgentServerError | None, float, str]:
    """(final error or None, backoff floor, reason) for a ``ConnectionClosed``: 4001/4004 and a
    frame over ``max_size`` (1009 sent) are final; 1013 retries no sooner than a second later."""
    from websockets.exceptions import ConnectionClosed

    assert isinstance(exc, ConnectionClosed)
    code = exc.rcvd.code if exc.rcvd is not None else None
    if code == CLOSE_AUTH_FAILED:
        return (
            AuthenticationError("event socket: authentication failed", status_code=code),
            0,
            "",
        )
    if code == CLOSE_NOT_FOUND:
        return NotFoundError("event socket: conversation not found", status_code=code), 0, ""
    if exc.sent is not None and exc.sent.code == CLOSE_MESSAGE_TOO_BIG:
        return (
            MessageTooLargeError(
                "event socket: a frame exceeded max_message_size",
                status_code=CLOSE_MESSAGE_TOO_BIG,
            ),
            0,
            "",
        )
    said = f" ({printable(exc.rcvd.reason)})" if exc.rcvd is not None and exc.rcvd.reason else ""
    floor = 1.0 if code == CLOSE_TRY_AGAIN_LATER else 0.0
    return None, floor, f"closed with code {code}{said}"


def is_oversized(exc: Exception) -> bool:
    """Whether a ``ConnectionClosed`` says the next event is too large for a frame."""
    rcvd = getattr(exc, "rcvd", None)
    return (
        rcvd is not None and rcvd.code == CLOSE_TRY_AGAIN_LATER and rcvd.reason == _FRAME_TOO_LARGE
    )


def refusal(status: int) -> AgentServerError:
    """The final error for a handshake answered ``status`` (not a WebSocket upgrade)."""
    if status in (401, 403):
        return AuthenticationError("event socket: handshake refused", status_code=status)
    if status in (404, 410):
        return NotFoundError(
            f"event socket: HTTP {status} on the socket path (wrong URL prefix?)",
            status_code=status,
        )
    if 300 <= status < 400:
        return SocketRefusedError(
            f"event socket: handshake redirected (HTTP {status}); redirects are not followed",
            status_code=status,
        )
    return SocketRefusedError(
        f"event socket: HTTP {status} instead of a WebSocket upgrade (a proxy without WebSocket"
        " support?)",
        status_code=status,
    )
