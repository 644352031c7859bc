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

T = TypeVar("T", bound="BrowserGetStateAction")


@_attrs_define
class BrowserGetStateAction:
    """Schema for getting browser state."""

    include_screenshot: bool = False
    """ Whether to include a screenshot of the current page. Default: False """
    kind: Literal["BrowserGetStateAction"] = "BrowserGetStateAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_screenshot = self.include_screenshot

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "include_screenshot": include_screenshot,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        include_screenshot = d.pop("include_screenshot")

        kind = d.pop("kind")
        if kind != "BrowserGetStateAction":
            raise ValueError(
                f"kind must match const 'BrowserGetStateAction', got '{kind}'"
            )

        browser_get_state_action = cls(
            include_screenshot=include_screenshot,
            kind=kind,
        )

        browser_get_state_action.additional_properties = d
        return browser_get_state_action

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
