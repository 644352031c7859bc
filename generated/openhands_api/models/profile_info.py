# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileInfo")


@_attrs_define
class ProfileInfo:
    name: str
    api_key_set: bool = False
    provider_connection_broken: bool = False
    base_url: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    provider_connection_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_set = self.api_key_set

        name = self.name

        provider_connection_broken = self.provider_connection_broken

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        provider_connection_id: None | str | Unset
        if isinstance(self.provider_connection_id, Unset):
            provider_connection_id = UNSET
        else:
            provider_connection_id = self.provider_connection_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key_set": api_key_set,
                "name": name,
                "provider_connection_broken": provider_connection_broken,
            }
        )
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if model is not UNSET:
            field_dict["model"] = model
        if provider_connection_id is not UNSET:
            field_dict["provider_connection_id"] = provider_connection_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key_set = d.pop("api_key_set")

        name = d.pop("name")

        provider_connection_broken = d.pop("provider_connection_broken")

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        model = _parse_model(d.pop("model", UNSET))

        def _parse_provider_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        provider_connection_id = _parse_provider_connection_id(
            d.pop("provider_connection_id", UNSET)
        )

        profile_info = cls(
            api_key_set=api_key_set,
            name=name,
            provider_connection_broken=provider_connection_broken,
            base_url=base_url,
            model=model,
            provider_connection_id=provider_connection_id,
        )

        profile_info.additional_properties = d
        return profile_info

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
