# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, ImageContent, TextContent
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="GlobObservation")


@_attrs_define
class GlobObservation:
    """Observation from glob pattern matching operations."""

    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    files: list[str]
    """ List of matching file paths sorted by modification time """
    pattern: str
    """ The glob pattern that was used """
    search_path: str
    """ The directory that was searched """
    is_error: bool = False
    """ Whether the observation indicates an error """
    kind: Literal["GlobObservation"] = "GlobObservation"
    truncated: bool = False
    """ Whether results were truncated to 100 files """
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

        files = self.files

        is_error = self.is_error

        kind = self.kind

        pattern = self.pattern

        search_path = self.search_path

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "files": files,
                "is_error": is_error,
                "kind": kind,
                "pattern": pattern,
                "search_path": search_path,
                "truncated": truncated,
            }
        )

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

        files = cast(list[str], d.pop("files"))

        is_error = d.pop("is_error")

        kind = d.pop("kind")
        if kind != "GlobObservation":
            raise ValueError(f"kind must match const 'GlobObservation', got '{kind}'")

        pattern = d.pop("pattern")

        search_path = d.pop("search_path")

        truncated = d.pop("truncated")

        glob_observation = cls(
            content=content,
            files=files,
            is_error=is_error,
            kind=kind,
            pattern=pattern,
            search_path=search_path,
            truncated=truncated,
        )

        glob_observation.additional_properties = d
        return glob_observation

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
