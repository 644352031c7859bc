# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delegate_action_command import (
    DelegateActionCommand,
    check_delegate_action_command,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delegate_action_tasks_type_0 import DelegateActionTasksType0

_imported = False


def _import_lazily() -> None:
    global _imported, DelegateActionTasksType0
    from ..models.delegate_action_tasks_type_0 import DelegateActionTasksType0

    _imported = True


T = TypeVar("T", bound="DelegateAction")


@_attrs_define
class DelegateAction:
    """Schema for delegation operations."""

    command: DelegateActionCommand
    """ The commands to run. Allowed options are: `spawn`, `delegate`. """
    kind: Literal["DelegateAction"] = "DelegateAction"
    agent_types: list[str] | None | Unset = UNSET
    """ Optional parameter of `spawn` command. List of agent types for each ID (e.g., ['researcher', 'programmer']).
    If omitted or blank for an ID, the default general-purpose agent is used. """
    ids: list[str] | None | Unset = UNSET
    """ Required parameter of `spawn` command. List of identifiers to initialize sub-agents with. """
    tasks: DelegateActionTasksType0 | None | Unset = UNSET
    """ Required parameter of `delegate` command. Dictionary mapping sub-agent identifiers to task descriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        command: str = self.command

        kind = self.kind

        agent_types: list[str] | None | Unset
        if isinstance(self.agent_types, Unset):
            agent_types = UNSET
        elif isinstance(self.agent_types, list):
            agent_types = self.agent_types

        else:
            agent_types = self.agent_types

        ids: list[str] | None | Unset
        if isinstance(self.ids, Unset):
            ids = UNSET
        elif isinstance(self.ids, list):
            ids = self.ids

        else:
            ids = self.ids

        tasks: dict[str, Any] | None | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, DelegateActionTasksType0):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "kind": kind,
            }
        )
        if agent_types is not UNSET:
            field_dict["agent_types"] = agent_types
        if ids is not UNSET:
            field_dict["ids"] = ids
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        command = check_delegate_action_command(d.pop("command"))

        kind = d.pop("kind")
        if kind != "DelegateAction":
            raise ValueError(f"kind must match const 'DelegateAction', got '{kind}'")

        def _parse_agent_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agent_types_type_0 = cast(list[str], data)

                return agent_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_types = _parse_agent_types(d.pop("agent_types", UNSET))

        def _parse_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_type_0 = cast(list[str], data)

                return ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        ids = _parse_ids(d.pop("ids", UNSET))

        def _parse_tasks(data: object) -> DelegateActionTasksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_type_0 = DelegateActionTasksType0.from_dict(data)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        delegate_action = cls(
            command=command,
            kind=kind,
            agent_types=agent_types,
            ids=ids,
            tasks=tasks,
        )

        delegate_action.additional_properties = d
        return delegate_action

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
