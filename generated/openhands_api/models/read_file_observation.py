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
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, ImageContent, TextContent
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="ReadFileObservation")


@_attrs_define
class ReadFileObservation:
    """Observation from reading a file."""

    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    file_path: str
    """ The file path that was read. """
    file_content: str = ""
    """ The content read from the file. """
    is_error: bool = False
    """ Whether the observation indicates an error """
    is_truncated: bool = False
    """ Whether the content was truncated due to size limits. """
    kind: Literal["ReadFileObservation"] = "ReadFileObservation"
    lines_shown: list[int] | None | Unset = UNSET
    """ If truncated, the range of lines shown (start, end) - 1-indexed. """
    total_lines: int | None | Unset = UNSET
    """ Total number of lines in the file. """
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

        file_content = self.file_content

        file_path = self.file_path

        is_error = self.is_error

        is_truncated = self.is_truncated

        kind = self.kind

        lines_shown: list[int] | None | Unset
        if isinstance(self.lines_shown, Unset):
            lines_shown = UNSET
        elif isinstance(self.lines_shown, list):
            lines_shown = []
            for lines_shown_type_0_item_data in self.lines_shown:
                lines_shown_type_0_item: int
                lines_shown_type_0_item = lines_shown_type_0_item_data
                lines_shown.append(lines_shown_type_0_item)

        else:
            lines_shown = self.lines_shown

        total_lines: int | None | Unset
        if isinstance(self.total_lines, Unset):
            total_lines = UNSET
        else:
            total_lines = self.total_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "file_content": file_content,
                "file_path": file_path,
                "is_error": is_error,
                "is_truncated": is_truncated,
                "kind": kind,
            }
        )
        if lines_shown is not UNSET:
            field_dict["lines_shown"] = lines_shown
        if total_lines is not UNSET:
            field_dict["total_lines"] = total_lines

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

        file_content = d.pop("file_content")

        file_path = d.pop("file_path")

        is_error = d.pop("is_error")

        is_truncated = d.pop("is_truncated")

        kind = d.pop("kind")
        if kind != "ReadFileObservation":
            raise ValueError(
                f"kind must match const 'ReadFileObservation', got '{kind}'"
            )

        def _parse_lines_shown(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lines_shown_type_0 = []
                _lines_shown_type_0 = data
                for lines_shown_type_0_item_data in _lines_shown_type_0:

                    def _parse_lines_shown_type_0_item(data: object) -> int:
                        return data  # type: ignore[return-value]

                    lines_shown_type_0_item = _parse_lines_shown_type_0_item(
                        lines_shown_type_0_item_data
                    )

                    lines_shown_type_0.append(lines_shown_type_0_item)

                return lines_shown_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        lines_shown = _parse_lines_shown(d.pop("lines_shown", UNSET))

        def _parse_total_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        total_lines = _parse_total_lines(d.pop("total_lines", UNSET))

        read_file_observation = cls(
            content=content,
            file_content=file_content,
            file_path=file_path,
            is_error=is_error,
            is_truncated=is_truncated,
            kind=kind,
            lines_shown=lines_shown,
            total_lines=total_lines,
        )

        read_file_observation.additional_properties = d
        return read_file_observation

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
