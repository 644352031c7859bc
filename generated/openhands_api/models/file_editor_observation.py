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

from ..models.file_editor_observation_command import (
    FileEditorObservationCommand,
    check_file_editor_observation_command,
)
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


T = TypeVar("T", bound="FileEditorObservation")


@_attrs_define
class FileEditorObservation:
    """A ToolResult that can be rendered as a CLI output."""

    command: FileEditorObservationCommand
    """ The command that was run: `view`, `create`, `str_replace`, `insert`, or `undo_edit`. """
    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    is_error: bool = False
    """ Whether the observation indicates an error """
    kind: Literal["FileEditorObservation"] = "FileEditorObservation"
    prev_exist: bool = True
    """ Indicates if the file previously existed. If not, it was created. """
    new_content: None | str | Unset = UNSET
    """ The content of the file after the edit. """
    old_content: None | str | Unset = UNSET
    """ The content of the file before the edit. """
    path: None | str | Unset = UNSET
    """ The file path that was edited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        command: str = self.command

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        is_error = self.is_error

        kind = self.kind

        prev_exist = self.prev_exist

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

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "content": content,
                "is_error": is_error,
                "kind": kind,
                "prev_exist": prev_exist,
            }
        )
        if new_content is not UNSET:
            field_dict["new_content"] = new_content
        if old_content is not UNSET:
            field_dict["old_content"] = old_content
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        command = check_file_editor_observation_command(d.pop("command"))

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

        kind = d.pop("kind")
        if kind != "FileEditorObservation":
            raise ValueError(
                f"kind must match const 'FileEditorObservation', got '{kind}'"
            )

        prev_exist = d.pop("prev_exist")

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

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        path = _parse_path(d.pop("path", UNSET))

        file_editor_observation = cls(
            command=command,
            content=content,
            is_error=is_error,
            kind=kind,
            prev_exist=prev_exist,
            new_content=new_content,
            old_content=old_content,
            path=path,
        )

        file_editor_observation.additional_properties = d
        return file_editor_observation

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
