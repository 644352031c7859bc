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
    from ..models.acp_agent_output_mcp_config import ACPAgentOutputMcpConfig
    from ..models.acp_agent_output_system_prompt_kwargs import (
        ACPAgentOutputSystemPromptKwargs,
    )
    from ..models.acp_file_secret_spec import ACPFileSecretSpec
    from ..models.agent_context_output import AgentContextOutput
    from ..models.agent_finished_critic_output import AgentFinishedCriticOutput
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
        ACPAgentOutputMcpConfig, \
        ACPAgentOutputSystemPromptKwargs, \
        ACPFileSecretSpec, \
        AgentContextOutput, \
        AgentFinishedCriticOutput, \
        APIBasedCriticOutput, \
        EmptyPatchCriticOutput, \
        LLMOutput, \
        LLMSummarizingCondenserOutput, \
        NoOpCondenserOutput, \
        OpenhandsSdkToolSpecTool, \
        PassCriticOutput, \
        PipelineCondenserOutput
    from ..models.acp_agent_output_mcp_config import ACPAgentOutputMcpConfig
    from ..models.acp_agent_output_system_prompt_kwargs import (
        ACPAgentOutputSystemPromptKwargs,
    )
    from ..models.acp_file_secret_spec import ACPFileSecretSpec
    from ..models.agent_context_output import AgentContextOutput
    from ..models.agent_finished_critic_output import AgentFinishedCriticOutput
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
        ACPAgentOutputMcpConfig, \
        ACPAgentOutputSystemPromptKwargs, \
        ACPFileSecretSpec, \
        AgentContextOutput, \
        LLMOutput, \
        OpenhandsSdkToolSpecTool
    from ..models.acp_agent_output_mcp_config import ACPAgentOutputMcpConfig
    from ..models.acp_agent_output_system_prompt_kwargs import (
        ACPAgentOutputSystemPromptKwargs,
    )
    from ..models.acp_file_secret_spec import ACPFileSecretSpec
    from ..models.agent_context_output import AgentContextOutput
    from ..models.llm_output import LLMOutput
    from ..models.openhands_sdk_tool_spec_tool import OpenhandsSdkToolSpecTool

    _imported_for_parsing = True


T = TypeVar("T", bound="ACPAgentOutput")


@_attrs_define
class ACPAgentOutput:
    """Agent that delegates to an ACP-compatible subprocess server."""

    acp_args: list[str]
    """ Additional arguments for the ACP server command """
    acp_command: list[str]
    """ Command to start the ACP server, e.g. ['npx', '-y', '@agentclientprotocol/claude-agent-acp'] """
    acp_file_secrets: list[ACPFileSecretSpec]
    """ Reserved 'file-content' credential secrets to materialise to disk before launching the subprocess (e.g.
    Codex auth.json, Gemini Vertex SA JSON). The SDK owns the mechanism (write the file in the runtime pod, set the
    env var, seed-if-absent); these specs are the policy. Defaults to the built-in supported providers; a downstream
    application may override or extend this to support other ACP servers with different file-auth schemes. """
    include_default_tools: list[str]
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
    mcp_config: ACPAgentOutputMcpConfig
    """ Optional MCP servers to expose as tools. """
    system_prompt_kwargs: ACPAgentOutputSystemPromptKwargs
    """ Optional kwargs to pass to the system prompt Jinja2 template. """
    tools: list[OpenhandsSdkToolSpecTool]
    acp_isolate_data_dir: bool = False
    """ Give the ACP subprocess a per-conversation CLI data/config root instead of the shared user ``HOME``. When
    True and the provider is recognised, point its data-dir env var (``CODEX_HOME`` / ``CLAUDE_CONFIG_DIR`` /
    ``HOME``; see ``ACPProviderInfo.data_dir_env_var``) at ``<persistence_dir>/acp/<provider>`` — the same per-
    conversation tree materialised file-secrets use. Required for correctness when several of a user's conversations
    share one sandbox (``SandboxGroupingStrategy != NO_GROUPING``), where they would otherwise race on one set of
    CLI auth/config/cache/lock files (see #1019). Off by default: with one sandbox per conversation the shared HOME
    is already private, and relocating it would hide a pre-existing interactive login. Downstream policy decides
    when to enable it; the SDK owns where the root lives. """
    acp_prompt_timeout: float = 1800.0
    """ Inactivity timeout in seconds for a single ACP prompt() call. The deadline resets on every update from the
    ACP server (token, thought, tool-call progress, usage), so a steadily-progressing agent runs as long as it keeps
    making progress; the prompt is only aborted after this many seconds with no activity at all. Prevents indefinite
    hangs when the ACP server stops responding without killing legitimately long-running work. """
    acp_startup_timeout: float = 90.0
    """ Timeout in seconds for ACP server startup: spawning the subprocess, the initialize/authenticate handshake,
    and new_session()/load_session(). Unlike acp_prompt_timeout, this is a hard deadline rather than an idle
    deadline, since startup has no intermediate progress signal to reset it against. Prevents an indefinite hang
    when the ACP server blocks on authentication (e.g. an expired token) without ever raising. """
    kind: Literal["ACPAgent"] = "ACPAgent"
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
    acp_model: None | str | Unset = UNSET
    """ Model for the ACP server to use (e.g. 'sonnet' or 'gpt-5.5'). Applied via the protocol —
    set_config_option(model) for configOptions-based servers (codex, claude), else set_session_model. If None, the
    server picks its default. """
    acp_resume_session_id: None | str | Unset = UNSET
    """ Optional explicit ACP session id to resume. When set, takes precedence over the id persisted in
    ``state.agent_state`` and is used to call ``session/load`` on the ACP server. Designed for environments where
    the per-conversation filesystem (and therefore ``base_state.json``) does not survive across restarts (e.g. cloud
    sandbox recycles), but the id has been mirrored into durable storage elsewhere. Falls back to a fresh session if
    the server cannot load the id. Treated as a secret on the wire — possession of the id is enough to resume the
    underlying ACP session, so default serialization redacts it; pass ``expose_secrets='plaintext'`` (trusted
    backend) or ``expose_secrets='encrypted'`` plus a cipher (frontend round-trip) when the value must cross a
    serialization boundary. """
    acp_server: None | str | Unset = UNSET
    """ Provider registry key identifying which ACP CLI this agent runs (any ACP_PROVIDERS key, or 'custom'); None
    when the agent is built directly rather than via ACPAgentSettings. Set by ACPAgentSettings.create_agent() from
    ACPAgentSettings.acp_server so the authoritative key survives onto the agent — and thus onto
    ConversationInfo.agent — because the launch command in acp_command does not reliably reverse-map to a provider.
    Informational only: consumers use it to resolve a provider brand label / model list; the subprocess is still
    launched from acp_command. """
    acp_session_mode: None | str | Unset = UNSET
    """ Session mode ID to set after creating a session. If None (default), auto-detected from the ACP server type:
    'bypassPermissions' for claude-agent-acp, 'agent-full-access' for codex-acp; a provider with no such mode (pi-
    acp) skips the call. """
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
        acp_args = self.acp_args

        acp_command = self.acp_command

        acp_file_secrets = []
        for acp_file_secrets_item_data in self.acp_file_secrets:
            acp_file_secrets_item = acp_file_secrets_item_data.to_dict()
            acp_file_secrets.append(acp_file_secrets_item)

        acp_isolate_data_dir = self.acp_isolate_data_dir

        acp_prompt_timeout = self.acp_prompt_timeout

        acp_startup_timeout = self.acp_startup_timeout

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

        acp_model: None | str | Unset
        if isinstance(self.acp_model, Unset):
            acp_model = UNSET
        else:
            acp_model = self.acp_model

        acp_resume_session_id: None | str | Unset
        if isinstance(self.acp_resume_session_id, Unset):
            acp_resume_session_id = UNSET
        else:
            acp_resume_session_id = self.acp_resume_session_id

        acp_server: None | str | Unset
        if isinstance(self.acp_server, Unset):
            acp_server = UNSET
        else:
            acp_server = self.acp_server

        acp_session_mode: None | str | Unset
        if isinstance(self.acp_session_mode, Unset):
            acp_session_mode = UNSET
        else:
            acp_session_mode = self.acp_session_mode

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

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acp_args": acp_args,
                "acp_command": acp_command,
                "acp_file_secrets": acp_file_secrets,
                "acp_isolate_data_dir": acp_isolate_data_dir,
                "acp_prompt_timeout": acp_prompt_timeout,
                "acp_startup_timeout": acp_startup_timeout,
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
        if acp_model is not UNSET:
            field_dict["acp_model"] = acp_model
        if acp_resume_session_id is not UNSET:
            field_dict["acp_resume_session_id"] = acp_resume_session_id
        if acp_server is not UNSET:
            field_dict["acp_server"] = acp_server
        if acp_session_mode is not UNSET:
            field_dict["acp_session_mode"] = acp_session_mode
        if agent_context is not UNSET:
            field_dict["agent_context"] = agent_context
        if condenser is not UNSET:
            field_dict["condenser"] = condenser
        if critic is not UNSET:
            field_dict["critic"] = critic
        if filter_tools_regex is not UNSET:
            field_dict["filter_tools_regex"] = filter_tools_regex
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        acp_args = cast(list[str], d.pop("acp_args"))

        acp_command = cast(list[str], d.pop("acp_command"))

        acp_file_secrets = []
        _acp_file_secrets = d.pop("acp_file_secrets")
        for acp_file_secrets_item_data in _acp_file_secrets:
            acp_file_secrets_item = ACPFileSecretSpec.from_dict(
                acp_file_secrets_item_data
            )

            acp_file_secrets.append(acp_file_secrets_item)

        acp_isolate_data_dir = d.pop("acp_isolate_data_dir")

        acp_prompt_timeout = d.pop("acp_prompt_timeout")

        acp_startup_timeout = d.pop("acp_startup_timeout")

        include_default_tools = cast(list[str], d.pop("include_default_tools"))

        kind = d.pop("kind")
        if kind != "ACPAgent":
            raise ValueError(f"kind must match const 'ACPAgent', got '{kind}'")

        llm = LLMOutput.from_dict(d.pop("llm"))

        mcp_config = ACPAgentOutputMcpConfig.from_dict(d.pop("mcp_config"))

        security_policy_filename = d.pop("security_policy_filename")

        system_prompt_filename = d.pop("system_prompt_filename")

        system_prompt_kwargs = ACPAgentOutputSystemPromptKwargs.from_dict(
            d.pop("system_prompt_kwargs")
        )

        tool_concurrency_limit = d.pop("tool_concurrency_limit")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = OpenhandsSdkToolSpecTool.from_dict(tools_item_data)

            tools.append(tools_item)

        def _parse_acp_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        acp_model = _parse_acp_model(d.pop("acp_model", UNSET))

        def _parse_acp_resume_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        acp_resume_session_id = _parse_acp_resume_session_id(
            d.pop("acp_resume_session_id", UNSET)
        )

        def _parse_acp_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        acp_server = _parse_acp_server(d.pop("acp_server", UNSET))

        def _parse_acp_session_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        acp_session_mode = _parse_acp_session_mode(d.pop("acp_session_mode", UNSET))

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

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        acp_agent_output = cls(
            acp_args=acp_args,
            acp_command=acp_command,
            acp_file_secrets=acp_file_secrets,
            acp_isolate_data_dir=acp_isolate_data_dir,
            acp_prompt_timeout=acp_prompt_timeout,
            acp_startup_timeout=acp_startup_timeout,
            include_default_tools=include_default_tools,
            kind=kind,
            llm=llm,
            mcp_config=mcp_config,
            security_policy_filename=security_policy_filename,
            system_prompt_filename=system_prompt_filename,
            system_prompt_kwargs=system_prompt_kwargs,
            tool_concurrency_limit=tool_concurrency_limit,
            tools=tools,
            acp_model=acp_model,
            acp_resume_session_id=acp_resume_session_id,
            acp_server=acp_server,
            acp_session_mode=acp_session_mode,
            agent_context=agent_context,
            condenser=condenser,
            critic=critic,
            filter_tools_regex=filter_tools_regex,
            system_prompt=system_prompt,
        )

        acp_agent_output.additional_properties = d
        return acp_agent_output

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
