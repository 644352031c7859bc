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

T = TypeVar("T", bound="LLMSecurityAnalyzerInput")


@_attrs_define
class LLMSecurityAnalyzerInput:
    """LLM-based security analyzer.

    This analyzer respects the security_risk attribute that can be set by the LLM
    when generating actions, similar to OpenHands' LLMRiskAnalyzer.

    It provides a lightweight security analysis approach that leverages the LLM's
    understanding of action context and potential risks.

    """

    kind: Literal["LLMSecurityAnalyzer"] = "LLMSecurityAnalyzer"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "LLMSecurityAnalyzer":
            raise ValueError(
                f"kind must match const 'LLMSecurityAnalyzer', got '{kind}'"
            )

        llm_security_analyzer_input = cls(
            kind=kind,
        )

        llm_security_analyzer_input.additional_properties = d
        return llm_security_analyzer_input

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
