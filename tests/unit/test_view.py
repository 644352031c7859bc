"""The terminal view: one readable line per event, colours only on a terminal, a run summary."""

from __future__ import annotations

import io
import re
import uuid
from types import SimpleNamespace
from typing import Any

import pytest

from openhands_client import ConversationState, _run_result, decode_event
from openhands_client.view import RunSummary, TerminalView, summarize
from tests.unit.fakes import action, message, observation, status_update, ts


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def events() -> list[Any]:
    return [
        decode_event(message("m1", ts(1), "please fix the bug")),
        decode_event(action("a1", ts(2))),
        decode_event(observation("o1", ts(3), "a1")),
        decode_event(status_update("s1", ts(4), "finished")),
        decode_event({**status_update("s2", ts(5), "x"), "key": "stats", "value": {}}),
    ]


def test_each_event_is_one_line_with_source_kind_and_summary() -> None:
    out = io.StringIO()
    view = TerminalView(out)
    for event in events():
        view(event)
    lines = out.getvalue().splitlines()
    assert len(lines) == 4  # the per-step stats update is left out
    assert "user" in lines[0] and "MessageEvent" in lines[0] and "please fix the bug" in lines[0]
    assert "ActionEvent" in lines[1] and "think(" in lines[1]
    assert "ObservationEvent" in lines[2] and "think →" in lines[2]
    assert lines[3].endswith("execution_status = finished")
    assert "\033[" not in out.getvalue()


def test_colours_and_status_line_on_a_terminal() -> None:
    out = FakeTTY()
    view = TerminalView(out)
    with view.ticking(interval=60):
        view(events()[1])
    text = out.getvalue()
    assert "\033[36m" in text  # the agent's colour
    assert "· 1 events" in text  # the live status line
    assert text.endswith("\r\033[K")  # cleared when the block ends


def test_the_status_line_is_not_drawn_outside_ticking() -> None:
    """An event arriving after run() returned must not leave a status line for the next print."""
    out = FakeTTY()
    view = TerminalView(out)
    with view.ticking(interval=60):
        view(events()[0])
    after = len(out.getvalue())
    view(events()[1])
    late = out.getvalue()[after:]
    assert late.endswith("\n") and "events ·" not in late and "\r" not in late


def _error(eid: str, detail: str) -> Any:
    return decode_event(
        {
            "id": eid,
            "kind": "ConversationErrorEvent",
            "timestamp": ts(1),
            "source": "environment",
            "code": "LLMServiceUnavailableError",
            "detail": detail,
            "classification": {"kind": "transient", "retryable": True},
        }
    )


def test_messages_and_errors_are_whole_and_wrapped_at_80_columns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    long = "please " + "fix the failing test in the parser module " * 4 + "THE END"
    detail = "litellm.InternalServerError: " + "upstream said no " * 8 + "LAST"
    out = FakeTTY()
    view = TerminalView(out, color=False)
    view(decode_event(message("m1", ts(1), long)))
    view(decode_event(action("a1", ts(2), thought="x" * 200)))
    view(_error("e1", detail))
    view(_error("e2", detail))  # the linked event repeating it
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines)
    text = out.getvalue()
    assert "THE END" in text and "LAST" in text
    assert text.count("LAST") == 1  # the repeated error is shown once
    assert "(retryable: yes)" in text
    action_lines = [line for line in lines if "ActionEvent" in line]
    assert len(action_lines) == 1 and action_lines[0].endswith("…")  # other events: one line


def test_wrap_false_keeps_one_line_per_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = FakeTTY()
    view = TerminalView(out, color=False, wrap=False)
    view(decode_event(message("m1", ts(1), "word " * 100)))
    assert len(out.getvalue().splitlines()) == 1


def test_counts_say_what_they_count() -> None:
    view = TerminalView(io.StringIO())
    for event in events():
        view(event)
    assert (view.seen, view.shown) == (5, 4)  # the stats update is in the log, not shown


def test_summarize_an_error_event() -> None:
    raw = {
        "id": "e1",
        "kind": "ConversationErrorEvent",
        "timestamp": ts(1),
        "source": "environment",
        "code": "LLMError",
        "detail": "quota exceeded",
    }
    assert summarize(decode_event(raw)) == "LLMError: quota exceeded"
    raw["classification"] = {"kind": "auth", "retryable": False}
    assert summarize(decode_event(raw)) == "LLMError: quota exceeded (retryable: no)"


def usage(prompt: int, completion: int, context_window: int = 0) -> dict[str, Any]:
    """A ``TokenUsage`` as the server sends it (every field)."""
    return {
        "model": "m",
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "cache_read_tokens": 1,
        "cache_write_tokens": 0,
        "reasoning_tokens": 0,
        "context_window": context_window,
        "per_turn_token": prompt + completion,
        "response_id": "",
    }


def snapshot(cost: float, prompt: int, completion: int, window: int = 0) -> dict[str, Any]:
    """A ``MetricsSnapshot`` as the stream sends one per LLM (null fields left out)."""
    return {
        "model_name": "m",
        "accumulated_cost": cost,
        "accumulated_token_usage": usage(prompt, completion, window),
    }


def test_run_summary_counts_kinds_tokens_and_cost() -> None:
    stats = {"usage_to_metrics": {"agent": snapshot(0.25, 100, 7)}}
    state = ConversationState(uuid.uuid4(), {"execution_status": "finished", "stats": stats})
    summary = RunSummary.of(state, events(), 2.5)
    assert summary.events_by_kind["ConversationStateUpdateEvent"] == 2
    assert (summary.prompt_tokens, summary.completion_tokens, summary.cost) == (100, 7, 0.25)
    rendered = summary.render()
    assert "status:  finished" in rendered and "$0.2500" in rendered and "2.5 s" in rendered
    assert "events:  5 in the log" in rendered
    assert summary.line() == (
        "finished · 5 events in the log · 100 prompt + 7 completion tokens · $0.2500 · 2.5 s"
    )


def test_the_status_line_says_how_long_nothing_happened() -> None:
    """The server reports no LLM retries: a quiet run says how long it has been quiet."""
    out = FakeTTY()
    view = TerminalView(out)
    view(decode_event(status_update("s1", ts(1), "running")))
    with view.ticking(interval=60):
        view._last_event -= 30  # as if the last event came 30 s ago
        view.tick()
    assert "no event for 30 s" in out.getvalue()


def test_state_metrics_combine_every_llm_as_upstream() -> None:
    full = {
        **snapshot(0.5, 30, 3, window=4000),
        "costs": [{"cost": 0.5, "model": "m", "timestamp": 1.0}],
        "response_latencies": [],
        "token_usages": [usage(30, 3)],
    }
    stats = {"usage_to_metrics": {"agent": snapshot(0.25, 100, 7, window=8000), "title": full}}
    metrics = ConversationState(uuid.uuid4(), {"stats": stats}).metrics
    assert metrics.accumulated_cost == 0.75
    total = metrics.accumulated_token_usage
    assert total
    assert (total.prompt_tokens, total.completion_tokens, total.cache_read_tokens) == (130, 10, 2)
    assert (total.context_window, total.per_turn_token) == (8000, 33)
    assert isinstance(metrics.costs, list) and [c.cost for c in metrics.costs] == [0.5]
    assert isinstance(metrics.token_usages, list) and len(metrics.token_usages) == 1
    empty = ConversationState(uuid.uuid4(), {}).metrics
    assert empty.accumulated_cost == 0.0 and empty.accumulated_token_usage


def test_the_status_line_clock_runs_with_the_watched_run_and_takes_a_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [100.0]
    monkeypatch.setattr(_run_result, "time", SimpleNamespace(monotonic=lambda: now[0]))
    out = FakeTTY()
    view = TerminalView(out)
    with view.ticking(interval=60):
        view.tick()
        assert not re.search(r"\d s", out.getvalue()), "no clock before the run"
        now[0] += 50  # waiting before the run does not count
        view(decode_event(status_update("s1", ts(1), "running")))
        now[0] += 2.5
        view(decode_event(status_update("s2", ts(2), "finished")))
        now[0] += 40  # nor does the time after it
        view.note = "batch: 3/20 done"
        view.tick()
    last = out.getvalue().rsplit("\r\033[K", 2)[-2]
    assert "finished · 2 events ·   2.5 s · batch: 3/20 done" in last


def test_other_output_inside_ticking_does_not_glue_onto_the_status_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = FakeTTY()
    view = TerminalView(out)
    with view.ticking(interval=60):
        view.tick()
        drawn = len(out.getvalue())
        print("progress: 3 of 20")
        around = out.getvalue()[drawn:]
    assert capsys.readouterr().out == "progress: 3 of 20\n"
    assert around.startswith("\r\033[K"), "the status line is cleared before the print"
    assert "0 events" in around, "and drawn again after it"
