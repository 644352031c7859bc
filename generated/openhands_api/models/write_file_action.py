# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WriteFileAction")


@_attrs_define
class WriteFileAction:
    """Schema for write file operation."""

    content: str
    """ The content to write to the file. """
    file_path: str
    """ The path to the file to write to. """
    kind: Literal["WriteFileAction"] = "WriteFileAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        file_path = self.file_path

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "file_path": file_path,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        file_path = d.pop("file_path")

        kind = d.pop("kind")
        if kind != "WriteFileAction":
            raise ValueError(f"kind must match const 'WriteFileAction', got '{kind}'")

        write_file_action = cls(
            content=content,
            file_path=file_path,
            kind=kind,
        )

        write_file_action.additional_properties = d
        return write_file_action

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
