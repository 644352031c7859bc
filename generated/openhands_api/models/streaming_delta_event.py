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

from ..models.streaming_delta_event_source import (
    StreamingDeltaEventSource,
    check_streaming_delta_event_source,
)
from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="StreamingDeltaEvent")


@_attrs_define
class StreamingDeltaEvent:
    """Transient LLM token delta for real-time WebSocket delivery.

    Not persisted to the conversation event log: these events are published
    directly to PubSub, bypassing the callback chain that writes to
    ConversationState.events. Clients reconnecting mid-stream will receive
    the final MessageEvent from history but none of the deltas that produced
    it — deltas are a UX affordance, not part of the durable conversation
    record.

    """

    id: str
    """ Unique event id (ULID/UUID) """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["StreamingDeltaEvent"] = "StreamingDeltaEvent"
    source: StreamingDeltaEventSource = "agent"
    content: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    reasoning_content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        source: str = self.source

        timestamp = self.timestamp

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "source": source,
                "timestamp": timestamp,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "StreamingDeltaEvent":
            raise ValueError(
                f"kind must match const 'StreamingDeltaEvent', got '{kind}'"
            )

        source = check_streaming_delta_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        content = _parse_content(d.pop("content", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        streaming_delta_event = cls(
            id=id,
            kind=kind,
            source=source,
            timestamp=timestamp,
            content=content,
            parent_id=parent_id,
            reasoning_content=reasoning_content,
        )

        streaming_delta_event.additional_properties = d
        return streaming_delta_event

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
