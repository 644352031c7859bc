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

T = TypeVar("T", bound="PatternSecurityAnalyzerOutput")


@_attrs_define
class PatternSecurityAnalyzerOutput:
    """Catch dangerous agent actions through deterministic signature scanning.

    Use this when you want fast, local, no-network threat detection at the
    action boundary. It returns ``SecurityRisk.HIGH``, ``MEDIUM``, or ``LOW``.
    It returns ``UNKNOWN`` when the shell scan cannot resolve relevant
    destructive structure. Pair it with ``ConfirmRisky`` to decide what gets
    confirmed.

    The key design choice: shell-destructive patterns only scan what the
    agent will *execute* (tool arguments), never what it *thought about*
    (reasoning text). Injection patterns scan everything, because
    "ignore all previous instructions" is dangerous wherever it appears.

    Normalization is always on -- invisible characters and fullwidth
    substitutions are collapsed before matching.

    Example::

        from openhands.sdk.security import PatternSecurityAnalyzer, ConfirmRisky

        analyzer = PatternSecurityAnalyzer()
        policy = ConfirmRisky(threshold=SecurityRisk.MEDIUM)

    """

    high_patterns: list[list[str]]
    """ HIGH patterns scanned against executable fields only """
    injection_high_patterns: list[list[str]]
    """ HIGH patterns scanned against all fields """
    injection_medium_patterns: list[list[str]]
    """ MEDIUM patterns scanned against all fields """
    medium_patterns: list[list[str]]
    """ MEDIUM patterns scanned against executable fields only """
    kind: Literal["PatternSecurityAnalyzer"] = "PatternSecurityAnalyzer"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        high_patterns = []
        for high_patterns_item_data in self.high_patterns:
            high_patterns_item = []
            for high_patterns_item_item_data in high_patterns_item_data:
                high_patterns_item_item: str
                high_patterns_item_item = high_patterns_item_item_data
                high_patterns_item.append(high_patterns_item_item)

            high_patterns.append(high_patterns_item)

        injection_high_patterns = []
        for injection_high_patterns_item_data in self.injection_high_patterns:
            injection_high_patterns_item = []
            for (
                injection_high_patterns_item_item_data
            ) in injection_high_patterns_item_data:
                injection_high_patterns_item_item: str
                injection_high_patterns_item_item = (
                    injection_high_patterns_item_item_data
                )
                injection_high_patterns_item.append(injection_high_patterns_item_item)

            injection_high_patterns.append(injection_high_patterns_item)

        injection_medium_patterns = []
        for injection_medium_patterns_item_data in self.injection_medium_patterns:
            injection_medium_patterns_item = []
            for (
                injection_medium_patterns_item_item_data
            ) in injection_medium_patterns_item_data:
                injection_medium_patterns_item_item: str
                injection_medium_patterns_item_item = (
                    injection_medium_patterns_item_item_data
                )
                injection_medium_patterns_item.append(
                    injection_medium_patterns_item_item
                )

            injection_medium_patterns.append(injection_medium_patterns_item)

        kind = self.kind

        medium_patterns = []
        for medium_patterns_item_data in self.medium_patterns:
            medium_patterns_item = []
            for medium_patterns_item_item_data in medium_patterns_item_data:
                medium_patterns_item_item: str
                medium_patterns_item_item = medium_patterns_item_item_data
                medium_patterns_item.append(medium_patterns_item_item)

            medium_patterns.append(medium_patterns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "high_patterns": high_patterns,
                "injection_high_patterns": injection_high_patterns,
                "injection_medium_patterns": injection_medium_patterns,
                "kind": kind,
                "medium_patterns": medium_patterns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        high_patterns = []
        _high_patterns = d.pop("high_patterns")
        for high_patterns_item_data in _high_patterns:
            high_patterns_item = []
            _high_patterns_item = high_patterns_item_data
            for high_patterns_item_item_data in _high_patterns_item:

                def _parse_high_patterns_item_item(data: object) -> str:
                    return data  # type: ignore[return-value]

                high_patterns_item_item = _parse_high_patterns_item_item(
                    high_patterns_item_item_data
                )

                high_patterns_item.append(high_patterns_item_item)

            high_patterns.append(high_patterns_item)

        injection_high_patterns = []
        _injection_high_patterns = d.pop("injection_high_patterns")
        for injection_high_patterns_item_data in _injection_high_patterns:
            injection_high_patterns_item = []
            _injection_high_patterns_item = injection_high_patterns_item_data
            for injection_high_patterns_item_item_data in _injection_high_patterns_item:

                def _parse_injection_high_patterns_item_item(data: object) -> str:
                    return data  # type: ignore[return-value]

                injection_high_patterns_item_item = (
                    _parse_injection_high_patterns_item_item(
                        injection_high_patterns_item_item_data
                    )
                )

                injection_high_patterns_item.append(injection_high_patterns_item_item)

            injection_high_patterns.append(injection_high_patterns_item)

        injection_medium_patterns = []
        _injection_medium_patterns = d.pop("injection_medium_patterns")
        for injection_medium_patterns_item_data in _injection_medium_patterns:
            injection_medium_patterns_item = []
            _injection_medium_patterns_item = injection_medium_patterns_item_data
            for (
                injection_medium_patterns_item_item_data
            ) in _injection_medium_patterns_item:

                def _parse_injection_medium_patterns_item_item(data: object) -> str:
                    return data  # type: ignore[return-value]

                injection_medium_patterns_item_item = (
                    _parse_injection_medium_patterns_item_item(
                        injection_medium_patterns_item_item_data
                    )
                )

                injection_medium_patterns_item.append(
                    injection_medium_patterns_item_item
                )

            injection_medium_patterns.append(injection_medium_patterns_item)

        kind = d.pop("kind")
        if kind != "PatternSecurityAnalyzer":
            raise ValueError(
                f"kind must match const 'PatternSecurityAnalyzer', got '{kind}'"
            )

        medium_patterns = []
        _medium_patterns = d.pop("medium_patterns")
        for medium_patterns_item_data in _medium_patterns:
            medium_patterns_item = []
            _medium_patterns_item = medium_patterns_item_data
            for medium_patterns_item_item_data in _medium_patterns_item:

                def _parse_medium_patterns_item_item(data: object) -> str:
                    return data  # type: ignore[return-value]

                medium_patterns_item_item = _parse_medium_patterns_item_item(
                    medium_patterns_item_item_data
                )

                medium_patterns_item.append(medium_patterns_item_item)

            medium_patterns.append(medium_patterns_item)

        pattern_security_analyzer_output = cls(
            high_patterns=high_patterns,
            injection_high_patterns=injection_high_patterns,
            injection_medium_patterns=injection_medium_patterns,
            kind=kind,
            medium_patterns=medium_patterns,
        )

        pattern_security_analyzer_output.additional_properties = d
        return pattern_security_analyzer_output

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
