# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.acp_tool_call_event_source import (
    ACPToolCallEventSource,
    check_acp_tool_call_event_source,
)
from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="ACPToolCallEvent")


@_attrs_define
class ACPToolCallEvent:
    """Event representing a tool call executed by an ACP server.

    Captures the tool name, inputs, outputs, and status from ACP
    ``ToolCallStart`` / ``ToolCallProgress`` notifications so they can
    be surfaced in the OpenHands event stream and visualizer.

    This is *not* an ``LLMConvertibleEvent`` — ACP tool calls do not
    participate in LLM message conversion.

    """

    id: str
    """ Unique event id (ULID/UUID) """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    title: str
    tool_call_id: str
    is_error: bool = False
    kind: Literal["ACPToolCallEvent"] = "ACPToolCallEvent"
    source: ACPToolCallEventSource = "agent"
    content: list[Any] | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    raw_input: Any | None | Unset = UNSET
    raw_output: Any | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tool_kind: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_error = self.is_error

        kind = self.kind

        source: str = self.source

        timestamp = self.timestamp

        title = self.title

        tool_call_id = self.tool_call_id

        content: list[Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = self.content

        else:
            content = self.content

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        raw_input: Any | None | Unset
        if isinstance(self.raw_input, Unset):
            raw_input = UNSET
        else:
            raw_input = self.raw_input

        raw_output: Any | None | Unset
        if isinstance(self.raw_output, Unset):
            raw_output = UNSET
        else:
            raw_output = self.raw_output

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        tool_kind: None | str | Unset
        if isinstance(self.tool_kind, Unset):
            tool_kind = UNSET
        else:
            tool_kind = self.tool_kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "is_error": is_error,
                "kind": kind,
                "source": source,
                "timestamp": timestamp,
                "title": title,
                "tool_call_id": tool_call_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if raw_input is not UNSET:
            field_dict["raw_input"] = raw_input
        if raw_output is not UNSET:
            field_dict["raw_output"] = raw_output
        if status is not UNSET:
            field_dict["status"] = status
        if tool_kind is not UNSET:
            field_dict["tool_kind"] = tool_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_error = d.pop("is_error")

        kind = d.pop("kind")
        if kind != "ACPToolCallEvent":
            raise ValueError(f"kind must match const 'ACPToolCallEvent', got '{kind}'")

        source = check_acp_tool_call_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        title = d.pop("title")

        tool_call_id = d.pop("tool_call_id")

        def _parse_content(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_0 = cast(list[Any], data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        content = _parse_content(d.pop("content", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_raw_input(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        raw_input = _parse_raw_input(d.pop("raw_input", UNSET))

        def _parse_raw_output(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        raw_output = _parse_raw_output(d.pop("raw_output", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        status = _parse_status(d.pop("status", UNSET))

        def _parse_tool_kind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        tool_kind = _parse_tool_kind(d.pop("tool_kind", UNSET))

        acp_tool_call_event = cls(
            id=id,
            is_error=is_error,
            kind=kind,
            source=source,
            timestamp=timestamp,
            title=title,
            tool_call_id=tool_call_id,
            content=content,
            parent_id=parent_id,
            raw_input=raw_input,
            raw_output=raw_output,
            status=status,
            tool_kind=tool_kind,
        )

        acp_tool_call_event.additional_properties = d
        return acp_tool_call_event

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
