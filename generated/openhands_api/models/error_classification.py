# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_classification_user_action import (
    ErrorClassificationUserAction,
    check_error_classification_user_action,
)
from ..models.failure_kind import FailureKind, check_failure_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorClassification")


@_attrs_define
class ErrorClassification:
    """The only failure metadata that crosses the event/API boundary.

    It is intentionally small. ``detail`` is inspected locally only to map
    broad third-party errors to this closed vocabulary; it is never copied
    here or sent to telemetry.

    """

    kind: FailureKind
    retryable: bool
    user_action: ErrorClassificationUserAction = "none"
    error_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        retryable = self.retryable

        user_action: str = self.user_action

        error_id: None | str | Unset
        if isinstance(self.error_id, Unset):
            error_id = UNSET
        else:
            error_id = self.error_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "retryable": retryable,
                "user_action": user_action,
            }
        )
        if error_id is not UNSET:
            field_dict["error_id"] = error_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_failure_kind(d.pop("kind"))

        retryable = d.pop("retryable")

        user_action = check_error_classification_user_action(d.pop("user_action"))

        def _parse_error_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        error_id = _parse_error_id(d.pop("error_id", UNSET))

        error_classification = cls(
            kind=kind,
            retryable=retryable,
            user_action=user_action,
            error_id=error_id,
        )

        error_classification.additional_properties = d
        return error_classification

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
