# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CmdOutputMetadata")


@_attrs_define
class CmdOutputMetadata:
    """Additional metadata captured from PS1"""

    exit_code: int = -1
    """ The exit code of the last executed command. """
    pid: int = -1
    """ The process ID of the last executed command. """
    prefix: str = ""
    """ Prefix to add to command output """
    suffix: str = ""
    """ Suffix to add to command output """
    hostname: None | str | Unset = UNSET
    """ The hostname of the machine. """
    py_interpreter_path: None | str | Unset = UNSET
    """ The path to the current Python interpreter, if any. """
    username: None | str | Unset = UNSET
    """ The username of the current user. """
    working_dir: None | str | Unset = UNSET
    """ The current working directory. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exit_code = self.exit_code

        pid = self.pid

        prefix = self.prefix

        suffix = self.suffix

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        py_interpreter_path: None | str | Unset
        if isinstance(self.py_interpreter_path, Unset):
            py_interpreter_path = UNSET
        else:
            py_interpreter_path = self.py_interpreter_path

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        working_dir: None | str | Unset
        if isinstance(self.working_dir, Unset):
            working_dir = UNSET
        else:
            working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exit_code": exit_code,
                "pid": pid,
                "prefix": prefix,
                "suffix": suffix,
            }
        )
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if py_interpreter_path is not UNSET:
            field_dict["py_interpreter_path"] = py_interpreter_path
        if username is not UNSET:
            field_dict["username"] = username
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exit_code = d.pop("exit_code")

        pid = d.pop("pid")

        prefix = d.pop("prefix")

        suffix = d.pop("suffix")

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        def _parse_py_interpreter_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        py_interpreter_path = _parse_py_interpreter_path(
            d.pop("py_interpreter_path", UNSET)
        )

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        username = _parse_username(d.pop("username", UNSET))

        def _parse_working_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        working_dir = _parse_working_dir(d.pop("working_dir", UNSET))

        cmd_output_metadata = cls(
            exit_code=exit_code,
            pid=pid,
            prefix=prefix,
            suffix=suffix,
            hostname=hostname,
            py_interpreter_path=py_interpreter_path,
            username=username,
            working_dir=working_dir,
        )

        cmd_output_metadata.additional_properties = d
        return cmd_output_metadata

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
