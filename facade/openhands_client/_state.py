"""The cached conversation state, kept current by the event stream."""

from __future__ import annotations

import enum
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo
    from openhands_api.models.conversation_stats import ConversationStats
    from openhands_api.models.metrics import Metrics


class ExecutionStatus(str, enum.Enum):
    """Where a conversation's agent loop stands.

    The members are the spec's ``ConversationExecutionStatus`` values, in its order
    (``openhands_api.registry.EXECUTION_STATUSES``; a unit test keeps them equal), plus
    :attr:`UNKNOWN`. They are spelled out so that type checkers and editors see them.
    """

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING_FOR_CONFIRMATION = "waiting_for_confirmation"
    FINISHED = "finished"
    ERROR = "error"
    STUCK = "stuck"
    DELETING = "deleting"
    UNKNOWN = "unknown"
    """A status this client version does not know (a newer server)."""

    @classmethod
    def parse(cls, value: object) -> ExecutionStatus:
        """Return the member for ``value``; :attr:`UNKNOWN` for anything unrecognised."""
        try:
            return cls(value)
        except ValueError:
            return cls.UNKNOWN

    @property
    def is_terminal(self) -> bool:
        """Whether a run is over in this status (the agent waits for the user)."""
        return self not in (ExecutionStatus.RUNNING, ExecutionStatus.UNKNOWN)


class ConversationState:
    """A typed, thread-safe view of a conversation's latest known state.

    Filled from ``GET /api/conversations/{id}`` and updated by the stream's
    ``ConversationStateUpdateEvent`` frames (whole snapshots and single fields).
    """

    def __init__(self, conversation_id: UUID, info: Mapping[str, Any]) -> None:
        self._id = conversation_id
        self._raw: dict[str, Any] = dict(info)
        self._lock = threading.Lock()
        self._info: ConversationInfo | None = None

    @classmethod
    def of(cls, info: ConversationInfo) -> ConversationState:
        """The state a ``ConversationInfo`` (a REST body, already parsed) describes."""
        state = cls(info.id, info.to_dict())
        state._info = info
        return state

    def update(self, key: str, value: Any) -> None:
        """Apply one state update (``full_state`` merges a snapshot)."""
        with self._lock:
            if key == "full_state" and isinstance(value, Mapping):
                self._raw.update(value)
            else:
                self._raw[key] = value
            self._info = None

    def underlay(self, info: Mapping[str, Any]) -> None:
        """Fill in from a REST ``ConversationInfo`` body what the stream has not set (the
        stream's updates are at least as recent)."""
        with self._lock:
            self._raw = {**info, **self._raw}
            self._info = None

    def replace(self, info: Mapping[str, Any]) -> None:
        """Replace the state with a fresh REST ``ConversationInfo`` body."""
        with self._lock:
            self._raw = dict(info)
            self._info = None

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._id

    @property
    def execution_status(self) -> ExecutionStatus:
        """The agent loop's status."""
        return ExecutionStatus.parse(self._raw.get("execution_status"))

    @property
    def title(self) -> str | None:
        """The conversation's title, if it has one."""
        title = self._raw.get("title")
        return title if isinstance(title, str) else None

    @property
    def stats(self) -> ConversationStats:
        """Token usage and cost per LLM (``usage_to_metrics``)."""
        from openhands_api.models.conversation_stats import ConversationStats

        return ConversationStats.from_dict(self._raw.get("stats") or {"usage_to_metrics": {}})

    @property
    def metrics(self) -> Metrics:
        """Cost and token usage combined over every LLM of the conversation
        (``accumulated_cost``, ``accumulated_token_usage``), as upstream's
        ``get_combined_metrics()``."""
        from ._metrics import combine_metrics

        return combine_metrics(self.stats.usage_to_metrics.additional_properties.values())

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the state as JSON, every field the server sent included."""
        with self._lock:
            return dict(self._raw)

    @property
    def info(self) -> ConversationInfo:
        """The whole state as the generated ``ConversationInfo`` model (parsed on demand)."""
        from openhands_api.models.conversation_info import ConversationInfo

        with self._lock:
            if self._info is None:
                self._info = ConversationInfo.from_dict({"id": str(self._id), **self._raw})
            return self._info

    def __repr__(self) -> str:
        return f"<ConversationState {self._id} {self.execution_status.value}>"
