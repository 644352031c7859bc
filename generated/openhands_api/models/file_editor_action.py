# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_editor_action_command import (
    FileEditorActionCommand,
    check_file_editor_action_command,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileEditorAction")


@_attrs_define
class FileEditorAction:
    """Schema for file editor operations."""

    command: FileEditorActionCommand
    """ The commands to run. Allowed options are: `view`, `create`, `str_replace`, `insert`, `undo_edit`. """
    path: str
    """ Absolute path to file or directory. """
    kind: Literal["FileEditorAction"] = "FileEditorAction"
    file_text: None | str | Unset = UNSET
    """ Required parameter of `create` command, with the content of the file to be created. """
    insert_line: int | None | Unset = UNSET
    """ Required parameter of `insert` command. The `new_str` will be inserted AFTER the line `insert_line` of
    `path`. """
    new_str: None | str | Unset = UNSET
    """ Optional parameter of `str_replace` command containing the new string (if not given, no string will be
    added). Required parameter of `insert` command containing the string to insert. """
    old_str: None | str | Unset = UNSET
    """ Required parameter of `str_replace` command containing the string in `path` to replace. """
    view_range: list[int] | None | Unset = UNSET
    """ Optional parameter of `view` command when `path` points to a file. If none is given, the full file is shown.
    If provided, the file will be shown in the indicated line number range, e.g. [11, 12] will show lines 11 and 12.
    Indexing at 1 to start. Setting `[start_line, -1]` shows all lines from `start_line` to the end of the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: str = self.command

        kind = self.kind

        path = self.path

        file_text: None | str | Unset
        if isinstance(self.file_text, Unset):
            file_text = UNSET
        else:
            file_text = self.file_text

        insert_line: int | None | Unset
        if isinstance(self.insert_line, Unset):
            insert_line = UNSET
        else:
            insert_line = self.insert_line

        new_str: None | str | Unset
        if isinstance(self.new_str, Unset):
            new_str = UNSET
        else:
            new_str = self.new_str

        old_str: None | str | Unset
        if isinstance(self.old_str, Unset):
            old_str = UNSET
        else:
            old_str = self.old_str

        view_range: list[int] | None | Unset
        if isinstance(self.view_range, Unset):
            view_range = UNSET
        elif isinstance(self.view_range, list):
            view_range = self.view_range

        else:
            view_range = self.view_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "kind": kind,
                "path": path,
            }
        )
        if file_text is not UNSET:
            field_dict["file_text"] = file_text
        if insert_line is not UNSET:
            field_dict["insert_line"] = insert_line
        if new_str is not UNSET:
            field_dict["new_str"] = new_str
        if old_str is not UNSET:
            field_dict["old_str"] = old_str
        if view_range is not UNSET:
            field_dict["view_range"] = view_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = check_file_editor_action_command(d.pop("command"))

        kind = d.pop("kind")
        if kind != "FileEditorAction":
            raise ValueError(f"kind must match const 'FileEditorAction', got '{kind}'")

        path = d.pop("path")

        def _parse_file_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        file_text = _parse_file_text(d.pop("file_text", UNSET))

        def _parse_insert_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        insert_line = _parse_insert_line(d.pop("insert_line", UNSET))

        def _parse_new_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        new_str = _parse_new_str(d.pop("new_str", UNSET))

        def _parse_old_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        old_str = _parse_old_str(d.pop("old_str", UNSET))

        def _parse_view_range(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                view_range_type_0 = cast(list[int], data)

                return view_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        view_range = _parse_view_range(d.pop("view_range", UNSET))

        file_editor_action = cls(
            command=command,
            kind=kind,
            path=path,
            file_text=file_text,
            insert_line=insert_line,
            new_str=new_str,
            old_str=old_str,
            view_range=view_range,
        )

        file_editor_action.additional_properties = d
        return file_editor_action

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
