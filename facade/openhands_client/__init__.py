"""openhands-client: a typed client for the OpenHands agent server.

``AsyncAgentServer``/``AsyncConversation`` are the implementation; ``AgentServer``/
``Conversation`` drive the same objects from synchronous code.
"""

from ._capabilities import UnsupportedFeatureError
from ._start_request import StartOptions
from ._transfer import LocalFile, ProgressCallback, TransferResult
from .bash import AsyncRunningCommand, CommandResult, OutputChunk
from .control import AsyncConversationControl
from .conversation import AsyncConversation, Callback
from .errors import (
    AgentServerError,
    AuthenticationError,
    CapacityError,
    ClientClosedError,
    ConflictError,
    ConversationRunError,
    NotFoundError,
    ServerError,
    ServerNotReadyError,
    TransportError,
    ValidationError,
)
from .event_log import EventLog
from .events import Event, UnknownEvent, decode_event
from .server import AsyncAgentServer
from .state import ConversationState, ExecutionStatus
from .sync import AgentServer, Conversation, ConversationControl
from .sync_workspace import RunningCommand, Workspace
from .workspace import AsyncWorkspace

__all__ = [
    "AgentServer",
    "AgentServerError",
    "AsyncAgentServer",
    "AsyncConversation",
    "AsyncConversationControl",
    "AsyncRunningCommand",
    "AsyncWorkspace",
    "AuthenticationError",
    "Callback",
    "CapacityError",
    "ClientClosedError",
    "CommandResult",
    "ConflictError",
    "Conversation",
    "ConversationControl",
    "ConversationRunError",
    "ConversationState",
    "Event",
    "EventLog",
    "ExecutionStatus",
    "LocalFile",
    "NotFoundError",
    "OutputChunk",
    "ProgressCallback",
    "RunningCommand",
    "ServerError",
    "ServerNotReadyError",
    "StartOptions",
    "TransferResult",
    "TransportError",
    "UnknownEvent",
    "UnsupportedFeatureError",
    "ValidationError",
    "Workspace",
    "decode_event",
]
