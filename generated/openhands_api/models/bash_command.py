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

T = TypeVar("T", bound="BashCommand")


@_attrs_define
class BashCommand:
    command: str
    """ The bash command to execute """
    id: str
    timestamp: str
    """ ISO 8601 date-time. """
    kind: Literal["BashCommand"] = "BashCommand"
    timeout: int = 300
    """ The max number of seconds a command may be permitted to run. """
    cwd: None | str | Unset = UNSET
    """ The current working directory """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        id = self.id

        kind = self.kind

        timeout = self.timeout

        timestamp = self.timestamp

        cwd: None | str | Unset
        if isinstance(self.cwd, Unset):
            cwd = UNSET
        else:
            cwd = self.cwd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "id": id,
                "kind": kind,
                "timeout": timeout,
                "timestamp": timestamp,
            }
        )
        if cwd is not UNSET:
            field_dict["cwd"] = cwd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "BashCommand":
            raise ValueError(f"kind must match const 'BashCommand', got '{kind}'")

        timeout = d.pop("timeout")

        timestamp = d.pop("timestamp")

        def _parse_cwd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        cwd = _parse_cwd(d.pop("cwd", UNSET))

        bash_command = cls(
            command=command,
            id=id,
            kind=kind,
            timeout=timeout,
            timestamp=timestamp,
            cwd=cwd,
        )

        bash_command.additional_properties = d
        return bash_command

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
