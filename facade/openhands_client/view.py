"""A readable terminal view of a conversation: one line per event, and a run summary.

``TerminalView`` is a callback: pass it in ``callbacks=[TerminalView()]`` or call it with
events from ``stream()``. When the agent's LLM streams, its ``on_tokens`` method (registered
with it by ``callbacks=``) shows each answer as it arrives, and the message that ends it is
not printed again. Colours are used only when the output is a terminal. User messages,
errors and the agent's answers are shown whole (wrapped); other events as one line. What the
server or the agent wrote is shown with its control characters escaped: it cannot drive the
terminal.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

from ._run_result import RunClock
from ._state import ConversationState, ExecutionStatus
from ._terminal_text import printable
from ._token_stream import TokenItemStatus, TokenUpdate
from ._transfer_progress import TransferProgress
from .events import Event, is_persisted, sent_kind

_COLOURS = {"agent": "36", "user": "32", "environment": "33", "hook": "35", "error": "31"}
_SPINNER = "|/-\\"
# After this long without an event the status line says how long (an LLM retrying, a slow tool).
_QUIET_SECONDS = 5.0
# State fields that change on every step and would drown the view.
_NOISY_KEYS = frozenset({"stats", "last_user_message_id"})
_ERROR_KINDS = frozenset({"ConversationErrorEvent", "AgentErrorEvent", "ServerErrorEvent"})
# Continuation lines of a wrapped event are indented this much (past the clock).
_INDENT = " " * 9
# How a streamed line ends when its item is retired without its message.
_STREAM_ENDS = {
    TokenItemStatus.ABORTED: " [aborted: {reason}]",
    TokenItemStatus.SUPERSEDED: " [retried]",
    TokenItemStatus.ABANDONED: " [stream lost]",
}


def _as_dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


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


def _wrapped(text: str, first_width: int, width: int) -> list[str]:
    """``text`` whole: the first line fits ``first_width``, the others ``width`` (indented)."""
    lines: list[str] = []
    for paragraph in text.strip().splitlines() or [""]:
        limit = first_width if not lines else width - len(_INDENT)
        chunk = textwrap.wrap(paragraph, max(20, limit)) or [""]
        if len(chunk) > 1 and not lines:  # the rest of a long first paragraph
            rest = " ".join(chunk[1:])
            chunk = chunk[:1] + textwrap.wrap(rest, max(20, width - len(_INDENT)))
        lines.extend(chunk)
    return lines[:1] + [_INDENT + line if line else "" for line in lines[1:]]


def is_whole(event: Event) -> bool:
    """Whether ``event`` deserves its whole text: a message, an error or a ``finish``."""
    kind = sent_kind(event)
    if kind == "MessageEvent" or kind in _ERROR_KINDS:
        return True
    return kind == "ActionEvent" and event.to_dict().get("tool_name") == "finish"


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
    if kind in _ERROR_KINDS:
        text = ": ".join(str(raw[k]) for k in ("code", "detail", "error") if raw.get(k))
        retryable = _as_dict(raw.get("classification")).get("retryable")
        if retryable is not None:
            text += f" (retryable: {'yes' if retryable else 'no'})"
        return text
    if kind == "SystemPromptEvent":
        return "system prompt set"
    return ""


class TerminalView:
    """Prints each event: time, source, kind and a summary.

    ``color`` defaults to whether ``stream`` is a terminal and ``NO_COLOR`` is unset or
    empty (https://no-color.org). With ``status_line`` (default: on a terminal) a live status
    line shows the agent's progress inside :meth:`ticking`: the status, the events seen, the
    watched run's time (from its ``running`` status to its end, then frozen) and the caller's
    :attr:`note` (``view.note = "3/20 done"``). Inside :meth:`ticking`, what the program prints
    to ``sys.stdout`` or ``sys.stderr`` meanwhile clears the status line first, so it never
    glues onto it.
    ``wrap``: ``True`` shows every event whole, ``False`` one truncated line each; the
    default shows user messages, errors and the agent's answers whole. ``transient`` also
    prints stream-only events (state snapshots, token deltas) and the per-step ``stats``
    updates. An error repeated by a linked event is shown once. A streamed answer
    (:meth:`on_tokens`) is shown as it arrives; its message is then not printed again, unless
    deltas were lost on the way (the message is then shown whole after the partial line).
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        color: bool | None = None,
        status_line: bool | None = None,
        wrap: bool | None = None,
        transient: bool = False,
    ) -> None:
        self._out = stream or sys.stdout
        tty = self._out.isatty()
        self._color = tty and not os.environ.get("NO_COLOR") if color is None else color
        self._status_line = tty if status_line is None else status_line
        self._wrap = wrap
        self._transient = transient
        self._lock = threading.Lock()
        self._last_event = time.monotonic()
        self._clock = RunClock()
        self._ticking = False
        self._errors_shown: set[str] = set()
        self._live: str | None = None  # the item whose streamed line is open
        self._streamed: set[str] = set()  # messages shown whole as they streamed
        self._status_drawn = False
        self.seen = 0
        """Persisted events received (shown or not): what ``conv.events`` counts."""
        self.shown = 0
        """Events printed."""
        self._status = "starting"
        self._spin = 0
        self.note = ""
        """The caller's text at the end of the status line (e.g. batch counts); redrawn on
        the next tick."""

    def _paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self._color else text

    def __call__(self, event: Event) -> None:
        """Print ``event`` (the callback interface)."""
        raw = event.to_dict()
        self._last_event = time.monotonic()
        self._follow_status(raw)
        persisted = is_persisted(event)
        self.seen += persisted
        if not self._transient and (not persisted or raw.get("key") in _NOISY_KEYS):
            return
        if event.id in self._streamed:
            self._streamed.discard(event.id)
            if sent_kind(event) == "MessageEvent":
                return  # its text was shown as it streamed
        text = printable(summarize(event), lines=True)
        if sent_kind(event) in _ERROR_KINDS:
            if text in self._errors_shown:
                return  # the same error, repeated by a linked event
            self._errors_shown.add(text)
        self.shown += 1
        width = shutil.get_terminal_size((120, 20)).columns if self._out.isatty() else 120
        clock = event.timestamp[11:19] if len(event.timestamp) >= 19 else event.timestamp
        source, kind = event.source or "?", sent_kind(event)
        colour = _COLOURS["error"] if "Error" in kind else _COLOURS.get(source, "0")
        prefix = f"{printable(clock)} {printable(source):<11} {printable(kind):<28} "
        room = max(20, width - len(prefix))
        whole = is_whole(event) if self._wrap is None else self._wrap
        lines = _wrapped(text, room, width) if whole else [_first_line(text, room)]
        with self._lock:
            self._end_live("")
            self._clear_status()
            self._out.write(self._paint(prefix, colour) + "\n".join(lines) + "\n")
            self._draw_status()
            self._out.flush()

    def on_tokens(self, update: TokenUpdate) -> None:
        """Show a streamed answer as it arrives (the token-callback interface; see
        :meth:`AsyncConversation.stream_tokens`): its deltas on one growing line (reasoning
        dimmed), ended when the item is retired."""
        item = update.item
        with self._lock:
            if update.kind is not None:
                if self._live != item.item_id:
                    self._end_live("")
                    self._clear_status()
                    clock = time.strftime("%H:%M:%S")
                    prefix = f"{clock} {'agent':<11} {'(streaming)':<28} "
                    self._out.write(self._paint(prefix, _COLOURS["agent"]))
                    self._live = item.item_id
                text = printable(update.delta, lines=True)
                self._out.write(self._paint(text, "2") if update.kind == "reasoning" else text)
            elif item.done:
                if self._live == item.item_id:
                    ending = _STREAM_ENDS.get(item.status, "")
                    self._end_live(ending.format(reason=printable(item.reason or "")))
                    self._draw_status()
                whole = not item.lossy and item.text and item.text == item.final
                if item.status is TokenItemStatus.FINAL and whole:
                    self._streamed.add(item.item_id)
            self._out.flush()

    def _end_live(self, ending: str) -> None:
        """End the open streamed line (if any) with ``ending`` (lock held)."""
        if self._live is not None:
            self._out.write(ending + "\n")
            self._live = None

    def _follow_status(self, raw: Mapping[str, Any]) -> None:
        """Take the execution status from a state update (one field or a whole snapshot)."""
        key, value = raw.get("key"), raw.get("value")
        if key == "full_state" and isinstance(value, Mapping):
            value = value.get("execution_status")
        elif key != "execution_status":
            return
        if isinstance(value, str):
            self._status = printable(value)
            self._clock.observe(ExecutionStatus.parse(value))

    def tick(self) -> None:
        """Redraw the live status line (call it periodically while waiting)."""
        with self._lock:
            self._clear_status()
            self._draw_status()
            self._out.flush()

    @contextlib.contextmanager
    def ticking(self, interval: float = 0.1) -> Iterator[None]:
        """Keep the status line moving (a background timer) for the duration of the block.

        The status line is shown only inside this block and is cleared however it ends.
        """
        if not self._status_line:
            yield
            return
        stop = threading.Event()
        self._ticking = True

        def loop() -> None:
            while not stop.wait(interval):
                self.tick()

        ticker = threading.Thread(target=loop, name="openhands-view", daemon=True)
        ticker.start()
        stdout, stderr = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = _Clearing(stdout, self), _Clearing(stderr, self)
        try:
            yield
        finally:
            sys.stdout, sys.stderr = stdout, stderr
            stop.set()
            ticker.join()
            with self._lock:
                self._clear_status()
                self._ticking = False
                self._out.flush()

    def _clear_status(self) -> None:
        if self._ticking and self._status_drawn:
            self._out.write("\r\033[K")
            self._status_drawn = False

    def _draw_status(self) -> None:
        if not self._ticking or self._live is not None:  # never on a streamed line
            return
        self._status_drawn = True
        self._spin = (self._spin + 1) % len(_SPINNER)
        now = time.monotonic()
        spinner = _SPINNER[self._spin] if self._status == "running" else " "
        text = f"{spinner} {self._status} · {self.seen} events"
        elapsed = self._clock.duration
        if elapsed is not None:
            text += f" · {elapsed:5.1f} s"
        if self._status == "running" and now - self._last_event >= _QUIET_SECONDS:
            text += f" · no event for {now - self._last_event:.0f} s (LLM retries are silent)"
        if self.note:
            text += f" · {printable(self.note)}"
        self._out.write(self._paint(text, "2"))

    def _write_around_status(self, target: TextIO, text: str) -> int:
        """Write another part of the program's ``text`` to ``target``: the status line is
        cleared first and drawn again once the text ends a line."""
        with self._lock:
            self._clear_status()
            self._out.flush()
            written = target.write(text)
            if text.endswith("\n"):
                target.flush()
                self._draw_status()
                self._out.flush()
            return written


class _Clearing:
    """``sys.stdout``/``sys.stderr`` inside :meth:`TerminalView.ticking`: each write clears
    the status line first (every other attribute is the stream's own)."""

    def __init__(self, stream: TextIO, view: TerminalView) -> None:
        self._stream = stream
        self._view = view

    def write(self, text: str) -> int:
        """Write ``text`` around the status line."""
        return self._view._write_around_status(self._stream, text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def usage_of(state: ConversationState) -> tuple[int, int, float]:
    """(prompt tokens, completion tokens, cost) over every LLM: ``state.metrics``."""
    metrics = state.metrics
    usage = metrics.accumulated_token_usage
    return usage.prompt_tokens, usage.completion_tokens, metrics.accumulated_cost


@dataclass(frozen=True)
class RunSummary:
    """What a finished run amounted to. ``events_by_kind`` counts the persisted log."""

    status: str
    events_by_kind: dict[str, int]
    prompt_tokens: int
    completion_tokens: int
    cost: float
    wall_seconds: float | None = None

    @classmethod
    def of(
        cls, state: ConversationState, events: Iterable[Event], wall_seconds: float | None = None
    ) -> RunSummary:
        """Summarise a conversation from its state (combined metrics) and its event log."""
        prompt, completion, cost = usage_of(state)
        kinds = Counter(sent_kind(e) for e in events)
        return cls(
            status=state.execution_status.value,
            events_by_kind=dict(sorted(kinds.items())),
            prompt_tokens=prompt,
            completion_tokens=completion,
            cost=cost,
            wall_seconds=wall_seconds,
        )

    @property
    def events(self) -> int:
        """How many events the log holds."""
        return sum(self.events_by_kind.values())

    def line(self) -> str:
        """One line: status, events, tokens, cost (and time, if known)."""
        return (
            f"{printable(self.status)} · {self.events} events in the log · "
            f"{self.prompt_tokens} prompt + {self.completion_tokens} completion tokens · "
            f"${self.cost:.4f}"
            + ("" if self.wall_seconds is None else f" · {self.wall_seconds:.1f} s")
        )

    def render(self) -> str:
        """A few readable lines."""
        kinds = ", ".join(f"{printable(kind)} {n}" for kind, n in self.events_by_kind.items())
        return "\n".join(
            [
                f"status:  {printable(self.status)}",
                f"events:  {self.events} in the log ({kinds})",
                f"tokens:  {self.prompt_tokens} prompt + {self.completion_tokens} completion",
                f"cost:    ${self.cost:.4f}",
            ]
            + ([] if self.wall_seconds is None else [f"time:    {self.wall_seconds:.1f} s"])
        )


__all__ = [
    "RunSummary",
    "TerminalView",
    "TransferProgress",
    "is_whole",
    "summarize",
    "usage_of",
]
