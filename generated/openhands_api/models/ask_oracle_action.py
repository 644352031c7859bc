# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AskOracleAction")


@_attrs_define
class AskOracleAction:
    """Action for asking the Oracle for advice."""

    question: str
    """ The specific question or dilemma to ask the Oracle about. Use this when you are stuck, uncertain, or need a
    second opinion. """
    kind: Literal["AskOracleAction"] = "AskOracleAction"
    context: None | str | Unset = UNSET
    """ Optional extra context, such as approaches already tried, constraints, or the recommendation you are
    considering. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        question = self.question

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "question": question,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "AskOracleAction":
            raise ValueError(f"kind must match const 'AskOracleAction', got '{kind}'")

        question = d.pop("question")

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        context = _parse_context(d.pop("context", UNSET))

        ask_oracle_action = cls(
            kind=kind,
            question=question,
            context=context,
        )

        ask_oracle_action.additional_properties = d
        return ask_oracle_action

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
