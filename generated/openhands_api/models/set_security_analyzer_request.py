# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ensemble_security_analyzer_input import EnsembleSecurityAnalyzerInput
    from ..models.gray_swan_analyzer_input import GraySwanAnalyzerInput
    from ..models.llm_security_analyzer_input import LLMSecurityAnalyzerInput
    from ..models.pattern_security_analyzer_input import PatternSecurityAnalyzerInput
    from ..models.policy_rail_security_analyzer_input import (
        PolicyRailSecurityAnalyzerInput,
    )
    from ..models.tool_shield_llm_security_analyzer_input import (
        ToolShieldLLMSecurityAnalyzerInput,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        EnsembleSecurityAnalyzerInput, \
        GraySwanAnalyzerInput, \
        LLMSecurityAnalyzerInput, \
        PatternSecurityAnalyzerInput, \
        PolicyRailSecurityAnalyzerInput, \
        ToolShieldLLMSecurityAnalyzerInput
    from ..models.ensemble_security_analyzer_input import EnsembleSecurityAnalyzerInput
    from ..models.gray_swan_analyzer_input import GraySwanAnalyzerInput
    from ..models.llm_security_analyzer_input import LLMSecurityAnalyzerInput
    from ..models.pattern_security_analyzer_input import PatternSecurityAnalyzerInput
    from ..models.policy_rail_security_analyzer_input import (
        PolicyRailSecurityAnalyzerInput,
    )
    from ..models.tool_shield_llm_security_analyzer_input import (
        ToolShieldLLMSecurityAnalyzerInput,
    )

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="SetSecurityAnalyzerRequest")


@_attrs_define
class SetSecurityAnalyzerRequest:
    """Payload to set security analyzer for a conversation"""

    security_analyzer: (
        EnsembleSecurityAnalyzerInput
        | GraySwanAnalyzerInput
        | LLMSecurityAnalyzerInput
        | None
        | PatternSecurityAnalyzerInput
        | PolicyRailSecurityAnalyzerInput
        | ToolShieldLLMSecurityAnalyzerInput
    )
    """ The security analyzer to set """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        security_analyzer: dict[str, Any] | None
        if isinstance(self.security_analyzer, PatternSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, PolicyRailSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, EnsembleSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, GraySwanAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, LLMSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, ToolShieldLLMSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        else:
            security_analyzer = self.security_analyzer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_analyzer": security_analyzer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)

        def _parse_security_analyzer(
            data: object,
        ) -> (
            EnsembleSecurityAnalyzerInput
            | GraySwanAnalyzerInput
            | LLMSecurityAnalyzerInput
            | None
            | PatternSecurityAnalyzerInput
            | PolicyRailSecurityAnalyzerInput
            | ToolShieldLLMSecurityAnalyzerInput
        ):
            if data is None:
                return data
            global _kinds_security_analyzer
            try:
                table = _kinds_security_analyzer
            except NameError:
                table = _kinds_security_analyzer = {
                    "PatternSecurityAnalyzer": (
                        ".pattern_security_analyzer_input",
                        "PatternSecurityAnalyzerInput",
                    ),
                    "PolicyRailSecurityAnalyzer": (
                        ".policy_rail_security_analyzer_input",
                        "PolicyRailSecurityAnalyzerInput",
                    ),
                    "EnsembleSecurityAnalyzer": (
                        ".ensemble_security_analyzer_input",
                        "EnsembleSecurityAnalyzerInput",
                    ),
                    "GraySwanAnalyzer": (
                        ".gray_swan_analyzer_input",
                        "GraySwanAnalyzerInput",
                    ),
                    "LLMSecurityAnalyzer": (
                        ".llm_security_analyzer_input",
                        "LLMSecurityAnalyzerInput",
                    ),
                    "ToolShieldLLMSecurityAnalyzer": (
                        ".tool_shield_llm_security_analyzer_input",
                        "ToolShieldLLMSecurityAnalyzerInput",
                    ),
                }
            kind_ = data.get("kind") if isinstance(data, dict) else None
            member = table.get(kind_)
            if isinstance(member, tuple):
                module_, class_ = member
                member = table[kind_] = getattr(
                    importlib.import_module(module_, __package__), class_
                )
            if member is not None:
                try:
                    return member.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return data  # type: ignore[return-value]

        security_analyzer = _parse_security_analyzer(d.pop("security_analyzer"))

        set_security_analyzer_request = cls(
            security_analyzer=security_analyzer,
        )

        set_security_analyzer_request.additional_properties = d
        return set_security_analyzer_request

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
