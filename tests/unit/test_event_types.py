"""Static and runtime types of decoded events agree, and nothing of a payload is lost."""

from __future__ import annotations

import types
import typing
from typing import Any

import pytest

from openhands_api import models
from openhands_api.models.action_event import ActionEvent
from openhands_api.models.observation_event import ObservationEvent
from openhands_api.models.think_action import ThinkAction
from openhands_api.models.think_observation import ThinkObservation
from openhands_api.models.unknown_action import UnknownAction
from openhands_api.models.unknown_observation import UnknownObservation
from openhands_client import UnknownEvent, decode_event
from openhands_client.events import sent_kind
from tests.unit.fakes import action, observation, ts

NEW_ACTION = {"kind": "TeleportAction", "destination": "mars", "nested": {"a": [1, 2]}}
NEW_OBSERVATION = {"kind": "TeleportObservation", "content": [{"type": "text", "text": "ok"}]}
# A known kind whose payload does not fit its class (no `thought`): kept, with the kind sent.
BROKEN_THINK = {"kind": "ThinkAction", "note": "no thought"}


class _ModelNames(dict[str, Any]):
    """Every generated model by name: the generated modules import their annotations' classes
    only for type checkers, and the models package loads each on first use."""

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


def declared(cls: type, field: str) -> tuple[type, ...]:
    """The runtime classes the generated annotation of ``cls.field`` admits."""
    hint = typing.get_type_hints(cls, localns=_ModelNames())[field]
    members = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    return tuple(typing.get_origin(m) or m for m in members)


@pytest.mark.parametrize(
    ("nested", "expected"),
    [
        ({"kind": "ThinkAction", "thought": "hm"}, ThinkAction),
        (NEW_ACTION, UnknownAction),
        (BROKEN_THINK, UnknownAction),
    ],
)
def test_an_action_of_any_kind_decodes_to_a_declared_type_and_round_trips(
    nested: dict[str, Any], expected: type
) -> None:
    raw = {**action("a1", ts(1)), "action": nested}
    event = decode_event(raw)
    assert isinstance(event, ActionEvent)
    assert type(event.action) is expected
    assert isinstance(event.action, declared(ActionEvent, "action"))
    assert event.action.kind == nested["kind"]
    assert event.to_dict() == raw


@pytest.mark.parametrize(
    ("nested", "expected"),
    [
        (observation("o1", ts(1), "a1")["observation"], ThinkObservation),
        (NEW_OBSERVATION, UnknownObservation),
    ],
)
def test_an_observation_of_any_kind_keeps_its_event_typed_and_round_trips(
    nested: dict[str, Any], expected: type
) -> None:
    raw = {**observation("o1", ts(1), "a1"), "observation": nested}
    event = decode_event(raw)
    assert isinstance(event, ObservationEvent)
    assert type(event.observation) is expected
    assert isinstance(event.observation, declared(ObservationEvent, "observation"))
    assert event.to_dict() == raw


def test_an_unknown_event_has_its_own_kind_and_keeps_the_one_sent() -> None:
    raw = {"kind": "PlanEvent", "id": "p1", "timestamp": ts(1), "source": "martian", "x": 1}
    event = decode_event(raw)
    assert isinstance(event, UnknownEvent)
    assert event.kind == "UnknownEvent" and event.sent_kind == "PlanEvent"
    assert sent_kind(event) == "PlanEvent" and sent_kind(decode_event(action("a", ts(2)))) == (
        "ActionEvent"
    )
    assert event.source is None and event.raw["source"] == "martian"
    assert event.to_dict() == raw


def test_every_event_class_and_the_nested_catch_alls_import_from_openhands_client_models() -> None:
    import openhands_client.models as models
    from openhands_api.registry import EVENT_CLASSES

    for kind in [*EVENT_CLASSES, "UnknownAction", "UnknownObservation", "UnknownEvent"]:
        assert kind in models.__all__ and isinstance(getattr(models, kind), type), kind
    assert models.Agent.__name__ == "AgentInput" and models.Metrics is not None
