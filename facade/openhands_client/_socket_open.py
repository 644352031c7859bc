"""Opening a WebSocket as the client does: no redirect followed, no frame over the size limit,
frames logged only at DEBUG with the session key never shown."""

from __future__ import annotations

import json
import logging
import re
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # websockets is imported on the first connect, not with the package
    from websockets.asyncio.client import ClientConnection

# websockets logs every frame and the handshake at DEBUG, the auth frame included: those
# records are off unless this logger's level is set to DEBUG, and then show no key.
_frame_logger = logging.getLogger("openhands_client.socket.frames")
_frame_logger.setLevel(logging.WARNING)
# The auth frame's key field and everything after it (a key quoted in JSON, then by repr(),
# or cut short by websockets, is not the key as given).
_SESSION_KEY_FIELD = re.compile(r"(session_api_key\W*).*", re.DOTALL)


class RedactingFrameLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The frame logger as websockets uses it, each record formatted here with the session
    key (``secret``, as given and as JSON quotes it) and whatever follows a ``session_api_key``
    field replaced by ``***``."""

    def __init__(self, secret: str | None) -> None:
        super().__init__(_frame_logger, {})
        self._secret = secret

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        """Log ``msg % args`` at ``level``, redacted, if the logger is enabled for it."""
        if not self.isEnabledFor(level):
            return
        text = str(msg) % args if args else str(msg)
        if self._secret:
            for form in (self._secret, json.dumps(self._secret)[1:-1]):
                text = text.replace(form, "***")
        text = _SESSION_KEY_FIELD.sub(r"\1***", text)
        kwargs.setdefault("stacklevel", 2)
        self.logger.log(level, "%s", text, **kwargs)


async def open_socket(
    url: str,
    *,
    max_size: int,
    ssl_context: ssl.SSLContext | None = None,
    open_timeout: float = 10,
    close_timeout: float = 10,
    headers: Mapping[str, str] | None = None,
    secret: str | None = None,
) -> ClientConnection:
    """Open a socket as the client does: no redirect followed (an ``InvalidStatus`` instead),
    no frame over ``max_size`` bytes (a 1009 close), frames logged only at DEBUG on
    ``openhands_client.socket.frames`` with ``secret`` (the key the auth frame carries) never
    shown. ``ssl_context`` is used for a ``wss:`` URL only; ``headers`` go with the handshake
    (a ``User-Agent`` among them replaces websockets' own); closing waits at most
    ``close_timeout`` seconds for the server's close frame."""
    extra = dict(headers or {})
    agent = next((extra.pop(name) for name in list(extra) if name.lower() == "user-agent"), None)
    # Awaited rather than entered: the connect() object, which keeps its arguments and
    # handshake state, is not kept for the life of the connection.
    connection: ClientConnection = await _connect_no_redirects()(
        url,
        open_timeout=open_timeout,
        close_timeout=close_timeout,
        max_size=max_size,
        logger=RedactingFrameLogger(secret),
        compression=None,
        ssl=ssl_context if url.startswith("wss:") else None,
        additional_headers=extra,
        **({"user_agent_header": agent} if agent is not None else {}),
    )
    connection.request = None  # the handshake's request (its headers), not needed again
    return connection


_connect_class: Any = None


def _connect_no_redirects() -> Any:
    """websockets' ``connect``, imported on first use, that never follows a redirect."""
    global _connect_class
    if _connect_class is None:
        from websockets.asyncio.client import connect

        class NoRedirects(connect):
            def process_redirect(self, exc: Exception) -> Exception:
                return exc

        _connect_class = NoRedirects
    return _connect_class
