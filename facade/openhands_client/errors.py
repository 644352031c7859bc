"""Typed errors: every failure the client reports is an :class:`AgentServerError`.

Catch a family, or one error of it::

    AgentServerError           every error about the server, the connection or a wait
    ├── StatusError            the server refused or failed (.status_code, .body, .method, .url)
    │   ├── AuthenticationError    401/403, socket close 4001
    │   ├── NotFoundError          404, the server's bare 400 for an unknown id, socket close 4004
    │   ├── ConflictError          409
    │   ├── CapacityError          429
    │   ├── ValidationError        422 (.errors)
    │   └── ServerError            5xx (.error_id)
    ├── TransportError         the request or the socket did not get through (httpx's error)
    │   ├── SocketRefusedError     the socket cannot open and retrying won't help (TLS, no upgrade)
    │   └── MessageTooLargeError   a frame or body over max_message_size
    ├── ProtocolError          the server's answer breaks the API contract
    ├── NotAnAgentServerError  the URL answers, but not as an agent server (doctor)
    ├── UnsupportedFeatureError  the server's version lacks it (.feature, .server_version)
    ├── ClientClosedError      the client or the conversation is closed
    ├── StreamOverflowError    a stream() consumer fell behind (conv.events has every event)
    ├── ProviderError          a server provider could not start, reach, pause or stop its server
    ├── ServerLostError        a fleet's server died under a conversation (.server, .status)
    ├── ConversationRunError   a run ended in error or stuck (.conversation_id, .status, .detail)
    │   └── RunTimeoutError        run(timeout=) passed: also a WaitTimeoutError
    └── WaitTimeoutError       a wait passed its deadline; also the builtin TimeoutError
        ├── ServerNotReadyError    wait_until_ready(timeout=)
        ├── RunTimeoutError        run(timeout=)
        └── CommandTimeoutError    RunningCommand.wait(timeout=)

A new error joins the family a user would catch it with: add the class below, to this
drawing (a test checks the drawing against the classes) and to the package's exports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

if TYPE_CHECKING:
    from ._state import ExecutionStatus


class AgentServerError(Exception):
    """Base class of every error this client raises about the server or the transport.

    ``status_code`` is the HTTP status (or WebSocket close code) when there was one;
    ``body`` is the server's decoded error body, if any; ``conversation_id`` the conversation a
    failed ``start_conversation`` created and left on the server (None otherwise).
    """

    conversation_id: UUID | None = None

    def __init__(self, message: str, *, status_code: int | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class StatusError(AgentServerError):
    """The server answered with an error status (HTTP, or a WebSocket close code).

    ``status_code`` is that status; ``body`` the server's decoded error body, if any;
    ``method`` and ``url`` name the HTTP request it answered (None for a socket's close code).
    The URL is shown without its user information; no header is kept. ``retry_after`` is the
    seconds a 429 or 503 answer's ``Retry-After`` asked to wait (else None).
    """

    retry_after: float | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: Any = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message, status_code=status_code, body=body)
        self.method = method
        self.url = url


class AuthenticationError(StatusError):
    """The session API key is missing or wrong (HTTP 401/403, WebSocket close 4001)."""


class NotFoundError(StatusError):
    """The conversation, event or path does not exist (HTTP 404, the server's bare 400 for an
    unknown id on pause, interrupt and delete, a git diff of a missing file, close 4004)."""


class ConflictError(StatusError):
    """The request conflicts with the conversation's state (HTTP 409)."""


class CapacityError(StatusError):
    """The server runs as many conversations as it may (HTTP 429); retry later.

    ``start_conversation`` and ``run`` retry this by themselves until their deadline.
    """


class UnsupportedFeatureError(AgentServerError):
    """The server lacks what a client feature needs (``feature``, ``server_version`` say which)."""

    def __init__(self, message: str, *, feature: str, server_version: str) -> None:
        super().__init__(message)
        self.feature = feature
        self.server_version = server_version


class ValidationError(StatusError):
    """The server rejected the request body or parameters (HTTP 422).

    ``errors`` lists the server's per-field complaints (``loc``, ``msg``, ``type``).
    """

    @property
    def errors(self) -> list[dict[str, Any]]:
        """The server's per-field complaints (its body's ``detail`` list; empty if none)."""
        detail = self.body.get("detail") if isinstance(self.body, dict) else None
        return detail if isinstance(detail, list) else []


class ServerError(StatusError):
    """The server failed (HTTP 5xx). ``error_id`` is the server's reference for its logs."""

    @property
    def error_id(self) -> str | None:
        """The server's reference for this failure in its logs (its body's ``error_id``)."""
        error_id = self.body.get("error_id") if isinstance(self.body, dict) else None
        return str(error_id) if error_id is not None else None


class TransportError(AgentServerError):
    """The server could not be reached or the connection broke (wraps the httpx error)."""


class ProtocolError(AgentServerError):
    """The server's answer breaks the API contract (an unreadable body, a missing field)."""


class NotAnAgentServerError(AgentServerError):
    """The URL answers, but not as an OpenHands agent server (``GET /server_info``)."""


class ClientClosedError(AgentServerError):
    """The client (or the conversation) was closed; no further calls can be made on it."""


class StreamOverflowError(AgentServerError):
    """A ``stream()`` consumer fell too far behind; its stream ended after what it buffered.

    No event is lost: every persisted event is in ``conversation.events``.
    """


class ConversationRunError(AgentServerError):
    """A run ended in ``error`` or ``stuck`` (or, as :class:`RunTimeoutError`, did not end).

    ``conversation_id`` names the conversation (to resume or inspect it);
    ``status`` is the last execution status seen (an :class:`ExecutionStatus`, as
    ``conv.state.execution_status``); ``detail`` the server's error text (``code: detail`` of
    ``conv.last_error``).
    """

    def __init__(
        self,
        conversation_id: UUID,
        message: str,
        *,
        status: ExecutionStatus | None,
        detail: str | None = None,
    ) -> None:
        super().__init__(f"conversation {conversation_id}: {message}")
        self.conversation_id = conversation_id
        self.status = status
        self.detail = detail


class WaitTimeoutError(AgentServerError, TimeoutError):
    """A wait passed its deadline; ``except TimeoutError`` (so also ``OSError``) catches it."""


class ServerNotReadyError(WaitTimeoutError):
    """The server did not become ready before the deadline.

    ``status_code`` is the last HTTP status seen (``None`` if it never answered).
    """


class RunTimeoutError(ConversationRunError, WaitTimeoutError):
    """A run did not end within ``run(timeout=...)`` (it goes on on the server)."""


class CommandTimeoutError(WaitTimeoutError):
    """A command is still running after ``wait(timeout=...)`` (the server ends it at its own
    timeout). ``command_id`` names it."""

    def __init__(self, command_id: UUID) -> None:
        super().__init__(f"command {command_id} is still running")
        self.command_id = command_id


class SocketRefusedError(TransportError):
    """The event socket cannot be opened, and retrying would not help.

    The server's TLS certificate is not trusted (see ``verify=``), or the socket URL answers
    the handshake with something other than a WebSocket upgrade (a proxy without WebSocket
    support, a redirect: redirects are never followed). ``status_code`` is the HTTP status, if any.
    """


class MessageTooLargeError(TransportError):
    """A socket frame or a response body exceeded the client's ``max_message_size`` (or a
    download its ``max_bytes``)."""


class ProviderError(AgentServerError):
    """A server provider could not start, reach, pause, resume or stop its server (a local
    process that exited or never got ready, a Runtime API call that failed: ``status_code``
    and ``body`` are the Runtime API's answer, when there was one)."""


class ServerLostError(AgentServerError):
    """A fleet's server stopped answering while it held a conversation: ``conversation_id``
    names it, ``server`` is the server's URL (without credentials), ``status`` the
    conversation's last known execution status (a string, as the server spells it)."""

    def __init__(self, message: str, *, conversation_id: UUID, server: str, status: str) -> None:
        super().__init__(message)
        self.conversation_id = conversation_id
        self.server = server
        self.status = status
