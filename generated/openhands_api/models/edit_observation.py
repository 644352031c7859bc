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


T = TypeVar("T", bound="EditObservation")


@_attrs_define
class EditObservation:
    """Observation from editing a file."""

    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    is_error: bool = False
    """ Whether the observation indicates an error """
    is_new_file: bool = False
    """ Whether a new file was created. """
    kind: Literal["EditObservation"] = "EditObservation"
    replacements_made: int = 0
    """ Number of replacements actually made. """
    file_path: None | str | Unset = UNSET
    """ The file path that was edited. """
    new_content: None | str | Unset = UNSET
    """ The content after the edit. """
    old_content: None | str | Unset = UNSET
    """ The content before the edit. """
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

        is_error = self.is_error

        is_new_file = self.is_new_file

        kind = self.kind

        replacements_made = self.replacements_made

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        new_content: None | str | Unset
        if isinstance(self.new_content, Unset):
            new_content = UNSET
        else:
            new_content = self.new_content

        old_content: None | str | Unset
        if isinstance(self.old_content, Unset):
            old_content = UNSET
        else:
            old_content = self.old_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "is_error": is_error,
                "is_new_file": is_new_file,
                "kind": kind,
                "replacements_made": replacements_made,
            }
        )
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if new_content is not UNSET:
            field_dict["new_content"] = new_content
        if old_content is not UNSET:
            field_dict["old_content"] = old_content

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

        is_error = d.pop("is_error")

        is_new_file = d.pop("is_new_file")

        kind = d.pop("kind")
        if kind != "EditObservation":
            raise ValueError(f"kind must match const 'EditObservation', got '{kind}'")

        replacements_made = d.pop("replacements_made")

        def _parse_file_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        file_path = _parse_file_path(d.pop("file_path", UNSET))

        def _parse_new_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        new_content = _parse_new_content(d.pop("new_content", UNSET))

        def _parse_old_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        old_content = _parse_old_content(d.pop("old_content", UNSET))

        edit_observation = cls(
            content=content,
            is_error=is_error,
            is_new_file=is_new_file,
            kind=kind,
            replacements_made=replacements_made,
            file_path=file_path,
            new_content=new_content,
            old_content=old_content,
        )

        edit_observation.additional_properties = d
        return edit_observation

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
