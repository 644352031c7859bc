# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_profile_info import AgentProfileInfo

_imported = False


def _import_lazily() -> None:
    global _imported, AgentProfileInfo
    from ..models.agent_profile_info import AgentProfileInfo

    _imported = True


T = TypeVar("T", bound="AgentProfileListResponse")


@_attrs_define
class AgentProfileListResponse:
    """Response body returned by ``GET /api/agent-profiles``."""

    profiles: list[AgentProfileInfo]
    active_agent_profile_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        profiles = []
        for profiles_item_data in self.profiles:
            profiles_item = profiles_item_data.to_dict()
            profiles.append(profiles_item)

        active_agent_profile_id: None | str | Unset
        if isinstance(self.active_agent_profile_id, Unset):
            active_agent_profile_id = UNSET
        else:
            active_agent_profile_id = self.active_agent_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "profiles": profiles,
            }
        )
        if active_agent_profile_id is not UNSET:
            field_dict["active_agent_profile_id"] = active_agent_profile_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        profiles = []
        _profiles = d.pop("profiles")
        for profiles_item_data in _profiles:
            profiles_item = AgentProfileInfo.from_dict(profiles_item_data)

            profiles.append(profiles_item)

        def _parse_active_agent_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        active_agent_profile_id = _parse_active_agent_profile_id(
            d.pop("active_agent_profile_id", UNSET)
        )

        agent_profile_list_response = cls(
            profiles=profiles,
            active_agent_profile_id=active_agent_profile_id,
        )

        agent_profile_list_response.additional_properties = d
        return agent_profile_list_response

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
