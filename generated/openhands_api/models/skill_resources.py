# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillResources")


@_attrs_define
class SkillResources:
    """Resource directories for a skill (AgentSkills standard).

    Per the AgentSkills specification, skills can include:
    - scripts/: Executable scripts the agent can run
    - references/: Reference documentation and examples
    - assets/: Static assets (images, data files, etc.)

    """

    skill_root: str
    """ Root directory of the skill (absolute path) """
    assets: list[str] | Unset = UNSET
    """ List of asset files in assets/ directory (relative paths) """
    references: list[str] | Unset = UNSET
    """ List of reference files in references/ directory (relative paths) """
    scripts: list[str] | Unset = UNSET
    """ List of script files in scripts/ directory (relative paths) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_root = self.skill_root

        assets: list[str] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets

        references: list[str] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references

        scripts: list[str] | Unset = UNSET
        if not isinstance(self.scripts, Unset):
            scripts = self.scripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill_root": skill_root,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if references is not UNSET:
            field_dict["references"] = references
        if scripts is not UNSET:
            field_dict["scripts"] = scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill_root = d.pop("skill_root")

        assets = cast(list[str], d.pop("assets", UNSET))

        references = cast(list[str], d.pop("references", UNSET))

        scripts = cast(list[str], d.pop("scripts", UNSET))

        skill_resources = cls(
            skill_root=skill_root,
            assets=assets,
            references=references,
            scripts=scripts,
        )

        skill_resources.additional_properties = d
        return skill_resources

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
