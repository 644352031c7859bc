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

T = TypeVar("T", bound="BrowserGetContentAction")


@_attrs_define
class BrowserGetContentAction:
    """Schema for getting page content in markdown."""

    extract_links: bool = False
    """ Whether to include links in the content (default: False) """
    kind: Literal["BrowserGetContentAction"] = "BrowserGetContentAction"
    start_from_char: int = 0
    """ Character index to start from in the page content (default: 0) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extract_links = self.extract_links

        kind = self.kind

        start_from_char = self.start_from_char

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "extract_links": extract_links,
                "kind": kind,
                "start_from_char": start_from_char,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extract_links = d.pop("extract_links")

        kind = d.pop("kind")
        if kind != "BrowserGetContentAction":
            raise ValueError(
                f"kind must match const 'BrowserGetContentAction', got '{kind}'"
            )

        start_from_char = d.pop("start_from_char")

        browser_get_content_action = cls(
            extract_links=extract_links,
            kind=kind,
            start_from_char=start_from_char,
        )

        browser_get_content_action.additional_properties = d
        return browser_get_content_action

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
