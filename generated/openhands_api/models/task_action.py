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

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAction")


@_attrs_define
class TaskAction:
    """Schema for launching a sub-agent task."""

    prompt: str
    """ The task for the agent to perform. """
    kind: Literal["TaskAction"] = "TaskAction"
    subagent_type: str = "general-purpose"
    """ The type of specialized agent to use for this task. """
    description: None | str | Unset = UNSET
    """ A short (3-5 word) description of the task. """
    resume: None | str | Unset = UNSET
    """ Task ID of the task to resume from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        prompt = self.prompt

        subagent_type = self.subagent_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        resume: None | str | Unset
        if isinstance(self.resume, Unset):
            resume = UNSET
        else:
            resume = self.resume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "prompt": prompt,
                "subagent_type": subagent_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if resume is not UNSET:
            field_dict["resume"] = resume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "TaskAction":
            raise ValueError(f"kind must match const 'TaskAction', got '{kind}'")

        prompt = d.pop("prompt")

        subagent_type = d.pop("subagent_type")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        description = _parse_description(d.pop("description", UNSET))

        def _parse_resume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        resume = _parse_resume(d.pop("resume", UNSET))

        task_action = cls(
            kind=kind,
            prompt=prompt,
            subagent_type=subagent_type,
            description=description,
            resume=resume,
        )

        task_action.additional_properties = d
        return task_action

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
