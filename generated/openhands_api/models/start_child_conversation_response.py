# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_child_conversation_response_isolation_type_0 import (
    StartChildConversationResponseIsolationType0,
    check_start_child_conversation_response_isolation_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartChildConversationResponse")


@_attrs_define
class StartChildConversationResponse:
    """Result of a child conversation launch, returned to the parent agent."""

    conversation_id: UUID
    parent_conversation_id: UUID
    status: str
    """ Initial launch status reported by the backend. """
    isolation: None | StartChildConversationResponseIsolationType0 | Unset = UNSET
    """ Workspace isolation actually applied, when known. """
    title: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    """ Link to the child conversation, when the backend knows it. """
    workspace: None | str | Unset = UNSET
    """ Working directory of the child, when known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversation_id = str(self.conversation_id)

        parent_conversation_id = str(self.parent_conversation_id)

        status = self.status

        isolation: None | str | Unset
        if isinstance(self.isolation, Unset):
            isolation = UNSET
        elif isinstance(self.isolation, str):
            isolation = self.isolation
        else:
            isolation = self.isolation

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
                "conversation_id": conversation_id,
                "parent_conversation_id": parent_conversation_id,
                "status": status,
            }
        )
        if isolation is not UNSET:
            field_dict["isolation"] = isolation
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conversation_id = UUID(d.pop("conversation_id"))

        parent_conversation_id = UUID(d.pop("parent_conversation_id"))

        status = d.pop("status")

        def _parse_isolation(
            data: object,
        ) -> None | StartChildConversationResponseIsolationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                isolation_type_0 = (
                    check_start_child_conversation_response_isolation_type_0(data)
                )

                return isolation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        isolation = _parse_isolation(d.pop("isolation", UNSET))

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

        start_child_conversation_response = cls(
            conversation_id=conversation_id,
            parent_conversation_id=parent_conversation_id,
            status=status,
            isolation=isolation,
            title=title,
            url=url,
            workspace=workspace,
        )

        start_child_conversation_response.additional_properties = d
        return start_child_conversation_response

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
