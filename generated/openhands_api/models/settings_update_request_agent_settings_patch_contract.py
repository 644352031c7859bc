# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_config_patch import MCPConfigPatch

_imported = False


def _import_lazily() -> None:
    global _imported, MCPConfigPatch
    from ..models.mcp_config_patch import MCPConfigPatch

    _imported = True


T = TypeVar("T", bound="SettingsUpdateRequestAgentSettingsPatchContract")


@_attrs_define
class SettingsUpdateRequestAgentSettingsPatchContract:
    mcp_config: MCPConfigPatch | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        mcp_config: dict[str, Any] | None | Unset
        if isinstance(self.mcp_config, Unset):
            mcp_config = UNSET
        elif isinstance(self.mcp_config, MCPConfigPatch):
            mcp_config = self.mcp_config.to_dict()
        else:
            mcp_config = self.mcp_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcp_config is not UNSET:
            field_dict["mcp_config"] = mcp_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_mcp_config(data: object) -> MCPConfigPatch | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_config_type_0 = MCPConfigPatch.from_dict(data)

                return mcp_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        mcp_config = _parse_mcp_config(d.pop("mcp_config", UNSET))

        settings_update_request_agent_settings_patch_contract = cls(
            mcp_config=mcp_config,
        )

        settings_update_request_agent_settings_patch_contract.additional_properties = d
        return settings_update_request_agent_settings_patch_contract

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
