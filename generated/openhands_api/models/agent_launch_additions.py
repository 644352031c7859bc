# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_input import SkillInput

_imported = False


def _import_lazily() -> None:
    global _imported, SkillInput
    from ..models.skill_input import SkillInput

    _imported = True


T = TypeVar("T", bound="AgentLaunchAdditions")


@_attrs_define
class AgentLaunchAdditions:
    """Add deployment context after agent resolution."""

    llm_profile_ref: None | str | Unset = UNSET
    """ LLM profile to launch an OpenHands Agent Profile with instead of its own `llm_profile_ref`. Recorded in
    `launched_agent_profile`; the stored profile is not modified. Only valid with `agent_profile_id`. """
    skills: list[SkillInput] | None | Unset = UNSET
    """ Deployment-supplied skills merged into the resolved agent's context. For a client that ships its own skill
    catalog and so cannot rely on the server's: an ``agent_profile_id`` launch sends no ``agent_settings``, leaving
    it no other way to supply them. Merged by name — a skill the resolved agent already carries wins, and the
    profile's ``disabled_skills`` deny-list still applies, so this cannot reintroduce something the profile turned
    off. None (the default) adds nothing. """
    system_message_suffix_append: None | str | Unset = UNSET
    """ Deployment-controlled text appended to the resolved agent's system-message suffix. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        llm_profile_ref: None | str | Unset
        if isinstance(self.llm_profile_ref, Unset):
            llm_profile_ref = UNSET
        else:
            llm_profile_ref = self.llm_profile_ref

        skills: list[dict[str, Any]] | None | Unset
        if isinstance(self.skills, Unset):
            skills = UNSET
        elif isinstance(self.skills, list):
            skills = []
            for skills_type_0_item_data in self.skills:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = self.skills

        system_message_suffix_append: None | str | Unset
        if isinstance(self.system_message_suffix_append, Unset):
            system_message_suffix_append = UNSET
        else:
            system_message_suffix_append = self.system_message_suffix_append

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_profile_ref is not UNSET:
            field_dict["llm_profile_ref"] = llm_profile_ref
        if skills is not UNSET:
            field_dict["skills"] = skills
        if system_message_suffix_append is not UNSET:
            field_dict["system_message_suffix_append"] = system_message_suffix_append

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_llm_profile_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        llm_profile_ref = _parse_llm_profile_ref(d.pop("llm_profile_ref", UNSET))

        def _parse_skills(data: object) -> list[SkillInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                skills_type_0 = []
                _skills_type_0 = data
                for skills_type_0_item_data in _skills_type_0:
                    skills_type_0_item = SkillInput.from_dict(skills_type_0_item_data)

                    skills_type_0.append(skills_type_0_item)

                return skills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        skills = _parse_skills(d.pop("skills", UNSET))

        def _parse_system_message_suffix_append(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        system_message_suffix_append = _parse_system_message_suffix_append(
            d.pop("system_message_suffix_append", UNSET)
        )

        agent_launch_additions = cls(
            llm_profile_ref=llm_profile_ref,
            skills=skills,
            system_message_suffix_append=system_message_suffix_append,
        )

        agent_launch_additions.additional_properties = d
        return agent_launch_additions

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
