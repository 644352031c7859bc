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

T = TypeVar("T", bound="EditAction")


@_attrs_define
class EditAction:
    """Schema for edit operation."""

    file_path: str
    """ The path to the file to modify. """
    new_string: str
    """ The text to replace it with. """
    old_string: str
    """ The text to replace. To create a new file, use an empty string. Must match the exact text in the file
    including whitespace. """
    expected_replacements: int = 1
    """ Number of replacements expected. Defaults to 1. Use when you want to replace multiple occurrences. The edit
    will fail if the actual count doesn't match. """
    kind: Literal["EditAction"] = "EditAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected_replacements = self.expected_replacements

        file_path = self.file_path

        kind = self.kind

        new_string = self.new_string

        old_string = self.old_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expected_replacements": expected_replacements,
                "file_path": file_path,
                "kind": kind,
                "new_string": new_string,
                "old_string": old_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_replacements = d.pop("expected_replacements")

        file_path = d.pop("file_path")

        kind = d.pop("kind")
        if kind != "EditAction":
            raise ValueError(f"kind must match const 'EditAction', got '{kind}'")

        new_string = d.pop("new_string")

        old_string = d.pop("old_string")

        edit_action = cls(
            expected_replacements=expected_replacements,
            file_path=file_path,
            kind=kind,
            new_string=new_string,
            old_string=old_string,
        )

        edit_action.additional_properties = d
        return edit_action

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
