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

T = TypeVar("T", bound="BashError")


@_attrs_define
class BashError:
    code: str
    """ Code for the error - typically an error type """
    detail: str
    """ Details about the error """
    kind: Literal["BashError"] = "BashError"
    id: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    """ ISO 8601 date-time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        kind = self.kind

        id = self.id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "kind": kind,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        kind = d.pop("kind")
        if kind != "BashError":
            raise ValueError(f"kind must match const 'BashError', got '{kind}'")

        id = d.pop("id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        bash_error = cls(
            code=code,
            detail=detail,
            kind=kind,
            id=id,
            timestamp=timestamp,
        )

        bash_error.additional_properties = d
        return bash_error

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
