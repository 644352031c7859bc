"""A readable terminal view of a conversation: one line per event, and a run summary.

``TerminalView`` is a callback: pass it in ``callbacks=[TerminalView()]`` or call it with
events from ``stream()``. Colours are used only when the output is a terminal.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from ._state import ConversationState
from .events import Event, is_persisted, sent_kind

_COLOURS = {"agent": "36", "user": "32", "environment": "33", "hook": "35", "error": "31"}
_SPINNER = "|/-\\"
# State fields that change on every step and would drown the view.
_NOISY_KEYS = frozenset({"stats", "last_user_message_id"})


def _text_of(content: Any) -> str:
    """The text of a list of content parts (``[{"type": "text", "text": ...}]``)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, Mapping))
    return ""


def _first_line(text: str, width: int) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= width else line[: max(0, width - 1)] + "…"


def summarize(event: Event) -> str:
    """A short, human description of ``event`` (its message, tool call, result or change)."""
    raw = event.to_dict()
    kind = sent_kind(event)
    if kind == "MessageEvent":
        return _text_of(raw.get("llm_message", {}).get("content"))
    if kind == "ActionEvent":
        call = raw.get("tool_call") or {}
        arguments = call.get("arguments", "")
        try:
            arguments = json.dumps(json.loads(arguments), ensure_ascii=False)
        except (TypeError, ValueError):
            arguments = str(arguments)
        return f"{raw.get('tool_name', '?')}({arguments})"
    if kind == "ObservationEvent":
        observation = raw.get("observation") or {}
        return f"{raw.get('tool_name', '?')} → {_text_of(observation.get('content'))}"
    if kind == "ConversationStateUpdateEvent":
        key, value = raw.get("key"), raw.get("value")
        if key == "full_state" and isinstance(value, Mapping):
            return f"state: {value.get('execution_status', '?')}"
        if isinstance(value, (Mapping, list)):
            return f"{key} updated"
        return f"{key} = {value}"
    if kind in ("ConversationErrorEvent", "AgentErrorEvent", "ServerErrorEvent"):
        return ": ".join(str(raw[k]) for k in ("code", "detail", "error") if raw.get(k))
    if kind == "SystemPromptEvent":
        return "system prompt set"
    return ""


class TerminalView:
    """Prints one line per event: time, source, kind and a short summary.

    ``color`` defaults to whether ``stream`` is a terminal. With ``status_line`` (default:
    on a terminal) a live status line shows the agent's progress between events.
    ``transient`` also prints stream-only events (state snapshots, token deltas) and the
    per-step ``stats`` updates.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        color: bool | None = None,
        status_line: bool | None = None,
        transient: bool = False,
    ) -> None:
        self._out = stream or sys.stdout
        tty = self._out.isatty()
        self._color = tty if color is None else color
        self._status_line = tty if status_line is None else status_line
        self._transient = transient
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._count = 0
        self._status = "starting"
        self._spin = 0

    def _paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self._color else text

    def __call__(self, event: Event) -> None:
        """Print ``event`` (the callback interface)."""
        raw = event.to_dict()
        if raw.get("key") == "execution_status" and isinstance(raw.get("value"), str):
            self._status = raw["value"]
        if not self._transient and (not is_persisted(event) or raw.get("key") in _NOISY_KEYS):
            return
        self._count += 1
        width = shutil.get_terminal_size((120, 20)).columns if self._status_line else 120
        clock = event.timestamp[11:19] if len(event.timestamp) >= 19 else event.timestamp
        source, kind = event.source or "?", sent_kind(event)
        colour = _COLOURS["error"] if "Error" in kind else _COLOURS.get(source, "0")
        prefix = f"{clock} {source:<11} {kind:<28} "
        line = prefix + _first_line(summarize(event), max(20, width - len(prefix)))
        with self._lock:
            self._clear_status()
            self._out.write(self._paint(prefix, colour) + line[len(prefix) :] + "\n")
            self._draw_status()
            self._out.flush()

    def tick(self) -> None:
        """Redraw the live status line (call it periodically while waiting)."""
        with self._lock:
            self._clear_status()
            self._draw_status()
            self._out.flush()

    @contextlib.contextmanager
    def ticking(self, interval: float = 0.1) -> Iterator[None]:
        """Keep the status line moving (a background timer) for the duration of the block."""
        if not self._status_line:
            yield
            return
        stop = threading.Event()

        def loop() -> None:
            while not stop.wait(interval):
                self.tick()

        ticker = threading.Thread(target=loop, name="openhands-view", daemon=True)
        ticker.start()
        try:
            yield
        finally:
            stop.set()
            ticker.join()
            with self._lock:
                self._clear_status()
                self._out.flush()

    def _clear_status(self) -> None:
        if self._status_line:
            self._out.write("\r\033[K")

    def _draw_status(self) -> None:
        if not self._status_line:
            return
        self._spin = (self._spin + 1) % len(_SPINNER)
        elapsed = time.monotonic() - self._started
        spinner = _SPINNER[self._spin] if self._status == "running" else " "
        text = f"{spinner} {self._status} · {self._count} events · {elapsed:5.1f} s"
        self._out.write(self._paint(text, "2"))


@dataclass(frozen=True)
class RunSummary:
    """What a finished run amounted to."""

    status: str
    events_by_kind: dict[str, int]
    prompt_tokens: int
    completion_tokens: int
    cost: float
    wall_seconds: float

    @classmethod
    def of(
        cls, state: ConversationState, events: Iterable[Event], wall_seconds: float
    ) -> RunSummary:
        """Summarise a conversation from its state (combined metrics) and its event log."""
        metrics = state.metrics
        usage = metrics.accumulated_token_usage
        kinds = Counter(sent_kind(e) for e in events)
        return cls(
            status=state.execution_status.value,
            events_by_kind=dict(sorted(kinds.items())),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            cost=metrics.accumulated_cost,
            wall_seconds=wall_seconds,
        )

    def render(self) -> str:
        """A few readable lines."""
        kinds = ", ".join(f"{kind} {n}" for kind, n in self.events_by_kind.items())
        return "\n".join(
            [
                f"status:  {self.status}",
                f"events:  {sum(self.events_by_kind.values())} ({kinds})",
                f"tokens:  {self.prompt_tokens} prompt + {self.completion_tokens} completion",
                f"cost:    ${self.cost:.4f}",
                f"time:    {self.wall_seconds:.1f} s",
            ]
        )
