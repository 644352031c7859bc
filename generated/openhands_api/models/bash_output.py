# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="BashOutput")


@_attrs_define
class BashOutput:
    """Output of a bash command. A single command may have multiple pieces of output
    depending on how large the output is.

    """

    command_id: str
    id: str
    timestamp: str
    """ ISO 8601 date-time. """
    kind: Literal["BashOutput"] = "BashOutput"
    order: int = 0
    """ The order for this output, sequentially starting with 0 """
    exit_code: int | None | Unset = UNSET
    """ Exit code None implies the command is still running. """
    stderr: None | str | Unset = UNSET
    """ The error output from the command """
    stdout: None | str | Unset = UNSET
    """ The standard output from the command """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_id = self.command_id

        id = self.id

        kind = self.kind

        order = self.order

        timestamp = self.timestamp

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_id": command_id,
                "id": id,
                "kind": kind,
                "order": order,
                "timestamp": timestamp,
            }
        )
        if exit_code is not UNSET:
            field_dict["exit_code"] = exit_code
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if stdout is not UNSET:
            field_dict["stdout"] = stdout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_id = d.pop("command_id")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "BashOutput":
            raise ValueError(f"kind must match const 'BashOutput', got '{kind}'")

        order = d.pop("order")

        timestamp = d.pop("timestamp")

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        exit_code = _parse_exit_code(d.pop("exit_code", UNSET))

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

        bash_output = cls(
            command_id=command_id,
            id=id,
            kind=kind,
            order=order,
            timestamp=timestamp,
            exit_code=exit_code,
            stderr=stderr,
            stdout=stdout,
        )

        bash_output.additional_properties = d
        return bash_output

    @property
    def timestamp_datetime(self) -> _datetime.datetime:
        """``timestamp`` as a ``datetime``, parsed on each read (``timestamp`` stays the string
        the server sent). Naive, in the server's local time, unless the string carries an offset."""
        return parse_date_time(self.timestamp)

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
