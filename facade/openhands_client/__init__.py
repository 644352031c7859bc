"""openhands-client: a typed client for the OpenHands agent server.

``AsyncAgentServer``/``AsyncConversation`` are the implementation; ``AgentServer``/
``Conversation`` drive the same objects from synchronous code.
"""

from .conversation import AsyncConversation, Callback
from .errors import (
    AgentServerError,
    AuthenticationError,
    CapacityError,
    ConflictError,
    ConversationRunError,
    NotFoundError,
    ServerError,
    TransportError,
    ValidationError,
)
from .event_log import EventLog
from .events import Event, UnknownEvent, decode_event
from .server import AsyncAgentServer
from .state import ConversationState, ExecutionStatus
from .sync import AgentServer, Conversation

__all__ = [
    "AgentServer",
    "AgentServerError",
    "AsyncAgentServer",
    "AsyncConversation",
    "AuthenticationError",
    "Callback",
    "CapacityError",
    "ConflictError",
    "Conversation",
    "ConversationRunError",
    "ConversationState",
    "Event",
    "EventLog",
    "ExecutionStatus",
    "NotFoundError",
    "ServerError",
    "TransportError",
    "UnknownEvent",
    "ValidationError",
    "decode_event",
]
