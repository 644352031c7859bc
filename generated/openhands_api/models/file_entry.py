# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_date_time

T = TypeVar("T", bound="FileEntry")


@_attrs_define
class FileEntry:
    """Information about a file or directory."""

    is_directory: bool
    """ Whether this entry is a directory """
    modified_time: str
    """ Last modified timestamp (ISO 8601 date-time.) """
    name: str
    """ Name of the file or directory """
    path: str
    """ Absolute path to the file or directory """
    size: int
    """ Size of the file in bytes (0 for directories) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_directory = self.is_directory

        modified_time = self.modified_time

        name = self.name

        path = self.path

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_directory": is_directory,
                "modified_time": modified_time,
                "name": name,
                "path": path,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_directory = d.pop("is_directory")

        modified_time = d.pop("modified_time")

        name = d.pop("name")

        path = d.pop("path")

        size = d.pop("size")

        file_entry = cls(
            is_directory=is_directory,
            modified_time=modified_time,
            name=name,
            path=path,
            size=size,
        )

        file_entry.additional_properties = d
        return file_entry

    @property
    def modified_time_datetime(self) -> _datetime.datetime:
        """``modified_time`` as a ``datetime``, parsed on each read (``modified_time`` stays the string
        the server sent). Naive, in the server's local time, unless the string carries an offset."""
        return parse_date_time(self.modified_time)

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
