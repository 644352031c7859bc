# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_entry import FileEntry
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, FileEntry, ImageContent, TextContent
    from ..models.file_entry import FileEntry
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="ListDirectoryObservation")


@_attrs_define
class ListDirectoryObservation:
    """Observation from listing a directory."""

    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    entries: list[FileEntry]
    """ List of files and directories found. """
    is_error: bool = False
    """ Whether the observation indicates an error """
    is_truncated: bool = False
    """ Whether the listing was truncated due to too many entries. """
    kind: Literal["ListDirectoryObservation"] = "ListDirectoryObservation"
    total_count: int = 0
    """ Total number of entries found. """
    dir_path: None | str | Unset = UNSET
    """ The directory path that was listed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        is_error = self.is_error

        is_truncated = self.is_truncated

        kind = self.kind

        total_count = self.total_count

        dir_path: None | str | Unset
        if isinstance(self.dir_path, Unset):
            dir_path = UNSET
        else:
            dir_path = self.dir_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "entries": entries,
                "is_error": is_error,
                "is_truncated": is_truncated,
                "kind": kind,
                "total_count": total_count,
            }
        )
        if dir_path is not UNSET:
            field_dict["dir_path"] = dir_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> ImageContent | TextContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = TextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = ImageContent.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = FileEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        is_error = d.pop("is_error")

        is_truncated = d.pop("is_truncated")

        kind = d.pop("kind")
        if kind != "ListDirectoryObservation":
            raise ValueError(
                f"kind must match const 'ListDirectoryObservation', got '{kind}'"
            )

        total_count = d.pop("total_count")

        def _parse_dir_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        dir_path = _parse_dir_path(d.pop("dir_path", UNSET))

        list_directory_observation = cls(
            content=content,
            entries=entries,
            is_error=is_error,
            is_truncated=is_truncated,
            kind=kind,
            total_count=total_count,
            dir_path=dir_path,
        )

        list_directory_observation.additional_properties = d
        return list_directory_observation

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
