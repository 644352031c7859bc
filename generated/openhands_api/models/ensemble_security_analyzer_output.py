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
    from ..models.gray_swan_analyzer_output import GraySwanAnalyzerOutput
    from ..models.llm_security_analyzer_output import LLMSecurityAnalyzerOutput
    from ..models.pattern_security_analyzer_output import PatternSecurityAnalyzerOutput
    from ..models.policy_rail_security_analyzer_output import (
        PolicyRailSecurityAnalyzerOutput,
    )
    from ..models.tool_shield_llm_security_analyzer_output import (
        ToolShieldLLMSecurityAnalyzerOutput,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        GraySwanAnalyzerOutput, \
        LLMSecurityAnalyzerOutput, \
        PatternSecurityAnalyzerOutput, \
        PolicyRailSecurityAnalyzerOutput, \
        ToolShieldLLMSecurityAnalyzerOutput
    from ..models.gray_swan_analyzer_output import GraySwanAnalyzerOutput
    from ..models.llm_security_analyzer_output import LLMSecurityAnalyzerOutput
    from ..models.pattern_security_analyzer_output import PatternSecurityAnalyzerOutput
    from ..models.policy_rail_security_analyzer_output import (
        PolicyRailSecurityAnalyzerOutput,
    )
    from ..models.tool_shield_llm_security_analyzer_output import (
        ToolShieldLLMSecurityAnalyzerOutput,
    )

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="EnsembleSecurityAnalyzerOutput")


@_attrs_define
class EnsembleSecurityAnalyzerOutput:
    """Wire multiple analyzers together and take the worst-case risk.

    Use this as the top-level analyzer you set on a conversation. It
    calls each child analyzer, collects their risk assessments, and
    returns the highest concrete risk. It does not perform any detection,
    extraction, or normalization of its own.

    How UNKNOWN works (default, ``propagate_unknown=False``): if *all*
    children return UNKNOWN, the ensemble returns UNKNOWN (which
    ``ConfirmRisky`` confirms by default). If any child returns a
    concrete level, UNKNOWN results are filtered out and the highest
    concrete level wins.

    With ``propagate_unknown=True``: if *any* child returns UNKNOWN, the
    ensemble returns UNKNOWN regardless of other results. Use this in
    stricter environments where incomplete assessment should trigger
    confirmation.

    If a child analyzer raises an exception, it contributes HIGH
    (fail-closed, logged). This prevents a broken analyzer from silently
    degrading safety.

    Example::

        from openhands.sdk.security import (
            EnsembleSecurityAnalyzer,
            PatternSecurityAnalyzer,
            PolicyRailSecurityAnalyzer,
            ConfirmRisky,
            SecurityRisk,
        )

        analyzer = EnsembleSecurityAnalyzer(
            analyzers=[
                PolicyRailSecurityAnalyzer(),
                PatternSecurityAnalyzer(),
            ]
        )
        policy = ConfirmRisky(threshold=SecurityRisk.MEDIUM)

    """

    analyzers: list[
        EnsembleSecurityAnalyzerOutput
        | GraySwanAnalyzerOutput
        | LLMSecurityAnalyzerOutput
        | PatternSecurityAnalyzerOutput
        | PolicyRailSecurityAnalyzerOutput
        | ToolShieldLLMSecurityAnalyzerOutput
    ]
    """ Analyzers whose assessments are combined via max-severity """
    kind: Literal["EnsembleSecurityAnalyzer"] = "EnsembleSecurityAnalyzer"
    propagate_unknown: bool = False
    """ When True, any child returning UNKNOWN causes the ensemble to return UNKNOWN. When False (default), UNKNOWN
    is filtered out if any child returns a concrete level. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        analyzers = []
        for analyzers_item_data in self.analyzers:
            analyzers_item: dict[str, Any]
            if isinstance(analyzers_item_data, PatternSecurityAnalyzerOutput):
                analyzers_item = analyzers_item_data.to_dict()
            elif isinstance(analyzers_item_data, PolicyRailSecurityAnalyzerOutput):
                analyzers_item = analyzers_item_data.to_dict()
            elif isinstance(analyzers_item_data, EnsembleSecurityAnalyzerOutput):
                analyzers_item = analyzers_item_data.to_dict()
            elif isinstance(analyzers_item_data, GraySwanAnalyzerOutput):
                analyzers_item = analyzers_item_data.to_dict()
            elif isinstance(analyzers_item_data, LLMSecurityAnalyzerOutput):
                analyzers_item = analyzers_item_data.to_dict()
            else:
                analyzers_item = analyzers_item_data.to_dict()

            analyzers.append(analyzers_item)

        kind = self.kind

        propagate_unknown = self.propagate_unknown

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analyzers": analyzers,
                "kind": kind,
                "propagate_unknown": propagate_unknown,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        analyzers = []
        _analyzers = d.pop("analyzers")
        for analyzers_item_data in _analyzers:

            def _parse_analyzers_item(
                data: object,
            ) -> (
                EnsembleSecurityAnalyzerOutput
                | GraySwanAnalyzerOutput
                | LLMSecurityAnalyzerOutput
                | PatternSecurityAnalyzerOutput
                | PolicyRailSecurityAnalyzerOutput
                | ToolShieldLLMSecurityAnalyzerOutput
            ):
                global _kinds_analyzers_item
                try:
                    table = _kinds_analyzers_item
                except NameError:
                    table = _kinds_analyzers_item = {
                        "PatternSecurityAnalyzer": (
                            ".pattern_security_analyzer_output",
                            "PatternSecurityAnalyzerOutput",
                        ),
                        "PolicyRailSecurityAnalyzer": (
                            ".policy_rail_security_analyzer_output",
                            "PolicyRailSecurityAnalyzerOutput",
                        ),
                        "EnsembleSecurityAnalyzer": (
                            ".ensemble_security_analyzer_output",
                            "EnsembleSecurityAnalyzerOutput",
                        ),
                        "GraySwanAnalyzer": (
                            ".gray_swan_analyzer_output",
                            "GraySwanAnalyzerOutput",
                        ),
                        "LLMSecurityAnalyzer": (
                            ".llm_security_analyzer_output",
                            "LLMSecurityAnalyzerOutput",
                        ),
                        "ToolShieldLLMSecurityAnalyzer": (
                            ".tool_shield_llm_security_analyzer_output",
                            "ToolShieldLLMSecurityAnalyzerOutput",
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

            analyzers_item = _parse_analyzers_item(analyzers_item_data)

            analyzers.append(analyzers_item)

        kind = d.pop("kind")
        if kind != "EnsembleSecurityAnalyzer":
            raise ValueError(
                f"kind must match const 'EnsembleSecurityAnalyzer', got '{kind}'"
            )

        propagate_unknown = d.pop("propagate_unknown")

        ensemble_security_analyzer_output = cls(
            analyzers=analyzers,
            kind=kind,
            propagate_unknown=propagate_unknown,
        )

        ensemble_security_analyzer_output.additional_properties = d
        return ensemble_security_analyzer_output

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
