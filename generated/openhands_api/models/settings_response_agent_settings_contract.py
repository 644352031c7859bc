# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_response_agent_settings_contract_agent_kind_type_0 import (
    SettingsResponseAgentSettingsContractAgentKindType0,
    check_settings_response_agent_settings_contract_agent_kind_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_config import MCPConfig

_imported = False


def _import_lazily() -> None:
    global _imported, MCPConfig
    from ..models.mcp_config import MCPConfig

    _imported = True


T = TypeVar("T", bound="SettingsResponseAgentSettingsContract")


@_attrs_define
class SettingsResponseAgentSettingsContract:
    mcp_config: MCPConfig
    """ Canonical persisted MCP server map keyed by stable server name. """
    agent_kind: None | SettingsResponseAgentSettingsContractAgentKindType0 | Unset = (
        UNSET
    )
    schema_version: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        mcp_config = self.mcp_config.to_dict()

        agent_kind: None | str | Unset
        if isinstance(self.agent_kind, Unset):
            agent_kind = UNSET
        elif isinstance(self.agent_kind, str):
            agent_kind = self.agent_kind
        else:
            agent_kind = self.agent_kind

        schema_version: int | None | Unset
        if isinstance(self.schema_version, Unset):
            schema_version = UNSET
        else:
            schema_version = self.schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mcp_config": mcp_config,
            }
        )
        if agent_kind is not UNSET:
            field_dict["agent_kind"] = agent_kind
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        mcp_config = MCPConfig.from_dict(d.pop("mcp_config"))

        def _parse_agent_kind(
            data: object,
        ) -> None | SettingsResponseAgentSettingsContractAgentKindType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_kind_type_0 = (
                    check_settings_response_agent_settings_contract_agent_kind_type_0(
                        data
                    )
                )

                return agent_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_kind = _parse_agent_kind(d.pop("agent_kind", UNSET))

        def _parse_schema_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        schema_version = _parse_schema_version(d.pop("schema_version", UNSET))

        settings_response_agent_settings_contract = cls(
            mcp_config=mcp_config,
            agent_kind=agent_kind,
            schema_version=schema_version,
        )

        settings_response_agent_settings_contract.additional_properties = d
        return settings_response_agent_settings_contract

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
