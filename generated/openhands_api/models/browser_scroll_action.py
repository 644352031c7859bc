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

from ..models.browser_scroll_action_direction import (
    BrowserScrollActionDirection,
    check_browser_scroll_action_direction,
)

T = TypeVar("T", bound="BrowserScrollAction")


@_attrs_define
class BrowserScrollAction:
    """Schema for scrolling the page."""

    direction: BrowserScrollActionDirection = "down"
    """ Direction to scroll. Options: 'up', 'down'. Default: 'down' """
    kind: Literal["BrowserScrollAction"] = "BrowserScrollAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        direction: str = self.direction

        kind = self.kind

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        direction = check_browser_scroll_action_direction(d.pop("direction"))

        kind = d.pop("kind")
        if kind != "BrowserScrollAction":
            raise ValueError(
                f"kind must match const 'BrowserScrollAction', got '{kind}'"
            )

        browser_scroll_action = cls(
            direction=direction,
            kind=kind,
        )

        browser_scroll_action.additional_properties = d
        return browser_scroll_action

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
