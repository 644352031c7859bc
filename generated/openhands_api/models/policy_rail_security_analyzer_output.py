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

T = TypeVar("T", bound="PolicyRailSecurityAnalyzerOutput")


@_attrs_define
class PolicyRailSecurityAnalyzerOutput:
    """Catch threats defined by shell command structure.

    Named rails use shell syntax to detect dangerous operations, such as a
    network fetch piped to a downstream command. Per-segment evaluation keeps
    the threat model interpretable and prevents text from separate fields from
    forming one match.

    Evaluates original executable segments only -- reasoning text is never
    scanned.

    Returns ``SecurityRisk.HIGH`` when a rail fires and ``UNKNOWN`` when a
    relevant shell structure cannot be resolved. ``LOW`` means that no
    configured rail matched and no relevant uncertainty remained. It does not
    establish general safety or authorization. Pair with ``ConfirmRisky`` and
    compose via ``EnsembleSecurityAnalyzer``.

    v1 rails: fetch-to-exec, raw-disk-op, catastrophic-delete.

    Example::

        from openhands.sdk.security import PolicyRailSecurityAnalyzer

        analyzer = PolicyRailSecurityAnalyzer()
        # risk = analyzer.security_risk(action)

    """

    kind: Literal["PolicyRailSecurityAnalyzer"] = "PolicyRailSecurityAnalyzer"
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
        if kind != "PolicyRailSecurityAnalyzer":
            raise ValueError(
                f"kind must match const 'PolicyRailSecurityAnalyzer', got '{kind}'"
            )

        policy_rail_security_analyzer_output = cls(
            kind=kind,
        )

        policy_rail_security_analyzer_output.additional_properties = d
        return policy_rail_security_analyzer_output

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
