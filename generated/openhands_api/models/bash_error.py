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

from ..types import parse_date_time

T = TypeVar("T", bound="BashError")


@_attrs_define
class BashError:
    code: str
    """ Code for the error - typically an error type """
    detail: str
    """ Details about the error """
    id: str
    timestamp: str
    """ ISO 8601 date-time. """
    kind: Literal["BashError"] = "BashError"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        id = self.id

        kind = self.kind

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "id": id,
                "kind": kind,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "BashError":
            raise ValueError(f"kind must match const 'BashError', got '{kind}'")

        timestamp = d.pop("timestamp")

        bash_error = cls(
            code=code,
            detail=detail,
            id=id,
            kind=kind,
            timestamp=timestamp,
        )

        bash_error.additional_properties = d
        return bash_error

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
