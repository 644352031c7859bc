"""Generated decoding: kind-tagged unions dispatch through a table, and stay lenient.

The templates under ``scripts/spec/templates/property_templates`` make a union of models that
pin ``kind`` pick its member by ``kind`` (no member tried in vain) and drop the run-time
``cast(Literal[...])``; a payload that does not fit still fails at decode time, where
``decode_event`` turns it into an :class:`UnknownEvent`.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from openhands_api.models.action_event import ActionEvent
from openhands_api.models.event_page import EventPage
from openhands_api.models.finish_action import FinishAction
from openhands_api.models.mcp_tool_action import MCPToolAction
from openhands_api.models.observation_event import ObservationEvent
from openhands_api.models.think_action import ThinkAction
from openhands_api.models.think_observation import ThinkObservation
from openhands_client import UnknownEvent, decode_event
from tests.unit.fakes import action, message, observation, ts

GENERATED = Path(__file__).resolve().parents[2] / "generated" / "openhands_api"


def test_a_tagged_member_is_picked_by_kind_without_trying_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # MCPToolAction is the action union's first member: trying members in order calls it first.
    tried: list[str] = []

    def refuse(src_dict: Any) -> Any:
        tried.append("MCPToolAction")
        raise ValueError("not mine")

    monkeypatch.setattr(MCPToolAction, "from_dict", staticmethod(refuse))
    event = decode_event(action("a1", ts(1), "hmm"))
    assert isinstance(event, ActionEvent)
    assert isinstance(event.action, ThinkAction) and event.action.thought == "hmm"
    assert tried == []


def test_every_member_of_a_tagged_union_decodes_to_its_own_class() -> None:
    finish = {**action("a1", ts(1)), "action": {"kind": "FinishAction", "message": "bye"}}
    decoded = decode_event(finish)
    assert isinstance(decoded, ActionEvent) and isinstance(decoded.action, FinishAction)
    assert decoded.to_dict() == finish
    obs = decode_event(observation("o1", ts(2), "a1"))
    assert isinstance(obs, ObservationEvent) and isinstance(obs.observation, ThinkObservation)


def test_a_list_of_tagged_unions_decodes_each_item_by_kind() -> None:
    items = [message("m1", ts(1)), action("a1", ts(2)), observation("o1", ts(3), "a1")]
    page = EventPage.from_dict({"items": items, "next_page_id": None})
    assert [type(item).__name__ for item in page.items] == [
        "MessageEvent",
        "ActionEvent",
        "ObservationEvent",
    ]
    assert [item.to_dict() for item in page.items] == items


# Unknown nested kinds and misfit payloads of known kinds decode to the unions' catch-all
# members (UnknownAction, UnknownObservation): tests/unit/test_event_types.py holds that rule.


def test_a_non_object_where_a_tagged_union_is_expected_fails_at_decode_time() -> None:
    raw = {**observation("o1", ts(1), "a1"), "observation": "text"}
    event = decode_event(raw)
    assert isinstance(event, UnknownEvent) and "TypeError" in event.error


def test_a_const_kind_is_still_checked_without_the_runtime_cast() -> None:
    with pytest.raises(ValueError, match="kind must match const"):
        ThinkAction.from_dict({"kind": "FinishAction", "thought": "x"})
    literal_casts = [
        path.name
        for path in (GENERATED / "models").glob("*.py")
        if "cast(Literal[" in path.read_text(encoding="utf-8")
    ]
    assert literal_casts == []


def test_each_kind_table_is_bound_once_per_module() -> None:
    # Tables are module globals named after the union's property: two unions of one module
    # with the same name would share a table (and one would decode into the other's classes).
    clashes = {}
    for path in GENERATED.rglob("*.py"):
        names = Counter(re.findall(r"global (_kinds_\w+)", path.read_text(encoding="utf-8")))
        clashes.update({f"{path.name}:{n}": c for n, c in names.items() if c > 1})
    assert clashes == {}
    assert "_kinds_action" in (GENERATED / "models" / "action_event.py").read_text()


def test_decoding_imports_the_kinds_it_meets_not_every_kind_of_the_union() -> None:
    code = f"""
import json, sys
from openhands_client.events import decode_event
event = decode_event(json.loads({json.dumps(json.dumps(action("a1", "2026-01-01T00:00:00")))}))
loaded = lambda name: "openhands_api.models." + name in sys.modules
print(type(event.action).__name__, loaded("think_action"), loaded("terminal_action"))
event.to_dict()  # serializing may take every member
print(loaded("terminal_action"))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["ThinkAction", "True", "False", "True"]
