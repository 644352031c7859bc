"""Typed errors: every failure the client reports is an :class:`AgentServerError`."""

from __future__ import annotations

from typing import Any
from uuid import UUID


class AgentServerError(Exception):
    """Base class of every error this client raises about the server or the transport.

    ``status_code`` is the HTTP status (or WebSocket close code) when there was one;
    ``body`` is the server's decoded error body, if any.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class AuthenticationError(AgentServerError):
    """The session API key is missing or wrong (HTTP 401/403, WebSocket close 4001)."""


class NotFoundError(AgentServerError):
    """The conversation, event or path does not exist (HTTP 404 or the server's 400, close 4004)."""


class ConflictError(AgentServerError):
    """The request conflicts with the conversation's state (HTTP 409)."""


class CapacityError(AgentServerError):
    """The server runs as many conversations as it may (HTTP 429); retry later.

    ``start_conversation`` and ``run`` retry this by themselves until their deadline.
    """


class ValidationError(AgentServerError):
    """The server rejected the request body or parameters (HTTP 422).

    ``errors`` lists the server's per-field complaints (``loc``, ``msg``, ``type``).
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: Any = None) -> None:
        super().__init__(message, status_code=status_code, body=body)
        detail = body.get("detail") if isinstance(body, dict) else None
        self.errors: list[dict[str, Any]] = detail if isinstance(detail, list) else []


class ServerError(AgentServerError):
    """The server failed (HTTP 5xx). ``error_id`` is the server's reference for its logs."""

    def __init__(self, message: str, *, status_code: int | None = None, body: Any = None) -> None:
        super().__init__(message, status_code=status_code, body=body)
        error_id = body.get("error_id") if isinstance(body, dict) else None
        self.error_id: str | None = str(error_id) if error_id is not None else None


class ServerNotReadyError(AgentServerError):
    """The server did not become ready before the deadline.

    ``status_code`` is the last HTTP status seen (``None`` if it never answered).
    """


class TransportError(AgentServerError):
    """The server could not be reached or the connection broke (wraps the httpx error)."""


class ClientClosedError(AgentServerError):
    """The client (or the conversation) was closed; no further calls can be made on it."""


class StreamOverflowError(AgentServerError):
    """A ``stream()`` consumer fell too far behind; its stream ended after what it buffered.

    No event is lost: every persisted event is in ``conversation.events``.
    """


class ConversationRunError(AgentServerError):
    """A run ended in ``error`` or ``stuck``, or did not end before its timeout.

    ``conversation_id`` names the conversation (to resume or inspect it);
    ``status`` is the last execution status seen; ``detail`` the server's error text.
    """

    def __init__(
        self, conversation_id: UUID, message: str, *, status: str | None, detail: str | None = None
    ) -> None:
        super().__init__(f"conversation {conversation_id}: {message}")
        self.conversation_id = conversation_id
        self.status = status
        self.detail = detail
