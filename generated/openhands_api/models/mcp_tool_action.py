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

from ..types import UNSET, Unset

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

    kind: Literal["MCPToolAction"] = "MCPToolAction"
    data: MCPToolActionData | Unset = UNSET
    """ Dynamic data fields from the tool call """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "MCPToolAction":
            raise ValueError(f"kind must match const 'MCPToolAction', got '{kind}'")

        _data = d.pop("data", UNSET)
        data: MCPToolActionData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = MCPToolActionData.from_dict(_data)

        mcp_tool_action = cls(
            kind=kind,
            data=data,
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
