# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_execution_task_support_type_0 import (
    ToolExecutionTaskSupportType0,
    check_tool_execution_task_support_type_0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolExecution")


@_attrs_define
class ToolExecution:
    """Execution-related properties for a tool."""

    task_support: None | ToolExecutionTaskSupportType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_support: None | str | Unset
        if isinstance(self.task_support, Unset):
            task_support = UNSET
        elif isinstance(self.task_support, str):
            task_support = self.task_support
        else:
            task_support = self.task_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_support is not UNSET:
            field_dict["taskSupport"] = task_support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_task_support(
            data: object,
        ) -> None | ToolExecutionTaskSupportType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_support_type_0 = check_tool_execution_task_support_type_0(data)

                return task_support_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        task_support = _parse_task_support(d.pop("taskSupport", UNSET))

        tool_execution = cls(
            task_support=task_support,
        )

        tool_execution.additional_properties = d
        return tool_execution

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
