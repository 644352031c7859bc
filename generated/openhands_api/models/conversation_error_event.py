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

from ..models.conversation_error_event_source import (
    ConversationErrorEventSource,
    check_conversation_error_event_source,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.error_classification import ErrorClassification

_imported = False


def _import_lazily() -> None:
    global _imported, ErrorClassification
    from ..models.error_classification import ErrorClassification

    _imported = True


T = TypeVar("T", bound="ConversationErrorEvent")


@_attrs_define
class ConversationErrorEvent:
    """Conversation-level failure that is NOT sent back to the LLM.

    This event is emitted by the conversation runtime when an unexpected
    exception bubbles up and prevents the run loop from continuing. It is
    intended for client applications (e.g., UIs) to present a top-level error
    state, and for orchestration to react. It is not an observation and it is
    not LLM-convertible.

    Differences from AgentErrorEvent:
    - Not tied to any tool_name/tool_call_id (AgentErrorEvent is a tool
      observation).
    - Typically source='environment' and the run loop moves to an ERROR state,
      while AgentErrorEvent has source='agent' and the conversation can
      continue.

    """

    code: str
    """ Code for the error - typically a type """
    detail: str
    """ Details about the error """
    id: str
    """ Unique event id (ULID/UUID) """
    source: ConversationErrorEventSource
    """ The source of this event """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["ConversationErrorEvent"] = "ConversationErrorEvent"
    classification: ErrorClassification | None | Unset = UNSET
    """ Safe structured error semantics for API consumers. """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        code = self.code

        detail = self.detail

        id = self.id

        kind = self.kind

        source: str = self.source

        timestamp = self.timestamp

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
                "code": code,
                "detail": detail,
                "id": id,
                "kind": kind,
                "source": source,
                "timestamp": timestamp,
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
        code = d.pop("code")

        detail = d.pop("detail")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "ConversationErrorEvent":
            raise ValueError(
                f"kind must match const 'ConversationErrorEvent', got '{kind}'"
            )

        source = check_conversation_error_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

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

        conversation_error_event = cls(
            code=code,
            detail=detail,
            id=id,
            kind=kind,
            source=source,
            timestamp=timestamp,
            classification=classification,
            parent_id=parent_id,
        )

        conversation_error_event.additional_properties = d
        return conversation_error_event

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
