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

T = TypeVar("T", bound="BrowserNavigateAction")


@_attrs_define
class BrowserNavigateAction:
    """Schema for browser navigation."""

    url: str
    """ The URL to navigate to """
    kind: Literal["BrowserNavigateAction"] = "BrowserNavigateAction"
    new_tab: bool = False
    """ Whether to open in a new tab. Default: False """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        new_tab = self.new_tab

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "new_tab": new_tab,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "BrowserNavigateAction":
            raise ValueError(
                f"kind must match const 'BrowserNavigateAction', got '{kind}'"
            )

        new_tab = d.pop("new_tab")

        url = d.pop("url")

        browser_navigate_action = cls(
            kind=kind,
            new_tab=new_tab,
            url=url,
        )

        browser_navigate_action.additional_properties = d
        return browser_navigate_action

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
