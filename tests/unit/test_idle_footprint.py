"""What an attached, idle conversation keeps (issue 13: memory per attached conversation).

Many conversations are attached at once from one process: each must keep its state compactly
(identical subtrees shared, nothing parsed twice) and no object it only needed to get there.
"""

from __future__ import annotations

import uuid
from typing import Any

from openhands_client import ExecutionStatus
from openhands_client._state import ConversationState
from tests.unit.fakes import conversation_info, full_state, ts


def _state(status: str = "idle", **extra: Any) -> ConversationState:
    conversation_id = uuid.uuid4()
    state = ConversationState(conversation_id, conversation_info(conversation_id, status))
    snapshot = full_state("fs", ts(1), conversation_id, status, **extra)
    state.update("full_state", snapshot["value"])
    return state


def test_states_of_one_agent_share_its_subtree_and_hold_no_parsed_json() -> None:
    states = [_state() for _ in range(3)]
    for key in ("agent", "workspace", "stats", "confirmation_policy"):
        kept = {id(state._fields[key]) for state in states}
        assert len(kept) == 1, f"each state keeps its own copy of {key!r}"
    for state in states:
        containers = [k for k, v in state._fields.items() if isinstance(v, (dict, list))]
        assert containers == [], f"parsed JSON kept per conversation: {containers}"


def test_state_answers_from_its_compact_form() -> None:
    state = _state("running", title="A title", tags={"team": "x"})
    assert state.execution_status is ExecutionStatus.RUNNING
    assert state.title == "A title"
    assert state.stats.usage_to_metrics.additional_properties == {}
    raw = state.raw
    assert raw["agent"]["llm"]["model"] == "openai/think-2"
    assert raw["tags"] == {"team": "x"}
    assert state.info.id == state.id
    assert state.info.title == "A title"
    metrics = {"model_name": "m", "accumulated_cost": 0.25}
    state.update("stats", {"usage_to_metrics": {"agent": metrics}})
    assert state.metrics.accumulated_cost == 0.25
    assert state.info.stats.usage_to_metrics.additional_properties["agent"].model_name == "m"


def test_raw_is_a_copy_that_changes_nothing_shared() -> None:
    first, second = _state(), _state()
    first.raw["agent"]["llm"]["model"] = "changed"
    first.raw["tags"]["new"] = "x"
    assert first.raw["agent"]["llm"]["model"] == "openai/think-2"
    assert second.raw["agent"]["llm"]["model"] == "openai/think-2"
    assert first.raw["tags"] == {}
