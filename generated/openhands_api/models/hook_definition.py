# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_type import HookType, check_hook_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="HookDefinition")


@_attrs_define
class HookDefinition:
    """A single hook definition."""

    command: str
    async_: bool | Unset = False
    max_iterations: int | Unset = 3
    name: None | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    timeout: int | Unset = 60
    tools: list[str] | Unset = UNSET
    type_: HookType | Unset = UNSET
    """ Types of hooks that can be executed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        async_ = self.async_

        max_iterations = self.max_iterations

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        timeout = self.timeout

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if async_ is not UNSET:
            field_dict["async"] = async_
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if name is not UNSET:
            field_dict["name"] = name
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if tools is not UNSET:
            field_dict["tools"] = tools
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command = d.pop("command")

        async_ = d.pop("async", UNSET)

        max_iterations = d.pop("max_iterations", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        name = _parse_name(d.pop("name", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        timeout = d.pop("timeout", UNSET)

        tools = cast(list[str], d.pop("tools", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: HookType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_hook_type(_type_)

        hook_definition = cls(
            command=command,
            async_=async_,
            max_iterations=max_iterations,
            name=name,
            prompt=prompt,
            system_prompt=system_prompt,
            timeout=timeout,
            tools=tools,
            type_=type_,
        )

        hook_definition.additional_properties = d
        return hook_definition

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
