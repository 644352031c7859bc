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

T = TypeVar("T", bound="WorkflowAction")


@_attrs_define
class WorkflowAction:
    """Schema for running a Python dynamic workflow script."""

    name: str
    """ A short name for this workflow run. """
    script: str
    """ Python workflow script to run. It must define `async def main(wf):` and coordinate work only through the
    provided `wf` object. """
    kind: Literal["WorkflowAction"] = "WorkflowAction"
    max_concurrency: int = 8
    """ Maximum number of sub-agent tasks to run concurrently. Consider 2–4 for LLM-heavy workflows to avoid hitting
    API rate limits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        max_concurrency = self.max_concurrency

        name = self.name

        script = self.script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "max_concurrency": max_concurrency,
                "name": name,
                "script": script,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "WorkflowAction":
            raise ValueError(f"kind must match const 'WorkflowAction', got '{kind}'")

        max_concurrency = d.pop("max_concurrency")

        name = d.pop("name")

        script = d.pop("script")

        workflow_action = cls(
            kind=kind,
            max_concurrency=max_concurrency,
            name=name,
            script=script,
        )

        workflow_action.additional_properties = d
        return workflow_action

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
