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

from ..models.server_error_event_source import (
    ServerErrorEventSource,
    check_server_error_event_source,
)
from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="ServerErrorEvent")


@_attrs_define
class ServerErrorEvent:
    """Event emitted by the agent server when a server-level error occurs.

    This event is used for errors that originate from the agent server itself,
    such as MCP connection failures, WebSocket errors, or other infrastructure
    issues. Unlike ConversationErrorEvent which is for conversation-level failures,
    this event indicates a problem with the server environment.

    """

    code: str
    """ Code for the error - typically an error type """
    detail: str
    """ Details about the error """
    id: str
    """ Unique event id (ULID/UUID) """
    source: ServerErrorEventSource
    """ The source of this event """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["ServerErrorEvent"] = "ServerErrorEvent"
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        id = self.id

        kind = self.kind

        source: str = self.source

        timestamp = self.timestamp

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "id": id,
                "kind": kind,
                "source": source,
                "timestamp": timestamp,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "ServerErrorEvent":
            raise ValueError(f"kind must match const 'ServerErrorEvent', got '{kind}'")

        source = check_server_error_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        server_error_event = cls(
            code=code,
            detail=detail,
            id=id,
            kind=kind,
            source=source,
            timestamp=timestamp,
            parent_id=parent_id,
        )

        server_error_event.additional_properties = d
        return server_error_event

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
