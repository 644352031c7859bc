# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_child_conversation_request_isolation import (
    StartChildConversationRequestIsolation,
    check_start_child_conversation_request_isolation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartChildConversationRequest")


@_attrs_define
class StartChildConversationRequest:
    """Payload to start a child conversation on the same backend as its parent.

    Sent by the ``start_child_conversation`` tool to a child-launch endpoint:
    the agent-server's ``POST /api/conversations/{id}/children`` by default, or
    an equivalent launcher supplied by the backend hosting the parent.

    """

    task: str
    """ Self-contained brief delivered to the child as its first user message. """
    isolation: StartChildConversationRequestIsolation | Unset = "worktree"
    """ Workspace isolation for the child. 'worktree' runs it in a git worktree carved from the parent's workspace
    when that workspace is a git repository; 'shared' runs it in the parent's directory. Backends that manage
    workspaces themselves may ignore this. """
    title: None | str | Unset = UNSET
    """ Optional title for the child conversation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task = self.task

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
            }
        )
        if isolation is not UNSET:
            field_dict["isolation"] = isolation
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task = d.pop("task")

        _isolation = d.pop("isolation", UNSET)
        isolation: StartChildConversationRequestIsolation | Unset
        if isinstance(_isolation, Unset):
            isolation = UNSET
        else:
            isolation = check_start_child_conversation_request_isolation(_isolation)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        start_child_conversation_request = cls(
            task=task,
            isolation=isolation,
            title=title,
        )

        start_child_conversation_request.additional_properties = d
        return start_child_conversation_request

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
