"""openhands-client: a typed client for the OpenHands agent server.

``AsyncAgentServer``/``AsyncConversation`` are the implementation; ``AgentServer``/
``Conversation`` drive the same objects from synchronous code. Import every public name from
here; ``errors``, ``events``, ``view``, ``cli``, ``fleet`` and ``providers`` (many servers)
and ``testing`` are the public modules, and modules whose name starts with ``_`` are
implementation. ``__version__`` is the installed release.
"""

from ._bash import AsyncRunningCommand, CommandResult, OutputChunk
from ._callbacks import TokenCallback
from ._connection_state import ConnectionState, ConnectionStateCallback, SocketStatus
from ._control import AsyncConversationControl
from ._conversation import AsyncConversation, Callback
from ._conversation_options import ConversationOptions
from ._event_log import EventLog
from ._history import History
from ._options import ClientOptions
from ._query_options import EventFilters, EventSearchOptions
from ._repos import CloneResult, GitProvider, RepoMapping, RepoSource
from ._run_result import RunResult
from ._server import AsyncAgentServer
from ._start_request import CreateOptions, StartOptions
from ._state import ConversationState, ExecutionStatus
from ._sync_bash import RunningCommand
from ._sync_control import ConversationControl
from ._sync_conversation import Conversation
from ._sync_server import AgentServer
from ._sync_workspace import Workspace
from ._token_stream import TokenItem, TokenItemStatus, TokenKind, TokenUpdate
from ._transfer import LocalFile, ProgressCallback, TransferResult
from ._version import __version__ as __version__
from ._workspace import AsyncWorkspace
from .errors import (
    AgentServerError,
    AuthenticationError,
    CapacityError,
    ClientClosedError,
    CommandTimeoutError,
    ConflictError,
    ConversationRunError,
    MessageTooLargeError,
    NotAnAgentServerError,
    NotFoundError,
    ProtocolError,
    ProviderError,
    RunTimeoutError,
    ServerError,
    ServerLostError,
    ServerNotReadyError,
    SocketRefusedError,
    StatusError,
    StreamOverflowError,
    TransportError,
    UnsupportedFeatureError,
    ValidationError,
    WaitTimeoutError,
)
from .events import Event, UnknownEvent, decode_event

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
    "ClientOptions",
    "CloneResult",
    "CommandResult",
    "CommandTimeoutError",
    "ConflictError",
    "ConnectionState",
    "ConnectionStateCallback",
    "Conversation",
    "ConversationControl",
    "ConversationOptions",
    "ConversationRunError",
    "ConversationState",
    "CreateOptions",
    "Event",
    "EventFilters",
    "EventLog",
    "EventSearchOptions",
    "ExecutionStatus",
    "GitProvider",
    "History",
    "LocalFile",
    "MessageTooLargeError",
    "NotAnAgentServerError",
    "NotFoundError",
    "OutputChunk",
    "ProgressCallback",
    "ProtocolError",
    "ProviderError",
    "RepoMapping",
    "RepoSource",
    "RunResult",
    "RunTimeoutError",
    "RunningCommand",
    "ServerError",
    "ServerLostError",
    "ServerNotReadyError",
    "SocketRefusedError",
    "SocketStatus",
    "StartOptions",
    "StatusError",
    "StreamOverflowError",
    "TokenCallback",
    "TokenItem",
    "TokenItemStatus",
    "TokenKind",
    "TokenUpdate",
    "TransferResult",
    "TransportError",
    "UnknownEvent",
    "UnsupportedFeatureError",
    "ValidationError",
    "WaitTimeoutError",
    "Workspace",
    "decode_event",
]
