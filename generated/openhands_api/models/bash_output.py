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

T = TypeVar("T", bound="BashOutput")


@_attrs_define
class BashOutput:
    """Output of a bash command. A single command may have multiple pieces of output
    depending on how large the output is.

    """

    command_id: str
    kind: Literal["BashOutput"] = "BashOutput"
    exit_code: int | None | Unset = UNSET
    """ Exit code None implies the command is still running. """
    id: str | Unset = UNSET
    order: int | Unset = 0
    """ The order for this output, sequentially starting with 0 """
    stderr: None | str | Unset = UNSET
    """ The error output from the command """
    stdout: None | str | Unset = UNSET
    """ The standard output from the command """
    timestamp: str | Unset = UNSET
    """ ISO 8601 date-time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        kind = self.kind

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        id = self.id

        order = self.order

        stderr: None | str | Unset
        if isinstance(self.stderr, Unset):
            stderr = UNSET
        else:
            stderr = self.stderr

        stdout: None | str | Unset
        if isinstance(self.stdout, Unset):
            stdout = UNSET
        else:
            stdout = self.stdout

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_id": command_id,
                "kind": kind,
            }
        )
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if id is not UNSET:
            field_dict["id"] = id
        if order is not UNSET:
            field_dict["order"] = order
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("command_id")

        kind = d.pop("kind")
        if kind != "BashOutput":
            raise ValueError(f"kind must match const 'BashOutput', got '{kind}'")

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))

        id = d.pop("id", UNSET)

        order = d.pop("order", UNSET)

        def _parse_stderr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        stderr = _parse_stderr(d.pop("stderr", UNSET))

        def _parse_stdout(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        stdout = _parse_stdout(d.pop("stdout", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        bash_output = cls(
            command_id=command_id,
            kind=kind,
            exit_code=exit_code,
            id=id,
            order=order,
            stderr=stderr,
            stdout=stdout,
            timestamp=timestamp,
        )

        bash_output.additional_properties = d
        return bash_output

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
