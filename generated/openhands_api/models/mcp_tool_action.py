# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mcp_tool_action_data import MCPToolActionData

_imported = False


def _import_lazily() -> None:
    global _imported, MCPToolActionData
    from ..models.mcp_tool_action_data import MCPToolActionData

    _imported = True


T = TypeVar("T", bound="MCPToolAction")


@_attrs_define
class MCPToolAction:
    """Schema for MCP input action.

    It is just a thin wrapper around raw JSON and does
    not do any validation.

    Validation will be performed by MCPTool.__call__
    by constructing dynamically created Pydantic model
    from the MCP tool input schema.

    """

    data: MCPToolActionData
    """ Dynamic data fields from the tool call """
    kind: Literal["MCPToolAction"] = "MCPToolAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        data = self.data.to_dict()

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        data = MCPToolActionData.from_dict(d.pop("data"))

        kind = d.pop("kind")
        if kind != "MCPToolAction":
            raise ValueError(f"kind must match const 'MCPToolAction', got '{kind}'")

        mcp_tool_action = cls(
            data=data,
            kind=kind,
        )

        mcp_tool_action.additional_properties = d
        return mcp_tool_action

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
