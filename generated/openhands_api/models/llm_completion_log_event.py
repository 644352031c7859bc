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

from ..models.llm_completion_log_event_source import (
    LLMCompletionLogEventSource,
    check_llm_completion_log_event_source,
)
from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="LLMCompletionLogEvent")


@_attrs_define
class LLMCompletionLogEvent:
    """Event containing LLM completion log data.

    When an LLM is configured with log_completions=True in a remote conversation,
    this event streams the completion log data back to the client through WebSocket
    instead of writing it to a file inside the Docker container.

    """

    filename: str
    """ The intended filename for this log (relative to log directory) """
    id: str
    """ Unique event id (ULID/UUID) """
    log_data: str
    """ The JSON-encoded log data to be written to the file """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["LLMCompletionLogEvent"] = "LLMCompletionLogEvent"
    model_name: str = "unknown"
    """ The model name for context """
    source: LLMCompletionLogEventSource = "environment"
    usage_id: str = "default"
    """ The LLM usage_id that produced this log """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        id = self.id

        kind = self.kind

        log_data = self.log_data

        model_name = self.model_name

        source: str = self.source

        timestamp = self.timestamp

        usage_id = self.usage_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "id": id,
                "kind": kind,
                "log_data": log_data,
                "model_name": model_name,
                "source": source,
                "timestamp": timestamp,
                "usage_id": usage_id,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "LLMCompletionLogEvent":
            raise ValueError(
                f"kind must match const 'LLMCompletionLogEvent', got '{kind}'"
            )

        log_data = d.pop("log_data")

        model_name = d.pop("model_name")

        source = check_llm_completion_log_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        usage_id = d.pop("usage_id")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        llm_completion_log_event = cls(
            filename=filename,
            id=id,
            kind=kind,
            log_data=log_data,
            model_name=model_name,
            source=source,
            timestamp=timestamp,
            usage_id=usage_id,
            parent_id=parent_id,
        )

        llm_completion_log_event.additional_properties = d
        return llm_completion_log_event

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
