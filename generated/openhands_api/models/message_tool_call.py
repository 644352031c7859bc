# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_tool_call_origin import (
    MessageToolCallOrigin,
    check_message_tool_call_origin,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageToolCall")


@_attrs_define
class MessageToolCall:
    """Transport-agnostic tool call representation.

    One canonical id is used for linking across actions/observations and
    for Responses function_call_output call_id.

    """

    arguments: str
    """ JSON string of arguments """
    id: str
    """ Canonical tool call id """
    name: str
    """ Tool/function name """
    origin: MessageToolCallOrigin
    """ Originating API family """
    responses_item_id: None | str | Unset = UNSET
    """ Original Responses function_call.id, echoed verbatim on replay """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        id = self.id

        name = self.name

        origin: str = self.origin

        responses_item_id: None | str | Unset
        if isinstance(self.responses_item_id, Unset):
            responses_item_id = UNSET
        else:
            responses_item_id = self.responses_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "id": id,
                "name": name,
                "origin": origin,
            }
        )
        if responses_item_id is not UNSET:
            field_dict["responses_item_id"] = responses_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        id = d.pop("id")

        name = d.pop("name")

        origin = check_message_tool_call_origin(d.pop("origin"))

        def _parse_responses_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        responses_item_id = _parse_responses_item_id(d.pop("responses_item_id", UNSET))

        message_tool_call = cls(
            arguments=arguments,
            id=id,
            name=name,
            origin=origin,
            responses_item_id=responses_item_id,
        )

        message_tool_call.additional_properties = d
        return message_tool_call

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
