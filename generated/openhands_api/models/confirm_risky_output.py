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

from ..models.security_risk import SecurityRisk, check_security_risk

T = TypeVar("T", bound="ConfirmRiskyOutput")


@_attrs_define
class ConfirmRiskyOutput:
    threshold: SecurityRisk
    """ Security risk levels for actions.

    Based on OpenHands security risk levels but adapted for agent-sdk.
    Integer values allow for easy comparison and ordering. """
    confirm_unknown: bool = True
    kind: Literal["ConfirmRisky"] = "ConfirmRisky"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confirm_unknown = self.confirm_unknown

        kind = self.kind

        threshold: str = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "confirm_unknown": confirm_unknown,
                "kind": kind,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirm_unknown = d.pop("confirm_unknown")

        kind = d.pop("kind")
        if kind != "ConfirmRisky":
            raise ValueError(f"kind must match const 'ConfirmRisky', got '{kind}'")

        threshold = check_security_risk(d.pop("threshold"))

        confirm_risky_output = cls(
            confirm_unknown=confirm_unknown,
            kind=kind,
            threshold=threshold,
        )

        confirm_risky_output.additional_properties = d
        return confirm_risky_output

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
