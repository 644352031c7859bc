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

T = TypeVar("T", bound="TerminalAction")


@_attrs_define
class TerminalAction:
    """Schema for terminal command execution."""

    command: str
    """ The shell command to execute. Can be empty string to view additional logs when the previous exit code is
    `-1`. Can be a special key name when `is_input` is True: `C-c` (Ctrl+C), `C-d` (Ctrl+D/EOF), `C-z` (Ctrl+Z), or
    any `C-<letter>` for Ctrl sequences; navigation keys `UP`, `DOWN`, `LEFT`, `RIGHT`, `HOME`, `END`, `PGUP`,
    `PGDN`; and `TAB`, `ESC`, `BS` (Backspace), `ENTER`. You can only execute one command at a time. Use the
    platform-appropriate shell syntax described in the tool description when chaining commands. """
    is_input: bool = False
    """ If True, the command is an input to the running process. If False, the command is executed in the terminal
    session. Default is False. """
    kind: Literal["TerminalAction"] = "TerminalAction"
    reset: bool = False
    """ If True, reset the terminal by creating a new session. Use this only when the terminal becomes unresponsive.
    Note that all previously set environment variables and session state will be lost after reset. Cannot be used
    with is_input=True. """
    timeout: float | None | Unset = UNSET
    """ Optional. Sets a maximum time limit (in seconds) for running the command. If the command takes longer than
    this limit, you’ll be asked whether to continue or stop it. If you don’t set a value, the command will instead
    pause and ask for confirmation when it produces no new output for 30 seconds. Use a higher value if the command
    is expected to take a long time (like installation or testing), or if it has a known fixed duration (like
    sleep). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        is_input = self.is_input

        kind = self.kind

        reset = self.reset

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "is_input": is_input,
                "kind": kind,
                "reset": reset,
            }
        )
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        is_input = d.pop("is_input")

        kind = d.pop("kind")
        if kind != "TerminalAction":
            raise ValueError(f"kind must match const 'TerminalAction', got '{kind}'")

        reset = d.pop("reset")

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        terminal_action = cls(
            command=command,
            is_input=is_input,
            kind=kind,
            reset=reset,
            timeout=timeout,
        )

        terminal_action.additional_properties = d
        return terminal_action

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
