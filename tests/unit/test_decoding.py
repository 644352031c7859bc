"""Generated decoding: kind-tagged unions dispatch through a table, and stay lenient.

The templates under ``scripts/spec/templates/property_templates`` make a union of models that
pin ``kind`` pick its member by ``kind`` (no member tried in vain) and drop the run-time
``cast(Literal[...])``; a payload that does not fit still fails at decode time, where
``decode_event`` turns it into an :class:`UnknownEvent`.
"""

from __future__ import annotations

import ast
import builtins
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


def _bound_at_module_level(tree: ast.Module) -> set[str]:
    """Names a module binds when imported (``if TYPE_CHECKING:`` blocks left out)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _globals_of(tree: ast.Module, function: str) -> set[str]:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function:
            return {n for g in ast.walk(node) if isinstance(g, ast.Global) for n in g.names}
    return set()


def _names_run(node: ast.AST) -> set[str]:
    """The names ``node`` loads when it runs (annotations are never evaluated here)."""
    if isinstance(node, ast.Name):
        return {node.id} if isinstance(node.ctx, ast.Load) else set()
    skip: set[int] = set()
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        skip.add(id(node.returns))
        skip.update(id(a.annotation) for a in ast.walk(node.args) if isinstance(a, ast.arg))
    if isinstance(node, ast.AnnAssign):
        skip.add(id(node.annotation))
    names: set[str] = set()
    for child in ast.iter_child_nodes(node):
        if id(child) not in skip:
            names |= _names_run(child)
    return names


def test_every_model_name_from_dict_uses_is_bound_before_it_runs() -> None:
    """The lazy imports from_dict runs bind every model it names (the members of kind-dispatched
    unions are imported by kind instead): a name left out would fail only on decode."""
    models = Path(__file__).resolve().parents[2] / "generated" / "openhands_api" / "models"
    missing: list[str] = []
    for path in sorted(models.glob("*.py")):
        tree = ast.parse(path.read_text())
        module_level = _bound_at_module_level(tree)
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            from_dict = next(
                (f for f in cls.body if isinstance(f, ast.FunctionDef) and f.name == "from_dict"),
                None,
            )
            if from_dict is None:
                continue
            called = {
                c.func.id
                for c in ast.walk(from_dict)
                if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
            }
            lazy = set().union(
                *(_globals_of(tree, f) for f in called & {"_import_for_parsing", "_import_lazily"})
            )
            local = {
                n.id
                for n in ast.walk(from_dict)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
            }
            local |= {f.name for f in ast.walk(from_dict) if isinstance(f, ast.FunctionDef)}
            used = {n for n in _names_run(from_dict) if n[:1].isupper()}
            for name in sorted(used - module_level - lazy - local - set(dir(builtins))):
                missing.append(f"{path.name}: {cls.name}.from_dict uses {name}")
    assert missing == []
