# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_input_params import ToolInputParams

_imported = False


def _import_lazily() -> None:
    global _imported, ToolInputParams
    from ..models.tool_input_params import ToolInputParams

    _imported = True


T = TypeVar("T", bound="ToolInput")


@_attrs_define
class ToolInput:
    """Defines a tool to be initialized for the agent.

    This is only used in agent-sdk for type schema for server use.

    """

    name: str
    """ Name of the tool class, e.g., 'TerminalTool'. Import it from an `openhands.tools.<module>` subpackage. """
    params: ToolInputParams | Unset = UNSET
    """ Parameters for the tool's .create() method, e.g., {'working_dir': '/app'} """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        name = self.name

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        name = d.pop("name")

        _params = d.pop("params", UNSET)
        params: ToolInputParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = ToolInputParams.from_dict(_params)

        tool_input = cls(
            name=name,
            params=params,
        )

        tool_input.additional_properties = d
        return tool_input

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
