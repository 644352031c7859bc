"""The event channel's connection state, as the client publishes it."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime


class SocketStatus(str, enum.Enum):
    """Where the conversation's event socket is."""

    CONNECTING = "connecting"
    """The first connection is being made."""
    CONNECTED = "connected"
    """Open and authenticated: frames flow."""
    RECONNECTING = "reconnecting"
    """Down; the next attempt is at :attr:`ConnectionState.retry_at`."""
    CLOSED = "closed"
    """Closed for good: by the client, or refused (:attr:`ConnectionState.reason` says which)."""


@dataclass(frozen=True)
class ConnectionState:
    """One state of the event socket: its ``status``, why it is there (``reason``: None while
    connected), and for ``RECONNECTING`` when the next attempt is due (``retry_at``, UTC)."""

    status: SocketStatus
    reason: str | None = None
    retry_at: datetime | None = None


ConnectionStateCallback = Callable[[ConnectionState], object]
"""Called with each new :class:`ConnectionState`, on the client's event loop; it must not
block (a slow one delays the socket)."""
