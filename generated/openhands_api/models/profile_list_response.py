# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_info import ProfileInfo

_imported = False


def _import_lazily() -> None:
    global _imported, ProfileInfo
    from ..models.profile_info import ProfileInfo

    _imported = True


T = TypeVar("T", bound="ProfileListResponse")


@_attrs_define
class ProfileListResponse:
    profiles: list[ProfileInfo]
    active_profile: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)

        active_profile: None | str | Unset
        if isinstance(self.active_profile, Unset):
            active_profile = UNSET
        else:
            active_profile = self.active_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profiles": profiles,
            }
        )
        if active_profile is not UNSET:
            field_dict["active_profile"] = active_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in _profiles:
            profiles_item = ProfileInfo.from_dict(profiles_item_data)

            profiles.append(profiles_item)

        def _parse_active_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        active_profile = _parse_active_profile(d.pop("active_profile", UNSET))

        profile_list_response = cls(
            profiles=profiles,
            active_profile=active_profile,
        )

        profile_list_response.additional_properties = d
        return profile_list_response

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
