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

from ..models.task_tracker_action_command import (
    TaskTrackerActionCommand,
    check_task_tracker_action_command,
)

if TYPE_CHECKING:
    from ..models.task_item import TaskItem

_imported = False


def _import_lazily() -> None:
    global _imported, TaskItem
    from ..models.task_item import TaskItem

    _imported = True


T = TypeVar("T", bound="TaskTrackerAction")


@_attrs_define
class TaskTrackerAction:
    """An action where the agent writes or updates a task list for task management."""

    task_list: list[TaskItem]
    """ The full task list. Required parameter of `plan` command. """
    command: TaskTrackerActionCommand = "view"
    """ The command to execute. `view` shows the current task list. `plan` creates or updates the task list based on
    provided requirements and progress. Always `view` the current list before making changes. """
    kind: Literal["TaskTrackerAction"] = "TaskTrackerAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        command: str = self.command

        kind = self.kind

        task_list = []
        for task_list_item_data in self.task_list:
            task_list_item = task_list_item_data.to_dict()
            task_list.append(task_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "kind": kind,
                "task_list": task_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        command = check_task_tracker_action_command(d.pop("command"))

        kind = d.pop("kind")
        if kind != "TaskTrackerAction":
            raise ValueError(f"kind must match const 'TaskTrackerAction', got '{kind}'")

        task_list = []
        _task_list = d.pop("task_list")
        for task_list_item_data in _task_list:
            task_list_item = TaskItem.from_dict(task_list_item_data)

            task_list.append(task_list_item)

        task_tracker_action = cls(
            command=command,
            kind=kind,
            task_list=task_list,
        )

        task_tracker_action.additional_properties = d
        return task_tracker_action

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
