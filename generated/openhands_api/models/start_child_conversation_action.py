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

from ..models.start_child_conversation_action_isolation import (
    StartChildConversationActionIsolation,
    check_start_child_conversation_action_isolation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartChildConversationAction")


@_attrs_define
class StartChildConversationAction:
    """Action that starts a child conversation on the parent's backend."""

    task: str
    """ Self-contained brief for the child: the goal, relevant files or paths, constraints, and the expected
    deliverable. The child cannot see this conversation's history. """
    kind: Literal["StartChildConversationAction"] = "StartChildConversationAction"
    isolation: StartChildConversationActionIsolation | Unset = "worktree"
    """ 'worktree' gives the child its own git worktree and branch when the workspace is a git repository; 'shared'
    runs it in the same directory. """
    title: None | str | Unset = UNSET
    """ Optional short title for the child conversation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

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
                "kind": kind,
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
        kind = d.pop("kind")
        if kind != "StartChildConversationAction":
            raise ValueError(
                f"kind must match const 'StartChildConversationAction', got '{kind}'"
            )

        task = d.pop("task")

        _isolation = d.pop("isolation", UNSET)
        isolation: StartChildConversationActionIsolation | Unset
        if isinstance(_isolation, Unset):
            isolation = UNSET
        else:
            isolation = check_start_child_conversation_action_isolation(_isolation)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        start_child_conversation_action = cls(
            kind=kind,
            task=task,
            isolation=isolation,
            title=title,
        )

        start_child_conversation_action.additional_properties = d
        return start_child_conversation_action

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
