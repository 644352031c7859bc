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


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="StaticSecretOutput")


@_attrs_define
class StaticSecretOutput:
    """A secret stored locally"""

    kind: Literal["StaticSecret"] = "StaticSecret"
    description: None | str | Unset = UNSET
    """ Optional description for this secret """
    value: None | str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "StaticSecret":
            raise ValueError(f"kind must match const 'StaticSecret', got '{kind}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        description = _parse_description(d.pop("description", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        value = _parse_value(d.pop("value", UNSET))

        static_secret_output = cls(
            kind=kind,
            description=description,
            value=value,
        )

        static_secret_output.additional_properties = d
        return static_secret_output

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
