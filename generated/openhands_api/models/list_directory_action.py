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

T = TypeVar("T", bound="ListDirectoryAction")


@_attrs_define
class ListDirectoryAction:
    """Schema for list directory operation."""

    dir_path: str = "."
    """ The path to the directory to list. Defaults to current directory. """
    kind: Literal["ListDirectoryAction"] = "ListDirectoryAction"
    recursive: bool = False
    """ Whether to list subdirectories recursively (up to 2 levels). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dir_path = self.dir_path

        kind = self.kind

        recursive = self.recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dir_path": dir_path,
                "kind": kind,
                "recursive": recursive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dir_path = d.pop("dir_path")

        kind = d.pop("kind")
        if kind != "ListDirectoryAction":
            raise ValueError(
                f"kind must match const 'ListDirectoryAction', got '{kind}'"
            )

        recursive = d.pop("recursive")

        list_directory_action = cls(
            dir_path=dir_path,
            kind=kind,
            recursive=recursive,
        )

        list_directory_action.additional_properties = d
        return list_directory_action

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
