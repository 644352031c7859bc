# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_event_source import TokenEventSource, check_token_event_source
from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenEvent")


@_attrs_define
class TokenEvent:
    """Event from VLLM representing token IDs used in LLM interaction."""

    kind: Literal["TokenEvent"]
    prompt_token_ids: list[int]
    """ The exact prompt token IDs for this message event """
    response_token_ids: list[int]
    """ The exact response token IDs for this message event """
    source: TokenEventSource
    id: str | Unset = UNSET
    """ Unique event id (ULID/UUID) """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    timestamp: str | Unset = UNSET
    """ Event timestamp """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        prompt_token_ids = self.prompt_token_ids

        response_token_ids = self.response_token_ids

        source: str = self.source

        id = self.id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "prompt_token_ids": prompt_token_ids,
                "response_token_ids": response_token_ids,
                "source": source,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["TokenEvent"], d.pop("kind"))
        if kind != "TokenEvent":
            raise ValueError(f"kind must match const 'TokenEvent', got '{kind}'")

        prompt_token_ids = cast(list[int], d.pop("prompt_token_ids"))

        response_token_ids = cast(list[int], d.pop("response_token_ids"))

        source = check_token_event_source(d.pop("source"))

        id = d.pop("id", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        token_event = cls(
            kind=kind,
            prompt_token_ids=prompt_token_ids,
            response_token_ids=response_token_ids,
            source=source,
            id=id,
            parent_id=parent_id,
            timestamp=timestamp,
        )

        token_event.additional_properties = d
        return token_event

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
