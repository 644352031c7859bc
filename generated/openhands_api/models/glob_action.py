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

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobAction")


@_attrs_define
class GlobAction:
    """Schema for glob pattern matching operations."""

    pattern: str
    """ The glob pattern to match files (e.g., "**/*.js", "src/**/*.ts") """
    kind: Literal["GlobAction"] = "GlobAction"
    path: None | str | Unset = UNSET
    """ The directory (absolute path) to search in. Defaults to the current working directory. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        pattern = self.pattern

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "pattern": pattern,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "GlobAction":
            raise ValueError(f"kind must match const 'GlobAction', got '{kind}'")

        pattern = d.pop("pattern")

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        path = _parse_path(d.pop("path", UNSET))

        glob_action = cls(
            kind=kind,
            pattern=pattern,
            path=path,
        )

        glob_action.additional_properties = d
        return glob_action

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
