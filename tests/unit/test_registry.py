"""The facade's event and status tables are the generated registry's, which is openapi.yaml's."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, get_args

import yaml

from openhands_api.registry import (
    EVENT_CLASSES,
    EXECUTION_STATUSES,
    STREAM_ONLY_KINDS,
    EventModel,
)
from openhands_client import ExecutionStatus
from openhands_client.events import Event, UnknownEvent

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))[
    "components"
]["schemas"]


def test_execution_status_members_are_the_spec_values_plus_unknown() -> None:
    assert [s.value for s in ExecutionStatus] == [*EXECUTION_STATUSES, "unknown"]
    assert list(EXECUTION_STATUSES) == SCHEMAS["ConversationExecutionStatus"]["enum"]


def test_event_kinds_are_the_event_union_of_the_spec() -> None:
    assert set(EVENT_CLASSES) == set(SCHEMAS["Event"]["discriminator"]["mapping"])


def test_stream_only_kinds_are_the_members_marked_in_the_spec() -> None:
    marked = {name for name, schema in SCHEMAS.items() if schema.get("x-stream-only")}
    assert marked == STREAM_ONLY_KINDS
    assert set(EVENT_CLASSES) >= STREAM_ONLY_KINDS


def test_every_kind_resolves_to_a_member_of_the_event_union() -> None:
    names = {ref.__forward_arg__ for ref in get_args(EventModel)}
    classes = {name for module, name in EVENT_CLASSES.values()}
    assert names == classes
    for module, name in EVENT_CLASSES.values():
        cls = getattr(importlib.import_module(module), name)
        assert cls.__name__ == name and callable(cls.from_dict)
    members = set(get_args(Event))
    assert UnknownEvent in members
    assert {m.__forward_arg__ for m in members - {UnknownEvent}} == classes
