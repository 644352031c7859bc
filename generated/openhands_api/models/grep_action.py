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

T = TypeVar("T", bound="GrepAction")


@_attrs_define
class GrepAction:
    """Schema for grep content search operations."""

    pattern: str
    """ The regex pattern to search for in file contents """
    kind: Literal["GrepAction"] = "GrepAction"
    include: None | str | Unset = UNSET
    """ Optional file pattern to filter which files to search (e.g., "*.js", "*.{ts,tsx}") """
    path: None | str | Unset = UNSET
    """ The directory (absolute path) to search in. Defaults to the current working directory. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        pattern = self.pattern

        include: None | str | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        else:
            include = self.include

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
        if include is not UNSET:
            field_dict["include"] = include
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "GrepAction":
            raise ValueError(f"kind must match const 'GrepAction', got '{kind}'")

        pattern = d.pop("pattern")

        def _parse_include(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        include = _parse_include(d.pop("include", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        path = _parse_path(d.pop("path", UNSET))

        grep_action = cls(
            kind=kind,
            pattern=pattern,
            include=include,
            path=path,
        )

        grep_action.additional_properties = d
        return grep_action

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
