# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_message_request_role import (
    SendMessageRequestRole,
    check_send_message_request_role,
)
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


T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """Payload to send a message to the agent."""

    content: list[ImageContent | TextContent] | Unset = UNSET
    role: SendMessageRequestRole | Unset = "user"
    run: bool | Unset = False
    """ Whether the agent loop should automatically run if not running """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, TextContent):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        run = self.run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if role is not UNSET:
            field_dict["role"] = role
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: list[ImageContent | TextContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
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

        _role = d.pop("role", UNSET)
        role: SendMessageRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_send_message_request_role(_role)

        run = d.pop("run", UNSET)

        send_message_request = cls(
            content=content,
            role=role,
            run=run,
        )

        send_message_request.additional_properties = d
        return send_message_request

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
