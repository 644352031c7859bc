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

from ..models.condensation_source import CondensationSource, check_condensation_source
from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="Condensation")


@_attrs_define
class Condensation:
    """This action indicates a condensation of the conversation history is happening."""

    forgotten_event_ids: list[str]
    """ The IDs of the events that are being forgotten (removed from the `View` given to the LLM). """
    id: str
    """ Unique event id (ULID/UUID) """
    llm_response_id: str
    """ Completion or Response ID of the LLM response that generated this event """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["Condensation"] = "Condensation"
    source: CondensationSource = "environment"
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    summary: None | str | Unset = UNSET
    """ An optional summary of the events being forgotten. """
    summary_offset: int | None | Unset = UNSET
    """ An optional offset to the start of the resulting view (after forgotten events have been removed) indicating
    where the summary should be inserted. If not provided, the summary will not be inserted into the view. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forgotten_event_ids = self.forgotten_event_ids

        id = self.id

        kind = self.kind

        llm_response_id = self.llm_response_id

        source: str = self.source

        timestamp = self.timestamp

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        summary_offset: int | None | Unset
        if isinstance(self.summary_offset, Unset):
            summary_offset = UNSET
        else:
            summary_offset = self.summary_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forgotten_event_ids": forgotten_event_ids,
                "id": id,
                "kind": kind,
                "llm_response_id": llm_response_id,
                "source": source,
                "timestamp": timestamp,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if summary_offset is not UNSET:
            field_dict["summary_offset"] = summary_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forgotten_event_ids = cast(list[str], d.pop("forgotten_event_ids"))

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "Condensation":
            raise ValueError(f"kind must match const 'Condensation', got '{kind}'")

        llm_response_id = d.pop("llm_response_id")

        source = check_condensation_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_summary_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        summary_offset = _parse_summary_offset(d.pop("summary_offset", UNSET))

        condensation = cls(
            forgotten_event_ids=forgotten_event_ids,
            id=id,
            kind=kind,
            llm_response_id=llm_response_id,
            source=source,
            timestamp=timestamp,
            parent_id=parent_id,
            summary=summary,
            summary_offset=summary_offset,
        )

        condensation.additional_properties = d
        return condensation

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
