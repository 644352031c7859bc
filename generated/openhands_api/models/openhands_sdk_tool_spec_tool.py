# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.openhands_sdk_tool_spec_tool_params import (
        OpenhandsSdkToolSpecToolParams,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, OpenhandsSdkToolSpecToolParams
    from ..models.openhands_sdk_tool_spec_tool_params import (
        OpenhandsSdkToolSpecToolParams,
    )

    _imported = True


T = TypeVar("T", bound="OpenhandsSdkToolSpecTool")


@_attrs_define
class OpenhandsSdkToolSpecTool:
    """Defines a tool to be initialized for the agent.

    This is only used in agent-sdk for type schema for server use.

    """

    name: str
    """ Name of the tool class, e.g., 'TerminalTool'. Import it from an `openhands.tools.<module>` subpackage. """
    params: OpenhandsSdkToolSpecToolParams
    """ Parameters for the tool's .create() method, e.g., {'working_dir': '/app'} """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        name = self.name

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        name = d.pop("name")

        params = OpenhandsSdkToolSpecToolParams.from_dict(d.pop("params"))

        openhands_sdk_tool_spec_tool = cls(
            name=name,
            params=params,
        )

        openhands_sdk_tool_spec_tool.additional_properties = d
        return openhands_sdk_tool_spec_tool

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
