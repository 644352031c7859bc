# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrowserTypeAction")


@_attrs_define
class BrowserTypeAction:
    """Schema for typing text into elements."""

    index: int
    """ The index of the input element (from browser_get_state) """
    text: str
    """ The text to type """
    kind: Literal["BrowserTypeAction"] = "BrowserTypeAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        kind = self.kind

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "kind": kind,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        kind = d.pop("kind")
        if kind != "BrowserTypeAction":
            raise ValueError(f"kind must match const 'BrowserTypeAction', got '{kind}'")

        text = d.pop("text")

        browser_type_action = cls(
            index=index,
            kind=kind,
            text=text,
        )

        browser_type_action.additional_properties = d
        return browser_type_action

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
