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

T = TypeVar("T", bound="BrowserClickAction")


@_attrs_define
class BrowserClickAction:
    """Schema for clicking elements."""

    index: int
    """ The index of the element to click (from browser_get_state) """
    kind: Literal["BrowserClickAction"] = "BrowserClickAction"
    new_tab: bool = False
    """ Whether to open any resulting navigation in a new tab. Default: False """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        kind = self.kind

        new_tab = self.new_tab

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "kind": kind,
                "new_tab": new_tab,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        kind = d.pop("kind")
        if kind != "BrowserClickAction":
            raise ValueError(
                f"kind must match const 'BrowserClickAction', got '{kind}'"
            )

        new_tab = d.pop("new_tab")

        browser_click_action = cls(
            index=index,
            kind=kind,
            new_tab=new_tab,
        )

        browser_click_action.additional_properties = d
        return browser_click_action

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
