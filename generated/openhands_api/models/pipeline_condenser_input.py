# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.llm_summarizing_condenser_input import LLMSummarizingCondenserInput
    from ..models.no_op_condenser_input import NoOpCondenserInput

_imported = False


def _import_lazily() -> None:
    global _imported, LLMSummarizingCondenserInput, NoOpCondenserInput
    from ..models.llm_summarizing_condenser_input import LLMSummarizingCondenserInput
    from ..models.no_op_condenser_input import NoOpCondenserInput

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="PipelineCondenserInput")


@_attrs_define
class PipelineCondenserInput:
    """A condenser that applies a sequence of condensers in order.

    All condensers are defined primarily by their `condense` method, which takes a
    `View` and an optional `agent_llm` parameter, returning either a new `View` or a
    `Condensation` event. That means we can chain multiple condensers together by
    passing `View`s along and exiting early if any condenser returns a `Condensation`.

    For example:

        # Use the pipeline condenser to chain multiple other condensers together
        condenser = PipelineCondenser(condensers=[
            CondenserA(...),
            CondenserB(...),
            CondenserC(...),
        ])

        result = condenser.condense(view, agent_llm=agent_llm)

        # Doing the same thing without the pipeline condenser requires more boilerplate
        # for the monadic chaining
        other_result = view

        if isinstance(other_result, View):
            other_result = CondenserA(...).condense(other_result, agent_llm=agent_llm)

        if isinstance(other_result, View):
            other_result = CondenserB(...).condense(other_result, agent_llm=agent_llm)

        if isinstance(other_result, View):
            other_result = CondenserC(...).condense(other_result, agent_llm=agent_llm)

        assert result == other_result

    """

    condensers: list[
        LLMSummarizingCondenserInput | NoOpCondenserInput | PipelineCondenserInput
    ]
    kind: Literal["PipelineCondenser"] = "PipelineCondenser"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        condensers = []
        for condensers_item_data in self.condensers:
            condensers_item: dict[str, Any]
            if isinstance(condensers_item_data, LLMSummarizingCondenserInput):
                condensers_item = condensers_item_data.to_dict()
            elif isinstance(condensers_item_data, NoOpCondenserInput):
                condensers_item = condensers_item_data.to_dict()
            else:
                condensers_item = condensers_item_data.to_dict()

            condensers.append(condensers_item)

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condensers": condensers,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        condensers = []
        _condensers = d.pop("condensers")
        for condensers_item_data in _condensers:

            def _parse_condensers_item(
                data: object,
            ) -> (
                LLMSummarizingCondenserInput
                | NoOpCondenserInput
                | PipelineCondenserInput
            ):
                global _kinds_condensers_item
                try:
                    table = _kinds_condensers_item
                except NameError:
                    table = _kinds_condensers_item = {
                        "LLMSummarizingCondenser": (
                            ".llm_summarizing_condenser_input",
                            "LLMSummarizingCondenserInput",
                        ),
                        "NoOpCondenser": (
                            ".no_op_condenser_input",
                            "NoOpCondenserInput",
                        ),
                        "PipelineCondenser": (
                            ".pipeline_condenser_input",
                            "PipelineCondenserInput",
                        ),
                    }
                kind_ = data.get("kind") if isinstance(data, dict) else None
                member = table.get(kind_)
                if isinstance(member, tuple):
                    module_, class_ = member
                    member = table[kind_] = getattr(
                        importlib.import_module(module_, __package__), class_
                    )
                if member is None:
                    if isinstance(data, dict):
                        raise ValueError(
                            f"kind {data.get('kind')!r} is none of {sorted(table)}"
                        )
                    raise TypeError(f"expected an object, got {type(data).__name__}")
                return member.from_dict(data)

            condensers_item = _parse_condensers_item(condensers_item_data)

            condensers.append(condensers_item)

        kind = d.pop("kind")
        if kind != "PipelineCondenser":
            raise ValueError(f"kind must match const 'PipelineCondenser', got '{kind}'")

        pipeline_condenser_input = cls(
            condensers=condensers,
            kind=kind,
        )

        pipeline_condenser_input.additional_properties = d
        return pipeline_condenser_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
