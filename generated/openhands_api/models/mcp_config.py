# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mcp_server_output import MCPServerOutput

_imported = False


def _import_lazily() -> None:
    global _imported, MCPServerOutput
    from ..models.mcp_server_output import MCPServerOutput

    _imported = True


T = TypeVar("T", bound="MCPConfig")


@_attrs_define
class MCPConfig:
    """Canonical persisted MCP server map keyed by stable server name."""

    additional_properties: dict[str, MCPServerOutput] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        mcp_config = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MCPServerOutput.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        mcp_config.additional_properties = additional_properties
        return mcp_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MCPServerOutput:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MCPServerOutput) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
