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
from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserScrollAction")


@_attrs_define
class BrowserScrollAction:
    """Schema for scrolling the page."""

    kind: Literal["BrowserScrollAction"] = "BrowserScrollAction"
    direction: BrowserScrollActionDirection | Unset = "down"
    """ Direction to scroll. Options: 'up', 'down'. Default: 'down' """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "BrowserScrollAction":
            raise ValueError(
                f"kind must match const 'BrowserScrollAction', got '{kind}'"
            )

        _direction = d.pop("direction", UNSET)
        direction: BrowserScrollActionDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = check_browser_scroll_action_direction(_direction)

        browser_scroll_action = cls(
            kind=kind,
            direction=direction,
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
