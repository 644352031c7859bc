# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="MCPOAuthClientInfoStateInput")


@_attrs_define
class MCPOAuthClientInfoStateInput:
    client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        mcpo_auth_client_info_state_input = cls(
            client_secret=client_secret,
        )

        mcpo_auth_client_info_state_input.additional_properties = d
        return mcpo_auth_client_info_state_input

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
