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
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmRiskyInput")


@_attrs_define
class ConfirmRiskyInput:
    kind: Literal["ConfirmRisky"] = "ConfirmRisky"
    confirm_unknown: bool | Unset = True
    threshold: SecurityRisk | Unset = UNSET
    """ Security risk levels for actions.

    Based on OpenHands security risk levels but adapted for agent-sdk.
    Integer values allow for easy comparison and ordering. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        confirm_unknown = self.confirm_unknown

        threshold: str | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if confirm_unknown is not UNSET:
            field_dict["confirm_unknown"] = confirm_unknown
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "ConfirmRisky":
            raise ValueError(f"kind must match const 'ConfirmRisky', got '{kind}'")

        confirm_unknown = d.pop("confirm_unknown", UNSET)

        _threshold = d.pop("threshold", UNSET)
        threshold: SecurityRisk | Unset
        if isinstance(_threshold, Unset):
            threshold = UNSET
        else:
            threshold = check_security_risk(_threshold)

        confirm_risky_input = cls(
            kind=kind,
            confirm_unknown=confirm_unknown,
            threshold=threshold,
        )

        confirm_risky_input.additional_properties = d
        return confirm_risky_input

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
