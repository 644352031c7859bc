# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_definition_level_type_0 import (
    AgentDefinitionLevelType0,
    check_agent_definition_level_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_definition_mcp_config_type_0 import (
        AgentDefinitionMcpConfigType0,
    )
    from ..models.agent_definition_metadata import AgentDefinitionMetadata
    from ..models.hook_config import HookConfig
    from ..models.llm_summarizing_condenser_input import LLMSummarizingCondenserInput
    from ..models.no_op_condenser_input import NoOpCondenserInput
    from ..models.pipeline_condenser_input import PipelineCondenserInput

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        AgentDefinitionMcpConfigType0, \
        AgentDefinitionMetadata, \
        HookConfig, \
        LLMSummarizingCondenserInput, \
        NoOpCondenserInput, \
        PipelineCondenserInput
    from ..models.agent_definition_mcp_config_type_0 import (
        AgentDefinitionMcpConfigType0,
    )
    from ..models.agent_definition_metadata import AgentDefinitionMetadata
    from ..models.hook_config import HookConfig
    from ..models.llm_summarizing_condenser_input import LLMSummarizingCondenserInput
    from ..models.no_op_condenser_input import NoOpCondenserInput
    from ..models.pipeline_condenser_input import PipelineCondenserInput

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global \
        _imported_for_parsing, \
        AgentDefinitionMcpConfigType0, \
        AgentDefinitionMetadata, \
        HookConfig
    from ..models.agent_definition_mcp_config_type_0 import (
        AgentDefinitionMcpConfigType0,
    )
    from ..models.agent_definition_metadata import AgentDefinitionMetadata
    from ..models.hook_config import HookConfig

    _imported_for_parsing = True


T = TypeVar("T", bound="AgentDefinition")


@_attrs_define
class AgentDefinition:
    """Agent definition loaded from Markdown file.

    Agents are specialized configurations that can be triggered based on
    user input patterns. They define custom system prompts and tool access.

    """

    name: str
    """ Agent name (from frontmatter or filename) """
    color: None | str | Unset = UNSET
    """ Display color for the agent """
    condenser: (
        LLMSummarizingCondenserInput
        | None
        | NoOpCondenserInput
        | PipelineCondenserInput
        | Unset
    ) = UNSET
    """ Context condenser for the sub-agent. None applies a default summarizing condenser; set a NoOpCondenser to
    disable condensation. """
    description: str | Unset = ""
    """ Agent description """
    hooks: HookConfig | None | Unset = UNSET
    """ Hook configuration for this agent """
    level: AgentDefinitionLevelType0 | None | Unset = UNSET
    """ Scope where the agent was discovered. Set during discovery; None when loaded directly from a file. """
    max_budget_per_run: float | None | Unset = UNSET
    """ Maximum accumulated cost (USD) per run for this sub-agent. Must be strictly positive, or None for no budget.
    """
    max_iteration_per_run: int | None | Unset = UNSET
    """ Maximum iterations per run. It must be strictly positive, or None for default. """
    mcp_config: AgentDefinitionMcpConfigType0 | None | Unset = UNSET
    """ MCP servers for this agent. Ignored when it runs as a delegated sub-agent, which always inherits its
    parent's MCP servers. """
    metadata: AgentDefinitionMetadata | Unset = UNSET
    """ Additional metadata from frontmatter """
    model: str | Unset = "inherit"
    """ Model to use ('inherit' uses parent model) """
    permission_mode: None | str | Unset = UNSET
    """ How the subagent handles permissions. None inherits the parent policy, 'always_confirm' requires
    confirmation for every action, 'never_confirm' skips all confirmations, 'confirm_risky' only confirms actions
    above a risk threshold. """
    profile_store_dir: None | str | Unset = UNSET
    """ Path to the directory where LLM profiles are stored. If None, the default profile store directory is used.
    """
    skills: list[str] | Unset = UNSET
    """ List of skill names for this agent. Resolved from project/user directories. """
    source: None | str | Unset = UNSET
    """ Source file path for this agent """
    system_prompt: str | Unset = ""
    """ System prompt content """
    tools: list[str] | Unset = UNSET
    """ List of allowed tools for this agent """
    when_to_use_examples: list[str] | Unset = UNSET
    """ Examples of when to use this agent (for triggering) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        condenser: dict[str, Any] | None | Unset
        if isinstance(self.condenser, Unset):
            condenser = UNSET
        elif isinstance(self.condenser, LLMSummarizingCondenserInput):
            condenser = self.condenser.to_dict()
        elif isinstance(self.condenser, NoOpCondenserInput):
            condenser = self.condenser.to_dict()
        elif isinstance(self.condenser, PipelineCondenserInput):
            condenser = self.condenser.to_dict()
        else:
            condenser = self.condenser

        description = self.description

        hooks: dict[str, Any] | None | Unset
        if isinstance(self.hooks, Unset):
            hooks = UNSET
        elif isinstance(self.hooks, HookConfig):
            hooks = self.hooks.to_dict()
        else:
            hooks = self.hooks

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, str):
            level = self.level
        else:
            level = self.level

        max_budget_per_run: float | None | Unset
        if isinstance(self.max_budget_per_run, Unset):
            max_budget_per_run = UNSET
        else:
            max_budget_per_run = self.max_budget_per_run

        max_iteration_per_run: int | None | Unset
        if isinstance(self.max_iteration_per_run, Unset):
            max_iteration_per_run = UNSET
        else:
            max_iteration_per_run = self.max_iteration_per_run

        mcp_config: dict[str, Any] | None | Unset
        if isinstance(self.mcp_config, Unset):
            mcp_config = UNSET
        elif isinstance(self.mcp_config, AgentDefinitionMcpConfigType0):
            mcp_config = self.mcp_config.to_dict()
        else:
            mcp_config = self.mcp_config

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        model = self.model

        permission_mode: None | str | Unset
        if isinstance(self.permission_mode, Unset):
            permission_mode = UNSET
        else:
            permission_mode = self.permission_mode

        profile_store_dir: None | str | Unset
        if isinstance(self.profile_store_dir, Unset):
            profile_store_dir = UNSET
        else:
            profile_store_dir = self.profile_store_dir

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        system_prompt = self.system_prompt

        tools: list[str] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = self.tools

        when_to_use_examples: list[str] | Unset = UNSET
        if not isinstance(self.when_to_use_examples, Unset):
            when_to_use_examples = self.when_to_use_examples

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if condenser is not UNSET:
            field_dict["condenser"] = condenser
        if description is not UNSET:
            field_dict["description"] = description
        if hooks is not UNSET:
            field_dict["hooks"] = hooks
        if level is not UNSET:
            field_dict["level"] = level
        if max_budget_per_run is not UNSET:
            field_dict["max_budget_per_run"] = max_budget_per_run
        if max_iteration_per_run is not UNSET:
            field_dict["max_iteration_per_run"] = max_iteration_per_run
        if mcp_config is not UNSET:
            field_dict["mcp_config"] = mcp_config
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if permission_mode is not UNSET:
            field_dict["permission_mode"] = permission_mode
        if profile_store_dir is not UNSET:
            field_dict["profile_store_dir"] = profile_store_dir
        if skills is not UNSET:
            field_dict["skills"] = skills
        if source is not UNSET:
            field_dict["source"] = source
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if tools is not UNSET:
            field_dict["tools"] = tools
        if when_to_use_examples is not UNSET:
            field_dict["when_to_use_examples"] = when_to_use_examples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        color = _parse_color(d.pop("color", UNSET))

        def _parse_condenser(
            data: object,
        ) -> (
            LLMSummarizingCondenserInput
            | None
            | NoOpCondenserInput
            | PipelineCondenserInput
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            global _kinds_condenser
            try:
                table = _kinds_condenser
            except NameError:
                table = _kinds_condenser = {
                    "LLMSummarizingCondenser": (
                        ".llm_summarizing_condenser_input",
                        "LLMSummarizingCondenserInput",
                    ),
                    "NoOpCondenser": (".no_op_condenser_input", "NoOpCondenserInput"),
                    "PipelineCondenser": (
                        ".pipeline_condenser_input",
                        "PipelineCondenserInput",
                    ),
                }
            kind_ = data.get("kind") if isinstance(data, dict) else None
            member = table.get(kind_)
            if isinstance(member, tuple):
                module_, class_ = member
                member = table[kind_] = getattr(
                    importlib.import_module(module_, __package__), class_
                )
            if member is not None:
                try:
                    return member.from_dict(data)
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return data  # type: ignore[return-value]

        condenser = _parse_condenser(d.pop("condenser", UNSET))

        description = d.pop("description", UNSET)

        def _parse_hooks(data: object) -> HookConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hooks_type_0 = HookConfig.from_dict(data)

                return hooks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        hooks = _parse_hooks(d.pop("hooks", UNSET))

        def _parse_level(data: object) -> AgentDefinitionLevelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = check_agent_definition_level_type_0(data)

                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        level = _parse_level(d.pop("level", UNSET))

        def _parse_max_budget_per_run(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_budget_per_run = _parse_max_budget_per_run(
            d.pop("max_budget_per_run", UNSET)
        )

        def _parse_max_iteration_per_run(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_iteration_per_run = _parse_max_iteration_per_run(
            d.pop("max_iteration_per_run", UNSET)
        )

        def _parse_mcp_config(
            data: object,
        ) -> AgentDefinitionMcpConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_config_type_0 = AgentDefinitionMcpConfigType0.from_dict(data)

                return mcp_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        mcp_config = _parse_mcp_config(d.pop("mcp_config", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: AgentDefinitionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = AgentDefinitionMetadata.from_dict(_metadata)

        model = d.pop("model", UNSET)

        def _parse_permission_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        permission_mode = _parse_permission_mode(d.pop("permission_mode", UNSET))

        def _parse_profile_store_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        profile_store_dir = _parse_profile_store_dir(d.pop("profile_store_dir", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        source = _parse_source(d.pop("source", UNSET))

        system_prompt = d.pop("system_prompt", UNSET)

        tools = cast(list[str], d.pop("tools", UNSET))

        when_to_use_examples = cast(list[str], d.pop("when_to_use_examples", UNSET))

        agent_definition = cls(
            name=name,
            color=color,
            condenser=condenser,
            description=description,
            hooks=hooks,
            level=level,
            max_budget_per_run=max_budget_per_run,
            max_iteration_per_run=max_iteration_per_run,
            mcp_config=mcp_config,
            metadata=metadata,
            model=model,
            permission_mode=permission_mode,
            profile_store_dir=profile_store_dir,
            skills=skills,
            source=source,
            system_prompt=system_prompt,
            tools=tools,
            when_to_use_examples=when_to_use_examples,
        )

        agent_definition.additional_properties = d
        return agent_definition

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
