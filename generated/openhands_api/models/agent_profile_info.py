# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentProfileInfo")


@_attrs_define
class AgentProfileInfo:
    """Summary projection of a stored profile (no secret instantiation)."""

    name: str
    agent_kind: str = "openhands"
    id: None | str | Unset = UNSET
    llm_profile_ref: None | str | Unset = UNSET
    mcp_server_refs: list[str] | None | Unset = UNSET
    revision: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_kind = self.agent_kind

        name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        llm_profile_ref: None | str | Unset
        if isinstance(self.llm_profile_ref, Unset):
            llm_profile_ref = UNSET
        else:
            llm_profile_ref = self.llm_profile_ref

        mcp_server_refs: list[str] | None | Unset
        if isinstance(self.mcp_server_refs, Unset):
            mcp_server_refs = UNSET
        elif isinstance(self.mcp_server_refs, list):
            mcp_server_refs = self.mcp_server_refs

        else:
            mcp_server_refs = self.mcp_server_refs

        revision: int | None | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_kind": agent_kind,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if llm_profile_ref is not UNSET:
            field_dict["llm_profile_ref"] = llm_profile_ref
        if mcp_server_refs is not UNSET:
            field_dict["mcp_server_refs"] = mcp_server_refs
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_kind = d.pop("agent_kind")

        name = d.pop("name")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        id = _parse_id(d.pop("id", UNSET))

        def _parse_llm_profile_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        llm_profile_ref = _parse_llm_profile_ref(d.pop("llm_profile_ref", UNSET))

        def _parse_mcp_server_refs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mcp_server_refs_type_0 = cast(list[str], data)

                return mcp_server_refs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        mcp_server_refs = _parse_mcp_server_refs(d.pop("mcp_server_refs", UNSET))

        def _parse_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        revision = _parse_revision(d.pop("revision", UNSET))

        agent_profile_info = cls(
            agent_kind=agent_kind,
            name=name,
            id=id,
            llm_profile_ref=llm_profile_ref,
            mcp_server_refs=mcp_server_refs,
            revision=revision,
        )

        agent_profile_info.additional_properties = d
        return agent_profile_info

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
