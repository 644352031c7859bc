# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenhandsSdkToolToolToolAnnotations")


@_attrs_define
class OpenhandsSdkToolToolToolAnnotations:
    """Annotations to provide hints about the tool's behavior.

    Based on Model Context Protocol (MCP) spec:
    https://github.com/modelcontextprotocol/modelcontextprotocol/blob/caf3424488b10b4a7b1f8cb634244a450a1f4400/schema/20
    25-06-18/schema.ts#L838

    """

    destructive_hint: bool = True
    """ If true, the tool may perform destructive updates to its environment. If false, the tool performs only
    additive updates. (This property is meaningful only when `readOnlyHint == false`) Default: true """
    idempotent_hint: bool = False
    """ If true, calling the tool repeatedly with the same arguments will have no additional effect on the its
    environment. (This property is meaningful only when `readOnlyHint == false`) Default: false """
    open_world_hint: bool = True
    """ If true, this tool may interact with an 'open world' of external entities. If false, the tool's domain of
    interaction is closed. For example, the world of a web search tool is open, whereas that of a memory tool is
    not. Default: true """
    read_only_hint: bool = False
    """ If true, the tool does not modify its environment. Default: false """
    title: None | str | Unset = UNSET
    """ A human-readable title for the tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destructive_hint = self.destructive_hint

        idempotent_hint = self.idempotent_hint

        open_world_hint = self.open_world_hint

        read_only_hint = self.read_only_hint

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destructiveHint": destructive_hint,
                "idempotentHint": idempotent_hint,
                "openWorldHint": open_world_hint,
                "readOnlyHint": read_only_hint,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        destructive_hint = d.pop("destructiveHint")

        idempotent_hint = d.pop("idempotentHint")

        open_world_hint = d.pop("openWorldHint")

        read_only_hint = d.pop("readOnlyHint")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        openhands_sdk_tool_tool_tool_annotations = cls(
            destructive_hint=destructive_hint,
            idempotent_hint=idempotent_hint,
            open_world_hint=open_world_hint,
            read_only_hint=read_only_hint,
            title=title,
        )

        openhands_sdk_tool_tool_tool_annotations.additional_properties = d
        return openhands_sdk_tool_tool_tool_annotations

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
