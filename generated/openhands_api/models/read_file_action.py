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

T = TypeVar("T", bound="ReadFileAction")


@_attrs_define
class ReadFileAction:
    """Schema for read file operation."""

    file_path: str
    """ The path to the file to read. """
    kind: Literal["ReadFileAction"] = "ReadFileAction"
    limit: int | None | Unset = UNSET
    """ Optional: Maximum number of lines to read. Use with 'offset' to paginate through large files. """
    offset: int | None | Unset = UNSET
    """ Optional: The 0-based line number to start reading from. Use for paginating through large files. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path = self.file_path

        kind = self.kind

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_path": file_path,
                "kind": kind,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_path = d.pop("file_path")

        kind = d.pop("kind")
        if kind != "ReadFileAction":
            raise ValueError(f"kind must match const 'ReadFileAction', got '{kind}'")

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        offset = _parse_offset(d.pop("offset", UNSET))

        read_file_action = cls(
            file_path=file_path,
            kind=kind,
            limit=limit,
            offset=offset,
        )

        read_file_action.additional_properties = d
        return read_file_action

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
