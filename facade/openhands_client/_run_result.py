"""RunResult: one run's outcome as a typed record (JSON lines for harnesses), and its clock."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ._state import ExecutionStatus
from .events import Event, sent_kind

if TYPE_CHECKING:
    from ._state import ConversationState


def text_of(content: Any) -> str:
    """The text of a message's content parts, joined as the server joins them."""
    if not isinstance(content, list):
        return ""
    return "".join(str(p.get("text", "")) for p in content if isinstance(p, Mapping))


def final_answer(events: Iterable[Event]) -> str:
    """The agent's final answer in ``events`` (log order), as the server's final-response route
    finds it: the last agent ``finish`` action's message or agent text message ("" if none)."""
    for event in reversed(list(events)):
        if event.source != "agent":
            continue
        raw = event.to_dict()
        kind = sent_kind(event)
        if kind == "ActionEvent" and raw.get("tool_name") == "finish":
            action = raw.get("action")
            message = action.get("message") if isinstance(action, Mapping) else None
            return message if isinstance(message, str) else ""
        if kind == "MessageEvent":
            message = raw.get("llm_message")
            return text_of(message.get("content")) if isinstance(message, Mapping) else ""
    return ""


def error_text(error: Event | None) -> str | None:
    """``code: detail`` of a run's fatal error event (None without one, or if it says nothing)."""
    if error is None:
        return None
    raw = error.to_dict()
    return ": ".join(str(raw[k]) for k in ("code", "detail") if raw.get(k)) or None


class RunClock:
    """When the current (or last) run started and how long it took, on this client's clock.

    A run starts when :meth:`start` is called (``run()`` sends its request) or when a
    ``running`` status is seen while no run is timed; it stops at the first terminal status
    seen after that. Thread-safe enough for readers: each field is replaced whole.
    """

    def __init__(self) -> None:
        self.started_at: datetime | None = None
        """When the run started (UTC), or None if none was seen."""
        self._began: float | None = None
        self._ended: float | None = None

    @property
    def running(self) -> bool:
        """Whether a run is being timed now."""
        return self._began is not None and self._ended is None

    def start(self) -> None:
        """A run starts now (a later run restarts the clock)."""
        self.started_at = datetime.now(timezone.utc)
        self._began, self._ended = time.monotonic(), None

    def observe(self, status: ExecutionStatus) -> None:
        """Follow the conversation's status: ``running`` starts an untimed run, a terminal
        status stops a timed one."""
        if status is ExecutionStatus.RUNNING:
            if not self.running:
                self.start()
        elif status.is_terminal and self.running:
            self._ended = time.monotonic()

    @property
    def duration(self) -> float | None:
        """Seconds from the start to the end of the run; so far, while it runs; None if no run
        was seen."""
        if self._began is None:
            return None
        end = time.monotonic() if self._ended is None else self._ended
        return end - self._began


_FIELDS = (
    "id",
    "status",
    "final_answer",
    "error",
    "cost",
    "prompt_tokens",
    "completion_tokens",
    "events",
    "started_at",
    "duration",
)


@dataclass(frozen=True)
class RunResult:
    """What one run of a conversation amounted to: a record to print, store or compare.

    Get one from ``conv.result()`` (no request is sent); write it with :meth:`to_json` (one
    line of JSON) and read it back with :meth:`from_json`.
    """

    id: UUID
    """The conversation id."""
    status: ExecutionStatus
    """The execution status when the record was made (``finished``, ``error``...)."""
    final_answer: str
    """The agent's final answer: its last ``finish`` message or text reply ("" if none)."""
    error: str | None
    """The run's fatal error as ``code: detail`` (the server's ``ConversationErrorEvent``),
    or None if the run had none."""
    cost: float
    """Accumulated LLM cost of the conversation, over every LLM it used."""
    prompt_tokens: int
    """Accumulated prompt tokens of the conversation."""
    completion_tokens: int
    """Accumulated completion tokens of the conversation."""
    events: int
    """How many persisted events the conversation's log holds (of those this client holds:
    after a bounded ``history``, from ``events.first_seq`` on)."""
    started_at: datetime | None
    """When the run started (UTC, this client's clock), or None if this client saw no run."""
    duration: float | None
    """Seconds the run took (so far, if still running), or None if this client saw no run."""

    @classmethod
    def of(
        cls,
        state: ConversationState,
        events: Iterable[Event],
        *,
        error: Event | None = None,
        clock: RunClock | None = None,
    ) -> RunResult:
        """The record of a conversation from its state, its log, its run error and its clock."""
        log = list(events)
        metrics = state.metrics
        usage = metrics.accumulated_token_usage
        return cls(
            id=state.id,
            status=state.execution_status,
            final_answer=final_answer(log),
            error=error_text(error),
            cost=metrics.accumulated_cost,
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            events=len(log),
            started_at=clock.started_at if clock else None,
            duration=clock.duration if clock else None,
        )

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready values (the id and time as strings, the status its value)."""
        return {
            "id": str(self.id),
            "status": self.status.value,
            "final_answer": self.final_answer,
            "error": self.error,
            "cost": self.cost,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "events": self.events,
            "started_at": None if self.started_at is None else self.started_at.isoformat(),
            "duration": self.duration,
        }

    def to_json(self) -> str:
        """The record as one line of JSON (for a JSON-lines results file)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RunResult:
        """Read a record written by :meth:`to_dict`; ``ValueError`` if a field is missing or
        of the wrong type."""
        missing = [name for name in _FIELDS if name not in data]
        if missing:
            raise ValueError(f"not a RunResult: missing {', '.join(missing)}")
        try:
            started = data["started_at"]
            duration = data["duration"]
            return cls(
                id=UUID(str(data["id"])),
                status=ExecutionStatus.parse(data["status"]),
                final_answer=_typed(data["final_answer"], str, "final_answer"),
                error=None if data["error"] is None else _typed(data["error"], str, "error"),
                cost=float(_typed(data["cost"], (int, float), "cost")),
                prompt_tokens=_typed(data["prompt_tokens"], int, "prompt_tokens"),
                completion_tokens=_typed(data["completion_tokens"], int, "completion_tokens"),
                events=_typed(data["events"], int, "events"),
                started_at=None if started is None else datetime.fromisoformat(str(started)),
                duration=None if duration is None else float(duration),
            )
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not a RunResult: {exc}") from None

    @classmethod
    def from_json(cls, line: str) -> RunResult:
        """Read a record written by :meth:`to_json`; ``ValueError`` if it is not one."""
        data = json.loads(line)
        if not isinstance(data, Mapping):
            raise ValueError("not a RunResult: not a JSON object")
        return cls.from_dict(data)


def _typed(value: Any, kind: type | tuple[type, ...], name: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, kind):
        raise TypeError(f"{name} has the wrong type: {value!r}")
    return value
