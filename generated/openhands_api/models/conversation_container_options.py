# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationContainerOptions")


@_attrs_define
class ConversationContainerOptions:
    """Resources for a conversation's container.

    Only the Docker runtime applies them, when it creates the conversation's
    container; a local conversation ignores them. An unset field keeps the
    server's configured limit; a set one replaces it and is not capped by it.

    """

    browser: bool | Unset = True
    """ False turns the browser off. True cannot turn it on for an image without one. """
    cpus: float | None | Unset = UNSET
    """ Number of CPUs the container may use (`docker run --cpus`); replaces the server's limit and is not capped by
    it. """
    memory: None | str | Unset = UNSET
    """ Container memory limit in `docker run --memory` syntax; replaces the server's limit and is not capped by it.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        browser = self.browser

        cpus: float | None | Unset
        if isinstance(self.cpus, Unset):
            cpus = UNSET
        else:
            cpus = self.cpus

        memory: None | str | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        else:
            memory = self.memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if browser is not UNSET:
            field_dict["browser"] = browser
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        browser = d.pop("browser", UNSET)

        def _parse_cpus(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        cpus = _parse_cpus(d.pop("cpus", UNSET))

        def _parse_memory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        memory = _parse_memory(d.pop("memory", UNSET))

        conversation_container_options = cls(
            browser=browser,
            cpus=cpus,
            memory=memory,
        )

        conversation_container_options.additional_properties = d
        return conversation_container_options

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
