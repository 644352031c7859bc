# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitDiff")


@_attrs_define
class GitDiff:
    modified: None | str
    original: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modified: None | str
        modified = self.modified

        original: None | str
        original = self.original

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modified": modified,
                "original": original,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_modified(data: object) -> None | str:
            if data is None:
                return data
            return data  # type: ignore[return-value]

        modified = _parse_modified(d.pop("modified"))

        def _parse_original(data: object) -> None | str:
            if data is None:
                return data
            return data  # type: ignore[return-value]

        original = _parse_original(d.pop("original"))

        git_diff = cls(
            modified=modified,
            original=original,
        )

        git_diff.additional_properties = d
        return git_diff

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
