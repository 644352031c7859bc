# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, ImageContent, TextContent
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="BrowserObservation")


@_attrs_define
class BrowserObservation:
    """Base observation for browser operations."""

    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    is_error: bool = False
    """ Whether the observation indicates an error """
    kind: Literal["BrowserObservation"] = "BrowserObservation"
    full_output_save_dir: None | str | Unset = UNSET
    """ Directory where full output files are saved """
    screenshot_data: None | str | Unset = UNSET
    """ Base64 screenshot data if available """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        is_error = self.is_error

        kind = self.kind

        full_output_save_dir: None | str | Unset
        if isinstance(self.full_output_save_dir, Unset):
            full_output_save_dir = UNSET
        else:
            full_output_save_dir = self.full_output_save_dir

        screenshot_data: None | str | Unset
        if isinstance(self.screenshot_data, Unset):
            screenshot_data = UNSET
        else:
            screenshot_data = self.screenshot_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "is_error": is_error,
                "kind": kind,
            }
        )
        if full_output_save_dir is not UNSET:
            field_dict["full_output_save_dir"] = full_output_save_dir
        if screenshot_data is not UNSET:
            field_dict["screenshot_data"] = screenshot_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> ImageContent | TextContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = TextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = ImageContent.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        is_error = d.pop("is_error")

        kind = d.pop("kind")
        if kind != "BrowserObservation":
            raise ValueError(
                f"kind must match const 'BrowserObservation', got '{kind}'"
            )

        def _parse_full_output_save_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        full_output_save_dir = _parse_full_output_save_dir(
            d.pop("full_output_save_dir", UNSET)
        )

        def _parse_screenshot_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        screenshot_data = _parse_screenshot_data(d.pop("screenshot_data", UNSET))

        browser_observation = cls(
            content=content,
            is_error=is_error,
            kind=kind,
            full_output_save_dir=full_output_save_dir,
            screenshot_data=screenshot_data,
        )

        browser_observation.additional_properties = d
        return browser_observation

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
