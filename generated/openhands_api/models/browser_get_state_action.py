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

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserGetStateAction")


@_attrs_define
class BrowserGetStateAction:
    """Schema for getting browser state."""

    kind: Literal["BrowserGetStateAction"] = "BrowserGetStateAction"
    include_screenshot: bool | Unset = False
    """ Whether to include a screenshot of the current page. Default: False """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        include_screenshot = self.include_screenshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if include_screenshot is not UNSET:
            field_dict["include_screenshot"] = include_screenshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "BrowserGetStateAction":
            raise ValueError(
                f"kind must match const 'BrowserGetStateAction', got '{kind}'"
            )

        include_screenshot = d.pop("include_screenshot", UNSET)

        browser_get_state_action = cls(
            kind=kind,
            include_screenshot=include_screenshot,
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
