"""The cached conversation state, kept current by the event stream."""

from __future__ import annotations

import enum
import json
import sys
import threading
import weakref
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ._tags import tags_of

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


class _Packed:
    """A JSON object or array of the state, kept as its compact JSON text.

    Many conversations hold identical subtrees (the agent, its tools, ``{}``): :func:`_pack`
    hands every one of them the same instance, so each costs its text once per process
    instead of a tree of dicts, lists and strings per conversation.
    """

    __slots__ = ("__weakref__", "text")

    def __init__(self, text: str) -> None:
        self.text = text


# Every packed subtree in use, by text; an entry goes when no state holds it any more.
_packed: weakref.WeakValueDictionary[str, _Packed] = weakref.WeakValueDictionary()
_packed_lock = threading.Lock()


def _pack(value: Any) -> Any:
    """``value`` to keep in a state: a shared :class:`_Packed` for a container, else itself."""
    if not isinstance(value, (dict, list)):
        return value
    try:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError):  # not JSON (a caller's own mapping): kept as it is
        return value
    with _packed_lock:
        packed = _packed.get(text)
        if packed is None:
            packed = _packed[text] = _Packed(text)
    return packed


def _uuid_or_none(value: object) -> UUID | None:
    """``value`` as a UUID; None for anything else the server sent (a state is lenient)."""
    try:
        return UUID(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _packed_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a state: keys shared with every other state, values packed."""
    return {sys.intern(str(key)): _pack(value) for key, value in values.items()}


# The sets of field names states have seen the stream carry, one instance per set for every
# state that has seen the same (a server's snapshots name the same fields). Bounded: a server
# sending ever new keys makes sets that are then kept per state, not here.
_streamed_sets: dict[frozenset[str], frozenset[str]] = {}
_STREAMED_SETS_MAX = 256


def _with_streamed(streamed: frozenset[str], keys: Iterable[Any]) -> frozenset[str]:
    """``streamed`` and ``keys``: the same set if nothing is new, else a shared one."""
    new = [str(key) for key in keys if key not in streamed]
    if not new:
        return streamed
    grown = streamed.union(new)
    with _packed_lock:
        if len(_streamed_sets) < _STREAMED_SETS_MAX:
            return _streamed_sets.setdefault(grown, grown)
        return _streamed_sets.get(grown, grown)


def _unpack(value: Any) -> Any:
    """A kept value as JSON again (a new object each time for a container)."""
    return json.loads(value.text) if isinstance(value, _Packed) else value


class ConversationState:
    """A typed, thread-safe view of a conversation's latest known state.

    Filled from ``GET /api/conversations/{id}`` and updated by the stream's
    ``ConversationStateUpdateEvent`` frames (whole snapshots and single fields).

    Each field is kept compactly: objects and arrays as JSON text shared by every state that
    holds the same, decoded again when read.
    """

    def __init__(self, conversation_id: UUID, info: Mapping[str, Any]) -> None:
        self._id = conversation_id
        self._fields = _packed_fields(info)
        self._lock = threading.Lock()
        # The fields the stream has carried: the others (the title, the created and updated
        # times...) only REST has, and adopt() takes them from it.
        self._streamed: frozenset[str] = frozenset()

    @classmethod
    def of(cls, info: ConversationInfo) -> ConversationState:
        """The state a ``ConversationInfo`` (a REST body, already parsed) describes."""
        return cls(info.id, info.to_dict())

    def update(self, key: str, value: Any) -> None:
        """Apply one of the stream's state updates (``full_state`` merges a snapshot)."""
        with self._lock:
            if key == "full_state" and isinstance(value, Mapping):
                self._streamed = _with_streamed(self._streamed, value)
                self._fields.update(_packed_fields(value))
            else:
                self._streamed = _with_streamed(self._streamed, (key,))
                self._fields[sys.intern(key)] = _pack(value)

    def adopt(self, info: Mapping[str, Any]) -> None:
        """Take from a fresh REST ``ConversationInfo`` body (or a change just made over REST)
        the fields the stream does not carry, such as the title; the stream's own stay."""
        with self._lock:
            rest_only = {k: v for k, v in info.items() if k not in self._streamed}
            self._fields.update(_packed_fields(rest_only))

    def underlay(self, info: Mapping[str, Any]) -> None:
        """Fill in from a REST ``ConversationInfo`` body what the stream has not set (the
        stream's updates are at least as recent)."""
        fields = _packed_fields(info)
        with self._lock:
            self._fields = {**fields, **self._fields}

    def replace(self, info: Mapping[str, Any]) -> None:
        """Replace the state with a fresh REST ``ConversationInfo`` body."""
        fields = _packed_fields(info)
        with self._lock:
            self._fields = fields

    def _field(self, key: str) -> Any:
        """One field of :attr:`raw` (None if the server sent none), decoded alone."""
        return _unpack(self._fields.get(key))

    def _decoded(self) -> dict[str, Any]:
        """Every field as JSON (the caller holds the lock)."""
        return {key: _unpack(value) for key, value in self._fields.items()}

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._id

    @property
    def execution_status(self) -> ExecutionStatus:
        """The agent loop's status."""
        return ExecutionStatus.parse(self._fields.get("execution_status"))

    @property
    def title(self) -> str | None:
        """The conversation's title, if it has one."""
        title = self._fields.get("title")
        return title if isinstance(title, str) else None

    @property
    def working_dir(self) -> str:
        """The conversation's working directory on the server ("" if the server sent none)."""
        workspace = self._field("workspace")
        return str(workspace.get("working_dir") or "") if isinstance(workspace, dict) else ""

    @property
    def tags(self) -> dict[str, str]:
        """The conversation's tags (a new dict on each read; ``{}`` if it has none)."""
        return tags_of(self._field("tags"))

    @property
    def parent_id(self) -> UUID | None:
        """The conversation that started this one as its child (``start_child``), if any."""
        return _uuid_or_none(self._fields.get("parent_conversation_id"))

    @property
    def child_ids(self) -> list[UUID]:
        """The children of this conversation as last read over REST (``children()`` reads
        them afresh); ``[]`` for none."""
        children = self._field("sub_conversation_ids")
        ids = (_uuid_or_none(child) for child in children) if isinstance(children, list) else ()
        return [child for child in ids if child is not None]

    @property
    def stats(self) -> ConversationStats:
        """Token usage and cost per LLM (``usage_to_metrics``)."""
        from openhands_api.models.conversation_stats import ConversationStats

        return ConversationStats.from_dict(self._field("stats") or {"usage_to_metrics": {}})

    @property
    def metrics(self) -> Metrics:
        """Cost and token usage combined over every LLM of the conversation
        (``accumulated_cost``, ``accumulated_token_usage``), as upstream's
        ``get_combined_metrics()``."""
        from ._metrics import combine_metrics

        return combine_metrics(self.stats.usage_to_metrics.additional_properties.values())

    @property
    def raw(self) -> dict[str, Any]:
        """A copy of the state as JSON, every field the server sent included (a deep copy:
        changing it changes nothing here)."""
        with self._lock:
            return self._decoded()

    @property
    def info(self) -> ConversationInfo:
        """The whole state as the generated ``ConversationInfo`` model: a new copy on each read
        (changing it changes nothing here, and no other read sees the change)."""
        from openhands_api.models.conversation_info import ConversationInfo

        with self._lock:
            fields = self._decoded()
        return ConversationInfo.from_dict({"id": str(self._id), **fields})

    def __repr__(self) -> str:
        return f"<ConversationState {self._id} {self.execution_status.value}>"
