"""conv.result(), conv.last_error and the typed run error: a run's outcome as a record."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from openhands_client import (
    AsyncAgentServer,
    ConversationRunError,
    ConversationState,
    ExecutionStatus,
    RunResult,
    RunTimeoutError,
)
from openhands_client._run_result import final_answer
from openhands_client.events import decode_event
from tests.unit.fakes import (
    FakeAgentServer,
    RunContext,
    action,
    message,
    standard_run,
    ts,
)


async def test_a_finished_runs_record_has_its_answer_timing_and_log_size(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation(run_script=standard_run(steps=2, answer="42, I think"))
    conv = await client.attach_conversation(conv_f.id)
    assert conv.result().started_at is None and conv.result().duration is None  # no run yet
    await conv.run(timeout=10)
    result = conv.result()
    assert result.id == conv.id
    assert result.status is ExecutionStatus.FINISHED
    assert result.final_answer == "42, I think"
    assert result.error is None and conv.last_error is None
    assert result.events == len(conv.events) > 0
    assert result.started_at is not None and result.started_at.tzinfo is not None
    assert result.duration is not None and 0 <= result.duration < 10
    assert conv.result().duration == result.duration, "the clock stops when the run ends"
    assert RunResult.from_json(result.to_json()) == result


@pytest.mark.parametrize("final", ["error", "stuck"])
async def test_a_failed_runs_error_is_typed_the_same_in_the_record_the_error_and_read_back(
    fake: FakeAgentServer, client: AsyncAgentServer, final: str
) -> None:
    script = standard_run(final=final, error=("LLMBadRequestError", "quota exceeded"))
    conv_f = fake.add_conversation(run_script=script)
    conv = await client.attach_conversation(conv_f.id)
    with pytest.raises(ConversationRunError) as caught:
        await conv.run(timeout=10)
    assert caught.value.status is ExecutionStatus(final)
    error = conv.last_error
    assert error is not None and error.kind == "ConversationErrorEvent"
    assert (error.code, error.detail) == ("LLMBadRequestError", "quota exceeded")
    assert caught.value.detail == conv.result().error == "LLMBadRequestError: quota exceeded"
    assert conv.result().status is ExecutionStatus(final)
    # Attached afresh, the record tells the same error (from the log).
    again = await client.attach_conversation(conv_f.id)
    assert again.last_error is not None and again.last_error.id == error.id
    assert again.result().error == conv.result().error


async def test_a_timed_out_runs_error_has_the_typed_status_and_the_clock_goes_on(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    async def endless(run: RunContext) -> None:
        await run.status("running")
        await run.sleep(30)

    conv_f = fake.add_conversation(run_script=endless)
    conv = await client.attach_conversation(conv_f.id)
    with pytest.raises(RunTimeoutError) as caught:
        await conv.run(timeout=0.3)
    assert caught.value.status is ExecutionStatus.RUNNING
    first = conv.result().duration
    assert first is not None and first > 0
    later = conv.result().duration
    assert later is not None and later > first, "a run still going is timed so far"


def test_the_record_counts_cost_and_tokens_over_every_llm() -> None:
    def metrics(cost: float, prompt: int, completion: int) -> dict[str, Any]:
        usage = {
            "model": "m",
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "cache_read_tokens": 0,
            "cache_write_tokens": 0,
            "context_window": 0,
            "per_turn_token": 0,
            "reasoning_tokens": 0,
            "response_id": "",
        }
        return {"model_name": "m", "accumulated_cost": cost, "accumulated_token_usage": usage}

    stats = {"usage_to_metrics": {"agent": metrics(0.25, 100, 7), "title": metrics(0.5, 20, 3)}}
    cid = uuid.uuid4()
    state = ConversationState(cid, {"execution_status": "finished", "stats": stats})
    result = RunResult.of(state, [])
    assert (result.cost, result.prompt_tokens, result.completion_tokens) == (0.75, 120, 10)
    assert (result.id, result.events, result.final_answer, result.error) == (cid, 0, "", None)
    assert json.loads(result.to_json())["status"] == "finished"


def test_the_final_answer_is_the_last_finish_message_or_agent_text() -> None:
    finish = action("a2", ts(2))
    finish["tool_name"] = "finish"
    finish["action"] = {"kind": "FinishAction", "message": "the answer"}
    log = [message("m1", ts(1), "question"), decode_event(finish)]
    events = [decode_event(e) if isinstance(e, dict) else e for e in log]
    assert final_answer(events) == "the answer"
    events.append(decode_event(message("m3", ts(3), "later text", source="agent")))
    assert final_answer(events) == "later text"
    events.append(decode_event(message("m4", ts(4), "a new task")))
    assert final_answer(events) == "later text", "a user message is no answer"
    assert final_answer([decode_event(message("m1", ts(1), "only the user"))]) == ""


@pytest.mark.parametrize(
    "change",
    [{"events": "3"}, {"cost": True}, {"id": "not-a-uuid"}, {"started_at": "yesterday"}],
)
def test_reading_back_something_else_than_a_record_is_refused(change: dict[str, Any]) -> None:
    state = ConversationState(uuid.uuid4(), {"execution_status": "finished"})
    data = {**RunResult.of(state, []).to_dict(), **change}
    with pytest.raises(ValueError, match="not a RunResult"):
        RunResult.from_dict(data)
    with pytest.raises(ValueError, match="missing events"):
        RunResult.from_dict({k: v for k, v in data.items() if k != "events"})
    with pytest.raises(ValueError, match="not a JSON object"):
        RunResult.from_json("[]")
