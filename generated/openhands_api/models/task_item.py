# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_item_status import TaskItemStatus, check_task_item_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskItem")


@_attrs_define
class TaskItem:
    title: str
    """ A brief title for the task. """
    notes: str | Unset = ""
    """ Additional details or notes about the task. """
    status: TaskItemStatus | Unset = "todo"
    """ The current status of the task. One of 'todo', 'in_progress', or 'done'. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        notes = self.notes

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        notes = d.pop("notes", UNSET)

        _status = d.pop("status", UNSET)
        status: TaskItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_task_item_status(_status)

        task_item = cls(
            title=title,
            notes=notes,
            status=status,
        )

        task_item.additional_properties = d
        return task_item

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
