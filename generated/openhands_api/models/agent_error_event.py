# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_error_event_source import (
    AgentErrorEventSource,
    check_agent_error_event_source,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.error_classification import ErrorClassification

_imported = False


def _import_lazily() -> None:
    global _imported, ErrorClassification
    from ..models.error_classification import ErrorClassification

    _imported = True


T = TypeVar("T", bound="AgentErrorEvent")


@_attrs_define
class AgentErrorEvent:
    """Error triggered by the agent.

    Note: This event should not contain model "thought" or "reasoning_content". It
    represents an error produced by the agent/scaffold, not model output.

    """

    error: str
    """ The error message from the scaffold """
    id: str
    """ Unique event id (ULID/UUID) """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    tool_call_id: str
    """ The tool call id that this observation is responding to """
    tool_name: str
    """ The tool name that this observation is responding to """
    kind: Literal["AgentErrorEvent"] = "AgentErrorEvent"
    source: AgentErrorEventSource = "agent"
    classification: ErrorClassification | None | Unset = UNSET
    """ Safe structured error semantics for API consumers. """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        error = self.error

        id = self.id

        kind = self.kind

        source: str = self.source

        timestamp = self.timestamp

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        classification: dict[str, Any] | None | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        elif isinstance(self.classification, ErrorClassification):
            classification = self.classification.to_dict()
        else:
            classification = self.classification

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "id": id,
                "kind": kind,
                "source": source,
                "timestamp": timestamp,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
            }
        )
        if classification is not UNSET:
            field_dict["classification"] = classification
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        error = d.pop("error")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "AgentErrorEvent":
            raise ValueError(f"kind must match const 'AgentErrorEvent', got '{kind}'")

        source = check_agent_error_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        def _parse_classification(data: object) -> ErrorClassification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                classification_type_0 = ErrorClassification.from_dict(data)

                return classification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        classification = _parse_classification(d.pop("classification", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        agent_error_event = cls(
            error=error,
            id=id,
            kind=kind,
            source=source,
            timestamp=timestamp,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            classification=classification,
            parent_id=parent_id,
        )

        agent_error_event.additional_properties = d
        return agent_error_event

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
