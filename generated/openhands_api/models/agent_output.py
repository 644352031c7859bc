# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_context_output import AgentContextOutput
    from ..models.agent_finished_critic_output import AgentFinishedCriticOutput
    from ..models.agent_output_mcp_config import AgentOutputMcpConfig
    from ..models.agent_output_system_prompt_kwargs import AgentOutputSystemPromptKwargs
    from ..models.api_based_critic_output import APIBasedCriticOutput
    from ..models.empty_patch_critic_output import EmptyPatchCriticOutput
    from ..models.llm_output import LLMOutput
    from ..models.llm_summarizing_condenser_output import LLMSummarizingCondenserOutput
    from ..models.no_op_condenser_output import NoOpCondenserOutput
    from ..models.openhands_sdk_tool_spec_tool import OpenhandsSdkToolSpecTool
    from ..models.pass_critic_output import PassCriticOutput
    from ..models.pipeline_condenser_output import PipelineCondenserOutput

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        AgentContextOutput, \
        AgentFinishedCriticOutput, \
        AgentOutputMcpConfig, \
        AgentOutputSystemPromptKwargs, \
        APIBasedCriticOutput, \
        EmptyPatchCriticOutput, \
        LLMOutput, \
        LLMSummarizingCondenserOutput, \
        NoOpCondenserOutput, \
        OpenhandsSdkToolSpecTool, \
        PassCriticOutput, \
        PipelineCondenserOutput
    from ..models.agent_context_output import AgentContextOutput
    from ..models.agent_finished_critic_output import AgentFinishedCriticOutput
    from ..models.agent_output_mcp_config import AgentOutputMcpConfig
    from ..models.agent_output_system_prompt_kwargs import AgentOutputSystemPromptKwargs
    from ..models.api_based_critic_output import APIBasedCriticOutput
    from ..models.empty_patch_critic_output import EmptyPatchCriticOutput
    from ..models.llm_output import LLMOutput
    from ..models.llm_summarizing_condenser_output import LLMSummarizingCondenserOutput
    from ..models.no_op_condenser_output import NoOpCondenserOutput
    from ..models.openhands_sdk_tool_spec_tool import OpenhandsSdkToolSpecTool
    from ..models.pass_critic_output import PassCriticOutput
    from ..models.pipeline_condenser_output import PipelineCondenserOutput

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global \
        _imported_for_parsing, \
        AgentContextOutput, \
        AgentOutputMcpConfig, \
        AgentOutputSystemPromptKwargs, \
        LLMOutput, \
        OpenhandsSdkToolSpecTool
    from ..models.agent_context_output import AgentContextOutput
    from ..models.agent_output_mcp_config import AgentOutputMcpConfig
    from ..models.agent_output_system_prompt_kwargs import AgentOutputSystemPromptKwargs
    from ..models.llm_output import LLMOutput
    from ..models.openhands_sdk_tool_spec_tool import OpenhandsSdkToolSpecTool

    _imported_for_parsing = True


T = TypeVar("T", bound="AgentOutput")


@_attrs_define
class AgentOutput:
    """Main agent implementation for OpenHands.

    The Agent class provides the core functionality for running AI agents that can
    interact with tools, process messages, and execute actions. It inherits from
    AgentBase and implements the agent execution logic. Critic-related functionality
    is provided by CriticMixin.

    Attributes:
        llm: The language model instance used for reasoning.
        tools: List of tools available to the agent.
        system_prompt: Inline system prompt string. When provided the agent
            uses this text verbatim instead of rendering from a template.
            Mutually exclusive with a non-default ``system_prompt_filename``.
            **Not recommended** unless you know what you are doing (e.g.
            customising agent behaviour for a completely different task) —
            this will override OpenHands' built-in system instructions.
        system_prompt_filename: Jinja2 template filename resolved relative to
            the agent's prompts directory, or an absolute path. Defaults to
            ``"system_prompt.j2"``.
        system_prompt_kwargs: Extra kwargs forwarded to the Jinja2 template.

    Example:
        ```python
        from openhands.sdk import LLM, Agent, Tool
        from pydantic import SecretStr

        llm = LLM(model="gpt-5.6", api_key=SecretStr("key"))
        tools = [Tool(name="TerminalTool"), Tool(name="FileEditorTool")]
        agent = Agent(llm=llm, tools=tools)
        ```

        To override the system prompt entirely::

            agent = Agent(
                llm=llm,
                tools=tools,
                system_prompt="You are a helpful coding assistant.",
            )

    """

    include_default_tools: list[str]
    """ List of default tool class names to include. By default, the agent includes 'FinishTool' and 'ThinkTool'.
    Set to an empty list to disable all default tools, or provide a subset to include only specific ones. Example:
    include_default_tools=['FinishTool'] to only include FinishTool, or include_default_tools=[] to disable all
    default tools. """
    llm: LLMOutput
    """ Language model interface for OpenHands agents.

    The LLM class provides a unified interface for interacting with various
    language models through the litellm library. It handles model configuration,
    API authentication, retry logic, and tool calling capabilities.

    Attributes:
        model: Model name (e.g., "gpt-5.6").
        api_key: API key for authentication.
        base_url: Custom API base URL.
        num_retries: Number of retry attempts for failed requests.
        timeout: Request timeout in seconds.

    Example:
        ```python
        from openhands.sdk import LLM
        from pydantic import SecretStr

        llm = LLM(
            model="gpt-5.6",
            api_key=SecretStr("your-api-key"),
            usage_id="my-agent"
        )
        # Use with agent or conversation
        ``` """
    mcp_config: AgentOutputMcpConfig
    """ Optional MCP servers to expose as tools. """
    system_prompt_kwargs: AgentOutputSystemPromptKwargs
    """ Optional kwargs to pass to the system prompt Jinja2 template. """
    tools: list[OpenhandsSdkToolSpecTool]
    """ List of tools to initialize for the agent. """
    kind: Literal["Agent"] = "Agent"
    security_policy_filename: str = "security_policy.j2"
    """ Security policy filename. The default 'security_policy.j2' is a back-compat sentinel (the file was removed)
    that selects the built-in default policy from the prompt registry -- it is not loaded from disk. Any other value
    names a custom policy file whose contents are inserted verbatim (NOT rendered as a Jinja template). Can be
    either:
    - A relative filename (e.g., 'custom_security_policy.md') loaded from the agent's prompts directory
    - An absolute path (e.g., '/path/to/custom_security_policy.md')
    - Empty string to disable security policy """
    system_prompt_filename: str = "system_prompt.j2"
    """ System prompt template filename. Can be either:
    - A relative filename (e.g., 'system_prompt.j2') loaded from the agent's prompts directory
    - An absolute path (e.g., '/path/to/custom_prompt.j2') """
    tool_concurrency_limit: int = 1
    """ Maximum number of tool calls to execute concurrently within a single agent step. Default is 1 (sequential).
    Values > 1 enable parallel execution; concurrent tools share the conversation object, filesystem, and working
    directory, so mutations to shared state may race. """
    agent_context: AgentContextOutput | None | Unset = UNSET
    """ Optional AgentContext to initialize the agent with specific context. """
    condenser: (
        LLMSummarizingCondenserOutput
        | None
        | NoOpCondenserOutput
        | PipelineCondenserOutput
        | Unset
    ) = UNSET
    """ Optional condenser to use for condensing conversation history. """
    critic: (
        AgentFinishedCriticOutput
        | APIBasedCriticOutput
        | EmptyPatchCriticOutput
        | None
        | PassCriticOutput
        | Unset
    ) = UNSET
    """ EXPERIMENTAL: Optional critic to evaluate agent actions and messages in real-time. API and behavior may
    change without notice. May impact performance, especially in 'all_actions' mode. """
    filter_tools_regex: None | str | Unset = UNSET
    """ Optional regex to filter the tools available to the agent by name. This is applied after any tools provided
    in `tools` and any MCP tools are added. """
    persona: None | str | Unset = UNSET
    """ Persona text that replaces OpenHands' built-in persona and coding-workflow sections of the system prompt.
    Capability and policy sections (memory, security policy, risk assessment, browser, external services, process
    management, model-specific guidance) and the dynamic context still apply. Ignored when `system_prompt` is set; a
    custom template receives it as the `persona` kwarg. """
    system_prompt: None | str | Unset = UNSET
    """ Inline system prompt string.  When provided, the agent uses this text verbatim as the system message instead
    of rendering from `system_prompt_filename`.  Mutually exclusive with a non-default `system_prompt_filename`.

    **Warning**: This is not recommended unless you know what you are doing (e.g. customising agent behaviour for a
    completely different task).  Setting this will override OpenHands' built-in system instructions that govern
    default agent behaviour. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        include_default_tools = self.include_default_tools

        kind = self.kind

        llm = self.llm.to_dict()

        mcp_config = self.mcp_config.to_dict()

        security_policy_filename = self.security_policy_filename

        system_prompt_filename = self.system_prompt_filename

        system_prompt_kwargs = self.system_prompt_kwargs.to_dict()

        tool_concurrency_limit = self.tool_concurrency_limit

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        agent_context: dict[str, Any] | None | Unset
        if isinstance(self.agent_context, Unset):
            agent_context = UNSET
        elif isinstance(self.agent_context, AgentContextOutput):
            agent_context = self.agent_context.to_dict()
        else:
            agent_context = self.agent_context

        condenser: dict[str, Any] | None | Unset
        if isinstance(self.condenser, Unset):
            condenser = UNSET
        elif isinstance(self.condenser, LLMSummarizingCondenserOutput):
            condenser = self.condenser.to_dict()
        elif isinstance(self.condenser, NoOpCondenserOutput):
            condenser = self.condenser.to_dict()
        elif isinstance(self.condenser, PipelineCondenserOutput):
            condenser = self.condenser.to_dict()
        else:
            condenser = self.condenser

        critic: dict[str, Any] | None | Unset
        if isinstance(self.critic, Unset):
            critic = UNSET
        elif isinstance(self.critic, AgentFinishedCriticOutput):
            critic = self.critic.to_dict()
        elif isinstance(self.critic, APIBasedCriticOutput):
            critic = self.critic.to_dict()
        elif isinstance(self.critic, EmptyPatchCriticOutput):
            critic = self.critic.to_dict()
        elif isinstance(self.critic, PassCriticOutput):
            critic = self.critic.to_dict()
        else:
            critic = self.critic

        filter_tools_regex: None | str | Unset
        if isinstance(self.filter_tools_regex, Unset):
            filter_tools_regex = UNSET
        else:
            filter_tools_regex = self.filter_tools_regex

        persona: None | str | Unset
        if isinstance(self.persona, Unset):
            persona = UNSET
        else:
            persona = self.persona

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "include_default_tools": include_default_tools,
                "kind": kind,
                "llm": llm,
                "mcp_config": mcp_config,
                "security_policy_filename": security_policy_filename,
                "system_prompt_filename": system_prompt_filename,
                "system_prompt_kwargs": system_prompt_kwargs,
                "tool_concurrency_limit": tool_concurrency_limit,
                "tools": tools,
            }
        )
        if agent_context is not UNSET:
            field_dict["agent_context"] = agent_context
        if condenser is not UNSET:
            field_dict["condenser"] = condenser
        if critic is not UNSET:
            field_dict["critic"] = critic
        if filter_tools_regex is not UNSET:
            field_dict["filter_tools_regex"] = filter_tools_regex
        if persona is not UNSET:
            field_dict["persona"] = persona
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        include_default_tools = cast(list[str], d.pop("include_default_tools"))

        kind = d.pop("kind")
        if kind != "Agent":
            raise ValueError(f"kind must match const 'Agent', got '{kind}'")

        llm = LLMOutput.from_dict(d.pop("llm"))

        mcp_config = AgentOutputMcpConfig.from_dict(d.pop("mcp_config"))

        security_policy_filename = d.pop("security_policy_filename")

        system_prompt_filename = d.pop("system_prompt_filename")

        system_prompt_kwargs = AgentOutputSystemPromptKwargs.from_dict(
            d.pop("system_prompt_kwargs")
        )

        tool_concurrency_limit = d.pop("tool_concurrency_limit")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = OpenhandsSdkToolSpecTool.from_dict(tools_item_data)

            tools.append(tools_item)

        def _parse_agent_context(data: object) -> AgentContextOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_context_type_0 = AgentContextOutput.from_dict(data)

                return agent_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_context = _parse_agent_context(d.pop("agent_context", UNSET))

        def _parse_condenser(
            data: object,
        ) -> (
            LLMSummarizingCondenserOutput
            | None
            | NoOpCondenserOutput
            | PipelineCondenserOutput
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
                        ".llm_summarizing_condenser_output",
                        "LLMSummarizingCondenserOutput",
                    ),
                    "NoOpCondenser": (".no_op_condenser_output", "NoOpCondenserOutput"),
                    "PipelineCondenser": (
                        ".pipeline_condenser_output",
                        "PipelineCondenserOutput",
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

        def _parse_critic(
            data: object,
        ) -> (
            AgentFinishedCriticOutput
            | APIBasedCriticOutput
            | EmptyPatchCriticOutput
            | None
            | PassCriticOutput
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            global _kinds_critic
            try:
                table = _kinds_critic
            except NameError:
                table = _kinds_critic = {
                    "AgentFinishedCritic": (
                        ".agent_finished_critic_output",
                        "AgentFinishedCriticOutput",
                    ),
                    "APIBasedCritic": (
                        ".api_based_critic_output",
                        "APIBasedCriticOutput",
                    ),
                    "EmptyPatchCritic": (
                        ".empty_patch_critic_output",
                        "EmptyPatchCriticOutput",
                    ),
                    "PassCritic": (".pass_critic_output", "PassCriticOutput"),
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

        critic = _parse_critic(d.pop("critic", UNSET))

        def _parse_filter_tools_regex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        filter_tools_regex = _parse_filter_tools_regex(
            d.pop("filter_tools_regex", UNSET)
        )

        def _parse_persona(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        persona = _parse_persona(d.pop("persona", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        agent_output = cls(
            include_default_tools=include_default_tools,
            kind=kind,
            llm=llm,
            mcp_config=mcp_config,
            security_policy_filename=security_policy_filename,
            system_prompt_filename=system_prompt_filename,
            system_prompt_kwargs=system_prompt_kwargs,
            tool_concurrency_limit=tool_concurrency_limit,
            tools=tools,
            agent_context=agent_context,
            condenser=condenser,
            critic=critic,
            filter_tools_regex=filter_tools_regex,
            persona=persona,
            system_prompt=system_prompt,
        )

        agent_output.additional_properties = d
        return agent_output

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
