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
    from ..models.cmd_output_metadata import CmdOutputMetadata
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, CmdOutputMetadata, ImageContent, TextContent
    from ..models.cmd_output_metadata import CmdOutputMetadata
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="TerminalObservation")


@_attrs_define
class TerminalObservation:
    """A ToolResult that can be rendered as a CLI output."""

    command: None | str
    """ The shell command that was executed. Can be empty string if the observation is from a previous command that
    hit soft timeout and is not yet finished. """
    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    metadata: CmdOutputMetadata
    """ Additional metadata captured from PS1 """
    is_error: bool = False
    """ Whether the observation indicates an error """
    kind: Literal["TerminalObservation"] = "TerminalObservation"
    timeout: bool = False
    """ Whether the command execution timed out. """
    exit_code: int | None | Unset = UNSET
    """ The exit code of the command. -1 indicates the process hit the soft timeout and is not yet finished. """
    full_output_save_dir: None | str | Unset = UNSET
    """ Directory where full output files are saved """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        command: None | str
        command = self.command

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

        metadata = self.metadata.to_dict()

        timeout = self.timeout

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        full_output_save_dir: None | str | Unset
        if isinstance(self.full_output_save_dir, Unset):
            full_output_save_dir = UNSET
        else:
            full_output_save_dir = self.full_output_save_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "content": content,
                "is_error": is_error,
                "kind": kind,
                "metadata": metadata,
                "timeout": timeout,
            }
        )
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if full_output_save_dir is not UNSET:
            field_dict["full_output_save_dir"] = full_output_save_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_command(data: object) -> None | str:
            if data is None:
                return data
            return data  # type: ignore[return-value]

        command = _parse_command(d.pop("command"))

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
        if kind != "TerminalObservation":
            raise ValueError(
                f"kind must match const 'TerminalObservation', got '{kind}'"
            )

        metadata = CmdOutputMetadata.from_dict(d.pop("metadata"))

        timeout = d.pop("timeout")

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))

        def _parse_full_output_save_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        full_output_save_dir = _parse_full_output_save_dir(
            d.pop("full_output_save_dir", UNSET)
        )

        terminal_observation = cls(
            command=command,
            content=content,
            is_error=is_error,
            kind=kind,
            metadata=metadata,
            timeout=timeout,
            exit_code=exit_code,
            full_output_save_dir=full_output_save_dir,
        )

        terminal_observation.additional_properties = d
        return terminal_observation

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
