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

from ..models.start_child_conversation_observation_isolation_type_0 import (
    StartChildConversationObservationIsolationType0,
    check_start_child_conversation_observation_isolation_type_0,
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


T = TypeVar("T", bound="StartChildConversationObservation")


@_attrs_define
class StartChildConversationObservation:
    """Result of a child conversation launch."""

    kind: Literal["StartChildConversationObservation"] = (
        "StartChildConversationObservation"
    )
    content: list[ImageContent | TextContent] | Unset = UNSET
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    conversation_id: None | str | Unset = UNSET
    is_error: bool | Unset = False
    """ Whether the observation indicates an error """
    isolation: None | StartChildConversationObservationIsolationType0 | Unset = UNSET
    parent_conversation_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    workspace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

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

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        is_error = self.is_error

        isolation: None | str | Unset
        if isinstance(self.isolation, Unset):
            isolation = UNSET
        elif isinstance(self.isolation, str):
            isolation = self.isolation
        else:
            isolation = self.isolation

        parent_conversation_id: None | str | Unset
        if isinstance(self.parent_conversation_id, Unset):
            parent_conversation_id = UNSET
        else:
            parent_conversation_id = self.parent_conversation_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        workspace: None | str | Unset
        if isinstance(self.workspace, Unset):
            workspace = UNSET
        else:
            workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if isolation is not UNSET:
            field_dict["isolation"] = isolation
        if parent_conversation_id is not UNSET:
            field_dict["parent_conversation_id"] = parent_conversation_id
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "StartChildConversationObservation":
            raise ValueError(
                f"kind must match const 'StartChildConversationObservation', got '{kind}'"
            )

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

        def _parse_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        is_error = d.pop("is_error", UNSET)

        def _parse_isolation(
            data: object,
        ) -> None | StartChildConversationObservationIsolationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                isolation_type_0 = (
                    check_start_child_conversation_observation_isolation_type_0(data)
                )

                return isolation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        isolation = _parse_isolation(d.pop("isolation", UNSET))

        def _parse_parent_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_conversation_id = _parse_parent_conversation_id(
            d.pop("parent_conversation_id", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        status = _parse_status(d.pop("status", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        url = _parse_url(d.pop("url", UNSET))

        def _parse_workspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        workspace = _parse_workspace(d.pop("workspace", UNSET))

        start_child_conversation_observation = cls(
            kind=kind,
            content=content,
            conversation_id=conversation_id,
            is_error=is_error,
            isolation=isolation,
            parent_conversation_id=parent_conversation_id,
            status=status,
            title=title,
            url=url,
            workspace=workspace,
        )

        start_child_conversation_observation.additional_properties = d
        return start_child_conversation_observation

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
