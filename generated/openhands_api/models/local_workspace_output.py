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

T = TypeVar("T", bound="LocalWorkspaceOutput")


@_attrs_define
class LocalWorkspaceOutput:
    """Local workspace implementation that operates on the host filesystem.

    LocalWorkspace provides direct access to the local filesystem and command execution
    environment. It's suitable for development and testing scenarios where the agent
    should operate directly on the host system.

    Example:
        >>> workspace = LocalWorkspace(working_dir="/path/to/project")
        >>> with workspace:
        ...     result = workspace.execute_command("ls -la")
        ...     content = workspace.read_file("README.md")

    """

    working_dir: str
    """ The working directory for agent operations and tool execution. Accepts both string paths and Path objects.
    Path objects are automatically converted to strings. """
    kind: Literal["LocalWorkspace"] = "LocalWorkspace"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "working_dir": working_dir,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "LocalWorkspace":
            raise ValueError(f"kind must match const 'LocalWorkspace', got '{kind}'")

        working_dir = d.pop("working_dir")

        local_workspace_output = cls(
            kind=kind,
            working_dir=working_dir,
        )

        local_workspace_output.additional_properties = d
        return local_workspace_output

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
