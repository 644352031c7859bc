# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_metadata import InputMetadata
    from ..models.keyword_trigger import KeywordTrigger
    from ..models.path_trigger import PathTrigger
    from ..models.skill_output_mcp_tools_type_0 import SkillOutputMcpToolsType0
    from ..models.skill_output_metadata_type_0 import SkillOutputMetadataType0
    from ..models.skill_resources import SkillResources
    from ..models.task_trigger import TaskTrigger

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        InputMetadata, \
        KeywordTrigger, \
        PathTrigger, \
        SkillOutputMcpToolsType0, \
        SkillOutputMetadataType0, \
        SkillResources, \
        TaskTrigger
    from ..models.input_metadata import InputMetadata
    from ..models.keyword_trigger import KeywordTrigger
    from ..models.path_trigger import PathTrigger
    from ..models.skill_output_mcp_tools_type_0 import SkillOutputMcpToolsType0
    from ..models.skill_output_metadata_type_0 import SkillOutputMetadataType0
    from ..models.skill_resources import SkillResources
    from ..models.task_trigger import TaskTrigger

    _imported = True


T = TypeVar("T", bound="SkillOutput")


@_attrs_define
class SkillOutput:
    """A skill provides specialized knowledge or functionality.

    Skill behavior depends on format (is_agentskills_format) and trigger:

    AgentSkills format (SKILL.md files):
    - Always listed in <available_skills> with name, description, location
    - Agent reads full content on demand (progressive disclosure)
    - If has triggers: content is ALSO auto-injected when triggered

    Legacy OpenHands format:
    - With triggers: Listed in <available_skills>, content injected on trigger
    - Without triggers (None): Full content in <REPO_CONTEXT>, always active

    This model supports both OpenHands-specific fields and AgentSkills standard
    fields (https://agentskills.io/specification) for cross-platform compatibility.

    """

    content: str
    inputs: list[InputMetadata]
    """ Input metadata for the skill (task skills only) """
    name: str
    disable_model_invocation: bool = False
    """ Whether this skill can only be activated by trigger matching and should not be advertised to the model for
    direct invocation. """
    is_agentskills_format: bool = False
    """ Whether this skill was loaded from a SKILL.md file following the AgentSkills standard. AgentSkills-format
    skills use progressive disclosure: always listed in <available_skills> with name, description, and location. If
    the skill also has triggers, content is auto-injected when triggered AND agent can read file anytime. """
    version: str = "1.0.0"
    """ Skill version (AgentSkills standard field). """
    allowed_tools: list[str] | None | Unset = UNSET
    """ List of pre-approved tools for this skill. AgentSkills standard field (parsed from space-delimited string).
    """
    compatibility: None | str | Unset = UNSET
    """ Environment requirements or compatibility notes for the skill. AgentSkills standard field (e.g., 'Requires
    git and docker'). """
    description: None | str | Unset = UNSET
    """ A brief description of what the skill does and when to use it. Descriptions exceeding MAX_DESCRIPTION_LENGTH
    are truncated with a notice pointing to the skill's source path. """
    license_: None | str | Unset = UNSET
    """ The license under which the skill is distributed. AgentSkills standard field (e.g., 'Apache-2.0', 'MIT').
    """
    mcp_tools: None | SkillOutputMcpToolsType0 | Unset = UNSET
    """ MCP servers for the skill (repo skills only). """
    metadata: None | SkillOutputMetadataType0 | Unset = UNSET
    """ Arbitrary key-value metadata for the skill. AgentSkills standard field for extensibility. """
    resources: None | SkillResources | Unset = UNSET
    """ Resource directories for the skill (scripts/, references/, assets/). AgentSkills standard field. Only
    populated for SKILL.md directory format. """
    source: None | str | Unset = UNSET
    """ The source path or identifier of the skill. When it is None, it is treated as a programmatically defined
    skill. """
    trigger: KeywordTrigger | None | PathTrigger | TaskTrigger | Unset = UNSET
    """ Trigger determines when skill content is auto-injected. None = no auto-injection (for AgentSkills: agent
    reads on demand; for legacy: full content always in system prompt). KeywordTrigger = auto-inject when keywords
    appear in user messages. TaskTrigger = auto-inject for specific tasks, may require user input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        content = self.content

        disable_model_invocation = self.disable_model_invocation

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        is_agentskills_format = self.is_agentskills_format

        name = self.name

        version = self.version

        allowed_tools: list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        else:
            allowed_tools = self.allowed_tools

        compatibility: None | str | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        license_: None | str | Unset
        if isinstance(self.license_, Unset):
            license_ = UNSET
        else:
            license_ = self.license_

        mcp_tools: dict[str, Any] | None | Unset
        if isinstance(self.mcp_tools, Unset):
            mcp_tools = UNSET
        elif isinstance(self.mcp_tools, SkillOutputMcpToolsType0):
            mcp_tools = self.mcp_tools.to_dict()
        else:
            mcp_tools = self.mcp_tools

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SkillOutputMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, SkillResources):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        trigger: dict[str, Any] | None | Unset
        if isinstance(self.trigger, Unset):
            trigger = UNSET
        elif isinstance(self.trigger, KeywordTrigger):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, TaskTrigger):
            trigger = self.trigger.to_dict()
        elif isinstance(self.trigger, PathTrigger):
            trigger = self.trigger.to_dict()
        else:
            trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "disable_model_invocation": disable_model_invocation,
                "inputs": inputs,
                "is_agentskills_format": is_agentskills_format,
                "name": name,
                "version": version,
            }
        )
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if description is not UNSET:
            field_dict["description"] = description
        if license_ is not UNSET:
            field_dict["license"] = license_
        if mcp_tools is not UNSET:
            field_dict["mcp_tools"] = mcp_tools
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if resources is not UNSET:
            field_dict["resources"] = resources
        if source is not UNSET:
            field_dict["source"] = source
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        content = d.pop("content")

        disable_model_invocation = d.pop("disable_model_invocation")

        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in _inputs:
            inputs_item = InputMetadata.from_dict(inputs_item_data)

            inputs.append(inputs_item)

        is_agentskills_format = d.pop("is_agentskills_format")

        name = d.pop("name")

        version = d.pop("version")

        def _parse_allowed_tools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast(list[str], data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_compatibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        description = _parse_description(d.pop("description", UNSET))

        def _parse_license_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        license_ = _parse_license_(d.pop("license", UNSET))

        def _parse_mcp_tools(data: object) -> None | SkillOutputMcpToolsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_tools_type_0 = SkillOutputMcpToolsType0.from_dict(data)

                return mcp_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        mcp_tools = _parse_mcp_tools(d.pop("mcp_tools", UNSET))

        def _parse_metadata(data: object) -> None | SkillOutputMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SkillOutputMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_resources(data: object) -> None | SkillResources | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resources_type_0 = SkillResources.from_dict(data)

                return resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        resources = _parse_resources(d.pop("resources", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        source = _parse_source(d.pop("source", UNSET))

        def _parse_trigger(
            data: object,
        ) -> KeywordTrigger | None | PathTrigger | TaskTrigger | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0_type_0 = KeywordTrigger.from_dict(data)

                return trigger_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0_type_1 = TaskTrigger.from_dict(data)

                return trigger_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trigger_type_0_type_2 = PathTrigger.from_dict(data)

                return trigger_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        trigger = _parse_trigger(d.pop("trigger", UNSET))

        skill_output = cls(
            content=content,
            disable_model_invocation=disable_model_invocation,
            inputs=inputs,
            is_agentskills_format=is_agentskills_format,
            name=name,
            version=version,
            allowed_tools=allowed_tools,
            compatibility=compatibility,
            description=description,
            license_=license_,
            mcp_tools=mcp_tools,
            metadata=metadata,
            resources=resources,
            source=source,
            trigger=trigger,
        )

        skill_output.additional_properties = d
        return skill_output

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
