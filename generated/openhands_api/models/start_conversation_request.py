# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_conversation_request_conversation_runtime_type_0 import (
    StartConversationRequestConversationRuntimeType0,
    check_start_conversation_request_conversation_runtime_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acp_agent_input import ACPAgentInput
    from ..models.agent_definition import AgentDefinition
    from ..models.agent_input import AgentInput
    from ..models.agent_launch_additions import AgentLaunchAdditions
    from ..models.always_confirm_input import AlwaysConfirmInput
    from ..models.client_tool_spec_input import ClientToolSpecInput
    from ..models.confirm_risky_input import ConfirmRiskyInput
    from ..models.conversation_container_options import ConversationContainerOptions
    from ..models.conversation_worktree_options import ConversationWorktreeOptions
    from ..models.ensemble_security_analyzer_input import EnsembleSecurityAnalyzerInput
    from ..models.gray_swan_analyzer_input import GraySwanAnalyzerInput
    from ..models.hook_config import HookConfig
    from ..models.llm_security_analyzer_input import LLMSecurityAnalyzerInput
    from ..models.local_workspace_input import LocalWorkspaceInput
    from ..models.never_confirm_input import NeverConfirmInput
    from ..models.pattern_security_analyzer_input import PatternSecurityAnalyzerInput
    from ..models.plugin_source import PluginSource
    from ..models.policy_rail_security_analyzer_input import (
        PolicyRailSecurityAnalyzerInput,
    )
    from ..models.send_message_request import SendMessageRequest
    from ..models.start_conversation_request_agent_settings_type_0 import (
        StartConversationRequestAgentSettingsType0,
    )
    from ..models.start_conversation_request_observability_metadata import (
        StartConversationRequestObservabilityMetadata,
    )
    from ..models.start_conversation_request_secrets import (
        StartConversationRequestSecrets,
    )
    from ..models.start_conversation_request_tags import StartConversationRequestTags
    from ..models.start_conversation_request_tool_module_qualnames import (
        StartConversationRequestToolModuleQualnames,
    )
    from ..models.tool_shield_llm_security_analyzer_input import (
        ToolShieldLLMSecurityAnalyzerInput,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        ACPAgentInput, \
        AgentDefinition, \
        AgentInput, \
        AgentLaunchAdditions, \
        AlwaysConfirmInput, \
        ClientToolSpecInput, \
        ConfirmRiskyInput, \
        ConversationContainerOptions, \
        ConversationWorktreeOptions, \
        EnsembleSecurityAnalyzerInput, \
        GraySwanAnalyzerInput, \
        HookConfig, \
        LLMSecurityAnalyzerInput, \
        LocalWorkspaceInput, \
        NeverConfirmInput, \
        PatternSecurityAnalyzerInput, \
        PluginSource, \
        PolicyRailSecurityAnalyzerInput, \
        SendMessageRequest, \
        StartConversationRequestAgentSettingsType0, \
        StartConversationRequestObservabilityMetadata, \
        StartConversationRequestSecrets, \
        StartConversationRequestTags, \
        StartConversationRequestToolModuleQualnames, \
        ToolShieldLLMSecurityAnalyzerInput
    from ..models.acp_agent_input import ACPAgentInput
    from ..models.agent_definition import AgentDefinition
    from ..models.agent_input import AgentInput
    from ..models.agent_launch_additions import AgentLaunchAdditions
    from ..models.always_confirm_input import AlwaysConfirmInput
    from ..models.client_tool_spec_input import ClientToolSpecInput
    from ..models.confirm_risky_input import ConfirmRiskyInput
    from ..models.conversation_container_options import ConversationContainerOptions
    from ..models.conversation_worktree_options import ConversationWorktreeOptions
    from ..models.ensemble_security_analyzer_input import EnsembleSecurityAnalyzerInput
    from ..models.gray_swan_analyzer_input import GraySwanAnalyzerInput
    from ..models.hook_config import HookConfig
    from ..models.llm_security_analyzer_input import LLMSecurityAnalyzerInput
    from ..models.local_workspace_input import LocalWorkspaceInput
    from ..models.never_confirm_input import NeverConfirmInput
    from ..models.pattern_security_analyzer_input import PatternSecurityAnalyzerInput
    from ..models.plugin_source import PluginSource
    from ..models.policy_rail_security_analyzer_input import (
        PolicyRailSecurityAnalyzerInput,
    )
    from ..models.send_message_request import SendMessageRequest
    from ..models.start_conversation_request_agent_settings_type_0 import (
        StartConversationRequestAgentSettingsType0,
    )
    from ..models.start_conversation_request_observability_metadata import (
        StartConversationRequestObservabilityMetadata,
    )
    from ..models.start_conversation_request_secrets import (
        StartConversationRequestSecrets,
    )
    from ..models.start_conversation_request_tags import StartConversationRequestTags
    from ..models.start_conversation_request_tool_module_qualnames import (
        StartConversationRequestToolModuleQualnames,
    )
    from ..models.tool_shield_llm_security_analyzer_input import (
        ToolShieldLLMSecurityAnalyzerInput,
    )

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global \
        _imported_for_parsing, \
        AgentDefinition, \
        AgentLaunchAdditions, \
        ClientToolSpecInput, \
        ConversationContainerOptions, \
        ConversationWorktreeOptions, \
        HookConfig, \
        LocalWorkspaceInput, \
        PluginSource, \
        SendMessageRequest, \
        StartConversationRequestAgentSettingsType0, \
        StartConversationRequestObservabilityMetadata, \
        StartConversationRequestSecrets, \
        StartConversationRequestTags, \
        StartConversationRequestToolModuleQualnames
    from ..models.agent_definition import AgentDefinition
    from ..models.agent_launch_additions import AgentLaunchAdditions
    from ..models.client_tool_spec_input import ClientToolSpecInput
    from ..models.conversation_container_options import ConversationContainerOptions
    from ..models.conversation_worktree_options import ConversationWorktreeOptions
    from ..models.hook_config import HookConfig
    from ..models.local_workspace_input import LocalWorkspaceInput
    from ..models.plugin_source import PluginSource
    from ..models.send_message_request import SendMessageRequest
    from ..models.start_conversation_request_agent_settings_type_0 import (
        StartConversationRequestAgentSettingsType0,
    )
    from ..models.start_conversation_request_observability_metadata import (
        StartConversationRequestObservabilityMetadata,
    )
    from ..models.start_conversation_request_secrets import (
        StartConversationRequestSecrets,
    )
    from ..models.start_conversation_request_tags import StartConversationRequestTags
    from ..models.start_conversation_request_tool_module_qualnames import (
        StartConversationRequestToolModuleQualnames,
    )

    _imported_for_parsing = True


T = TypeVar("T", bound="StartConversationRequest")


@_attrs_define
class StartConversationRequest:
    """Payload to create a new conversation.

    Extends :class:`ConversationConfig` with the agent source: a stored Agent
    Profile (``agent_profile_id``), resolved agent settings
    (``agent_settings``), or an ``agent`` built in code. The
    server turns the source into the conversation's agent at launch; this model
    only checks that exactly one source is given.

    Note: the agent lives here on the *request*, deliberately not on
    ``ConversationConfig``. The persisted record (``StoredConversation``) does
    not carry the agent — its single source of truth is ``ConversationState`` /
    ``base_state.json``.

    """

    workspace: LocalWorkspaceInput
    """ Local workspace implementation that operates on the host filesystem.

    LocalWorkspace provides direct access to the local filesystem and command execution
    environment. It's suitable for development and testing scenarios where the agent
    should operate directly on the host system.

    Example:
        >>> workspace = LocalWorkspace(working_dir="/path/to/project")
        >>> with workspace:
        ...     result = workspace.execute_command("ls -la")
        ...     content = workspace.read_file("README.md") """
    agent: ACPAgentInput | AgentInput | Unset = UNSET
    agent_definitions: list[AgentDefinition] | Unset = UNSET
    """ Agent definitions from the client's registry. These are registered on the server so that task tools can see
    user-registered subagents. """
    agent_launch_additions: AgentLaunchAdditions | None | Unset = UNSET
    """ Deployment context applied after agent or Agent Profile resolution. The stored Agent Profile is not
    modified. """
    agent_profile_id: None | Unset | UUID = UNSET
    """ Stored Agent Profile to launch. The server resolves it with its own stores. Mutually exclusive with the
    other agent sources. """
    agent_settings: None | StartConversationRequestAgentSettingsType0 | Unset = UNSET
    """ Reference-free agent settings, validated with the AgentSettingsBase `agent_kind` discriminator. The server
    builds the agent from them at launch. Ignored when `agent` is set. """
    autotitle: bool | Unset = True
    """ If true, automatically generate a title for the conversation from the first user message. Precedence:
    title_llm_profile (if set and loads) → agent.llm → message truncation. """
    client_tools: list[ClientToolSpecInput] | Unset = UNSET
    """ Tools defined by the client via JSON spec. These tools have no server-side executor — when the agent calls
    them, an ActionEvent is emitted over the WebSocket and the client handles execution. The SDK returns an
    acknowledgment observation immediately. """
    confirmation_policy: (
        AlwaysConfirmInput | ConfirmRiskyInput | NeverConfirmInput | Unset
    ) = UNSET
    container: ConversationContainerOptions | None | Unset = UNSET
    """ Resources for the conversation's container (Docker runtime). """
    conversation_id: None | Unset | UUID = UNSET
    """ Optional conversation ID. If not provided, a random UUID will be generated. """
    conversation_runtime: (
        None | StartConversationRequestConversationRuntimeType0 | Unset
    ) = UNSET
    """ Runtime that executes this conversation. Unset uses the server's configured `conversation_runtime`; another
    value is only accepted when the server lists it in `available_conversation_runtimes`. """
    hook_config: HookConfig | None | Unset = UNSET
    """ Optional hook configuration for this conversation. Hooks are shell scripts that run at key lifecycle events
    (PreToolUse, PostToolUse, UserPromptSubmit, Stop, etc.). If both hook_config and plugins are provided, they are
    merged with explicit hooks running before plugin hooks. """
    initial_message: None | SendMessageRequest | Unset = UNSET
    """ Initial message to pass to the LLM """
    max_iterations: int | Unset = 500
    """ If set, the max number of iterations the agent will run before stopping. This is useful to prevent infinite
    loops. """
    observability_metadata: StartConversationRequestObservabilityMetadata | Unset = (
        UNSET
    )
    """ Trace-level metadata to attach to observability backends. Values must be scalars or homogeneous scalar lists
    supported by OpenTelemetry. """
    observability_parent_span_context: None | str | Unset = UNSET
    """ Serialized parent span context used to attach this conversation to an upstream automation or integration
    trace. """
    observability_span_name: str | Unset = "conversation"
    """ Optional named child span to emit under the conversation root. Use stable, low-cardinality names because
    observability backends may use span names for grouping or signal routing. """
    observability_tags: list[str] | Unset = UNSET
    """ Tags to attach to the conversation root observability span. """
    parent_conversation_id: None | Unset | UUID = UNSET
    """ Optional ID of an existing conversation that owns this one. The parent must already exist and share this
    conversation's workspace. """
    plugins: list[PluginSource] | None | Unset = UNSET
    """ List of plugins to load for this conversation. Plugins are loaded and their skills/MCP config are merged
    into the agent. Hooks are extracted and stored for runtime execution. """
    prompt: None | str | Unset = UNSET
    """ Optional prompt that replaces the default title-generation user message. Use {conversation_content} to place
    the first user message and {max_length} to place the title length limit. If the conversation placeholder is
    omitted, the message is appended automatically. Empty or unset values use the default prompt. """
    secrets: StartConversationRequestSecrets | Unset = UNSET
    """ Secrets available in the conversation """
    secrets_encrypted: bool | Unset = False
    """ If true, indicates that secret values in the agent configuration are cipher-encrypted and should be
    decrypted by the server before use. This enables secure round-tripping of settings through untrusted clients
    (e.g., frontend) that received encrypted values via the X-Expose-Secrets header. Flow: client calls GET
    /api/settings with X-Expose-Secrets: encrypted to receive cipher-encrypted secrets, then passes them in the
    agent config with secrets_encrypted=True so the server can decrypt them. """
    security_analyzer: (
        EnsembleSecurityAnalyzerInput
        | GraySwanAnalyzerInput
        | LLMSecurityAnalyzerInput
        | None
        | PatternSecurityAnalyzerInput
        | PolicyRailSecurityAnalyzerInput
        | ToolShieldLLMSecurityAnalyzerInput
        | Unset
    ) = UNSET
    """ Optional security analyzer to evaluate action risks. """
    stuck_detection: bool | Unset = True
    """ If true, the conversation will use stuck detection to prevent infinite loops. """
    tags: StartConversationRequestTags | Unset = UNSET
    """ Key-value tags for the conversation. Keys must be lowercase alphanumeric. Values are arbitrary strings up to
    256 characters. """
    title_llm_profile: None | str | Unset = UNSET
    """ Optional LLM profile name for title generation. If set, the LLM is loaded from LLMProfileStore
    (~/.openhands/profiles/) and used for LLM-based title generation. This enables using a fast/cheap model for
    titles regardless of the agent's main model. If not set (or profile loading fails), title generation falls back
    to the agent's LLM. """
    tool_module_qualnames: StartConversationRequestToolModuleQualnames | Unset = UNSET
    """ Mapping of tool names to their module qualnames from the client's registry. These modules will be
    dynamically imported on the server to register the tools for this conversation. """
    user_id: None | str | Unset = UNSET
    """ Optional user ID supplied by the hosting deployment, used to correlate this conversation with the identity
    that deployment already established. When set it is passed to Laminar.set_trace_user_id() so traces can be
    queried by user, and — where a host has enabled product analytics — it is reused verbatim as the analytics
    correlation id so events attach to the existing person rather than creating a duplicate identity. It is never
    generated by the SDK, and is omitted entirely when unset. """
    worktree: bool | Unset = False
    """ If true and the workspace is already inside a git repository, create a dedicated git worktree for this
    conversation under `/tmp/conversation-worktrees/<conversation_id>/<project_name>`. """
    worktree_options: ConversationWorktreeOptions | None | Unset = UNSET
    """ How the worktree is created (`worktree=True`); unset: defaults. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        workspace = self.workspace.to_dict()

        agent: dict[str, Any] | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, ACPAgentInput):
            agent = self.agent.to_dict()
        else:
            agent = self.agent.to_dict()

        agent_definitions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agent_definitions, Unset):
            agent_definitions = []
            for agent_definitions_item_data in self.agent_definitions:
                agent_definitions_item = agent_definitions_item_data.to_dict()
                agent_definitions.append(agent_definitions_item)

        agent_launch_additions: dict[str, Any] | None | Unset
        if isinstance(self.agent_launch_additions, Unset):
            agent_launch_additions = UNSET
        elif isinstance(self.agent_launch_additions, AgentLaunchAdditions):
            agent_launch_additions = self.agent_launch_additions.to_dict()
        else:
            agent_launch_additions = self.agent_launch_additions

        agent_profile_id: None | str | Unset
        if isinstance(self.agent_profile_id, Unset):
            agent_profile_id = UNSET
        elif isinstance(self.agent_profile_id, UUID):
            agent_profile_id = str(self.agent_profile_id)
        else:
            agent_profile_id = self.agent_profile_id

        agent_settings: dict[str, Any] | None | Unset
        if isinstance(self.agent_settings, Unset):
            agent_settings = UNSET
        elif isinstance(
            self.agent_settings, StartConversationRequestAgentSettingsType0
        ):
            agent_settings = self.agent_settings.to_dict()
        else:
            agent_settings = self.agent_settings

        autotitle = self.autotitle

        client_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_tools, Unset):
            client_tools = []
            for client_tools_item_data in self.client_tools:
                client_tools_item = client_tools_item_data.to_dict()
                client_tools.append(client_tools_item)

        confirmation_policy: dict[str, Any] | Unset
        if isinstance(self.confirmation_policy, Unset):
            confirmation_policy = UNSET
        elif isinstance(self.confirmation_policy, AlwaysConfirmInput):
            confirmation_policy = self.confirmation_policy.to_dict()
        elif isinstance(self.confirmation_policy, ConfirmRiskyInput):
            confirmation_policy = self.confirmation_policy.to_dict()
        else:
            confirmation_policy = self.confirmation_policy.to_dict()

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, ConversationContainerOptions):
            container = self.container.to_dict()
        else:
            container = self.container

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        elif isinstance(self.conversation_id, UUID):
            conversation_id = str(self.conversation_id)
        else:
            conversation_id = self.conversation_id

        conversation_runtime: None | str | Unset
        if isinstance(self.conversation_runtime, Unset):
            conversation_runtime = UNSET
        elif isinstance(self.conversation_runtime, str):
            conversation_runtime = self.conversation_runtime
        else:
            conversation_runtime = self.conversation_runtime

        hook_config: dict[str, Any] | None | Unset
        if isinstance(self.hook_config, Unset):
            hook_config = UNSET
        elif isinstance(self.hook_config, HookConfig):
            hook_config = self.hook_config.to_dict()
        else:
            hook_config = self.hook_config

        initial_message: dict[str, Any] | None | Unset
        if isinstance(self.initial_message, Unset):
            initial_message = UNSET
        elif isinstance(self.initial_message, SendMessageRequest):
            initial_message = self.initial_message.to_dict()
        else:
            initial_message = self.initial_message

        max_iterations = self.max_iterations

        observability_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.observability_metadata, Unset):
            observability_metadata = self.observability_metadata.to_dict()

        observability_parent_span_context: None | str | Unset
        if isinstance(self.observability_parent_span_context, Unset):
            observability_parent_span_context = UNSET
        else:
            observability_parent_span_context = self.observability_parent_span_context

        observability_span_name = self.observability_span_name

        observability_tags: list[str] | Unset = UNSET
        if not isinstance(self.observability_tags, Unset):
            observability_tags = self.observability_tags

        parent_conversation_id: None | str | Unset
        if isinstance(self.parent_conversation_id, Unset):
            parent_conversation_id = UNSET
        elif isinstance(self.parent_conversation_id, UUID):
            parent_conversation_id = str(self.parent_conversation_id)
        else:
            parent_conversation_id = self.parent_conversation_id

        plugins: list[dict[str, Any]] | None | Unset
        if isinstance(self.plugins, Unset):
            plugins = UNSET
        elif isinstance(self.plugins, list):
            plugins = []
            for plugins_type_0_item_data in self.plugins:
                plugins_type_0_item = plugins_type_0_item_data.to_dict()
                plugins.append(plugins_type_0_item)

        else:
            plugins = self.plugins

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        secrets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.secrets, Unset):
            secrets = self.secrets.to_dict()

        secrets_encrypted = self.secrets_encrypted

        security_analyzer: dict[str, Any] | None | Unset
        if isinstance(self.security_analyzer, Unset):
            security_analyzer = UNSET
        elif isinstance(self.security_analyzer, PatternSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, PolicyRailSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, EnsembleSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, GraySwanAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, LLMSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, ToolShieldLLMSecurityAnalyzerInput):
            security_analyzer = self.security_analyzer.to_dict()
        else:
            security_analyzer = self.security_analyzer

        stuck_detection = self.stuck_detection

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        title_llm_profile: None | str | Unset
        if isinstance(self.title_llm_profile, Unset):
            title_llm_profile = UNSET
        else:
            title_llm_profile = self.title_llm_profile

        tool_module_qualnames: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_module_qualnames, Unset):
            tool_module_qualnames = self.tool_module_qualnames.to_dict()

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        worktree = self.worktree

        worktree_options: dict[str, Any] | None | Unset
        if isinstance(self.worktree_options, Unset):
            worktree_options = UNSET
        elif isinstance(self.worktree_options, ConversationWorktreeOptions):
            worktree_options = self.worktree_options.to_dict()
        else:
            worktree_options = self.worktree_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace": workspace,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if agent_definitions is not UNSET:
            field_dict["agent_definitions"] = agent_definitions
        if agent_launch_additions is not UNSET:
            field_dict["agent_launch_additions"] = agent_launch_additions
        if agent_profile_id is not UNSET:
            field_dict["agent_profile_id"] = agent_profile_id
        if agent_settings is not UNSET:
            field_dict["agent_settings"] = agent_settings
        if autotitle is not UNSET:
            field_dict["autotitle"] = autotitle
        if client_tools is not UNSET:
            field_dict["client_tools"] = client_tools
        if confirmation_policy is not UNSET:
            field_dict["confirmation_policy"] = confirmation_policy
        if container is not UNSET:
            field_dict["container"] = container
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if conversation_runtime is not UNSET:
            field_dict["conversation_runtime"] = conversation_runtime
        if hook_config is not UNSET:
            field_dict["hook_config"] = hook_config
        if initial_message is not UNSET:
            field_dict["initial_message"] = initial_message
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if observability_metadata is not UNSET:
            field_dict["observability_metadata"] = observability_metadata
        if observability_parent_span_context is not UNSET:
            field_dict["observability_parent_span_context"] = (
                observability_parent_span_context
            )
        if observability_span_name is not UNSET:
            field_dict["observability_span_name"] = observability_span_name
        if observability_tags is not UNSET:
            field_dict["observability_tags"] = observability_tags
        if parent_conversation_id is not UNSET:
            field_dict["parent_conversation_id"] = parent_conversation_id
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if secrets_encrypted is not UNSET:
            field_dict["secrets_encrypted"] = secrets_encrypted
        if security_analyzer is not UNSET:
            field_dict["security_analyzer"] = security_analyzer
        if stuck_detection is not UNSET:
            field_dict["stuck_detection"] = stuck_detection
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title_llm_profile is not UNSET:
            field_dict["title_llm_profile"] = title_llm_profile
        if tool_module_qualnames is not UNSET:
            field_dict["tool_module_qualnames"] = tool_module_qualnames
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if worktree is not UNSET:
            field_dict["worktree"] = worktree
        if worktree_options is not UNSET:
            field_dict["worktree_options"] = worktree_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        workspace = LocalWorkspaceInput.from_dict(d.pop("workspace"))

        def _parse_agent(data: object) -> ACPAgentInput | AgentInput | Unset:
            if isinstance(data, Unset):
                return data
            global _kinds_agent
            try:
                table = _kinds_agent
            except NameError:
                table = _kinds_agent = {
                    "ACPAgent": (".acp_agent_input", "ACPAgentInput"),
                    "Agent": (".agent_input", "AgentInput"),
                }
            kind_ = data.get("kind") if isinstance(data, dict) else None
            member = table.get(kind_)
            if isinstance(member, tuple):
                module_, class_ = member
                member = table[kind_] = getattr(
                    importlib.import_module(module_, __package__), class_
                )
            if member is None:
                if isinstance(data, dict):
                    raise ValueError(
                        f"kind {data.get('kind')!r} is none of {sorted(table)}"
                    )
                raise TypeError(f"expected an object, got {type(data).__name__}")
            return member.from_dict(data)

        agent = _parse_agent(d.pop("agent", UNSET))

        _agent_definitions = d.pop("agent_definitions", UNSET)
        agent_definitions: list[AgentDefinition] | Unset = UNSET
        if _agent_definitions is not UNSET:
            agent_definitions = []
            for agent_definitions_item_data in _agent_definitions:
                agent_definitions_item = AgentDefinition.from_dict(
                    agent_definitions_item_data
                )

                agent_definitions.append(agent_definitions_item)

        def _parse_agent_launch_additions(
            data: object,
        ) -> AgentLaunchAdditions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_launch_additions_type_0 = AgentLaunchAdditions.from_dict(data)

                return agent_launch_additions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_launch_additions = _parse_agent_launch_additions(
            d.pop("agent_launch_additions", UNSET)
        )

        def _parse_agent_profile_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_profile_id_type_0 = UUID(data)

                return agent_profile_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_profile_id = _parse_agent_profile_id(d.pop("agent_profile_id", UNSET))

        def _parse_agent_settings(
            data: object,
        ) -> None | StartConversationRequestAgentSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_settings_type_0 = (
                    StartConversationRequestAgentSettingsType0.from_dict(data)
                )

                return agent_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_settings = _parse_agent_settings(d.pop("agent_settings", UNSET))

        autotitle = d.pop("autotitle", UNSET)

        _client_tools = d.pop("client_tools", UNSET)
        client_tools: list[ClientToolSpecInput] | Unset = UNSET
        if _client_tools is not UNSET:
            client_tools = []
            for client_tools_item_data in _client_tools:
                client_tools_item = ClientToolSpecInput.from_dict(
                    client_tools_item_data
                )

                client_tools.append(client_tools_item)

        def _parse_confirmation_policy(
            data: object,
        ) -> AlwaysConfirmInput | ConfirmRiskyInput | NeverConfirmInput | Unset:
            if isinstance(data, Unset):
                return data
            global _kinds_confirmation_policy
            try:
                table = _kinds_confirmation_policy
            except NameError:
                table = _kinds_confirmation_policy = {
                    "AlwaysConfirm": (".always_confirm_input", "AlwaysConfirmInput"),
                    "ConfirmRisky": (".confirm_risky_input", "ConfirmRiskyInput"),
                    "NeverConfirm": (".never_confirm_input", "NeverConfirmInput"),
                }
            kind_ = data.get("kind") if isinstance(data, dict) else None
            member = table.get(kind_)
            if isinstance(member, tuple):
                module_, class_ = member
                member = table[kind_] = getattr(
                    importlib.import_module(module_, __package__), class_
                )
            if member is None:
                if isinstance(data, dict):
                    raise ValueError(
                        f"kind {data.get('kind')!r} is none of {sorted(table)}"
                    )
                raise TypeError(f"expected an object, got {type(data).__name__}")
            return member.from_dict(data)

        confirmation_policy = _parse_confirmation_policy(
            d.pop("confirmation_policy", UNSET)
        )

        def _parse_container(
            data: object,
        ) -> ConversationContainerOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0 = ConversationContainerOptions.from_dict(data)

                return container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        container = _parse_container(d.pop("container", UNSET))

        def _parse_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_id_type_0 = UUID(data)

                return conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        def _parse_conversation_runtime(
            data: object,
        ) -> None | StartConversationRequestConversationRuntimeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_runtime_type_0 = (
                    check_start_conversation_request_conversation_runtime_type_0(data)
                )

                return conversation_runtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        conversation_runtime = _parse_conversation_runtime(
            d.pop("conversation_runtime", UNSET)
        )

        def _parse_hook_config(data: object) -> HookConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hook_config_type_0 = HookConfig.from_dict(data)

                return hook_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        hook_config = _parse_hook_config(d.pop("hook_config", UNSET))

        def _parse_initial_message(data: object) -> None | SendMessageRequest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initial_message_type_0 = SendMessageRequest.from_dict(data)

                return initial_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        initial_message = _parse_initial_message(d.pop("initial_message", UNSET))

        max_iterations = d.pop("max_iterations", UNSET)

        _observability_metadata = d.pop("observability_metadata", UNSET)
        observability_metadata: StartConversationRequestObservabilityMetadata | Unset
        if isinstance(_observability_metadata, Unset):
            observability_metadata = UNSET
        else:
            observability_metadata = (
                StartConversationRequestObservabilityMetadata.from_dict(
                    _observability_metadata
                )
            )

        def _parse_observability_parent_span_context(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        observability_parent_span_context = _parse_observability_parent_span_context(
            d.pop("observability_parent_span_context", UNSET)
        )

        observability_span_name = d.pop("observability_span_name", UNSET)

        observability_tags = cast(list[str], d.pop("observability_tags", UNSET))

        def _parse_parent_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_conversation_id_type_0 = UUID(data)

                return parent_conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        parent_conversation_id = _parse_parent_conversation_id(
            d.pop("parent_conversation_id", UNSET)
        )

        def _parse_plugins(data: object) -> list[PluginSource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                plugins_type_0 = []
                _plugins_type_0 = data
                for plugins_type_0_item_data in _plugins_type_0:
                    plugins_type_0_item = PluginSource.from_dict(
                        plugins_type_0_item_data
                    )

                    plugins_type_0.append(plugins_type_0_item)

                return plugins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        plugins = _parse_plugins(d.pop("plugins", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        _secrets = d.pop("secrets", UNSET)
        secrets: StartConversationRequestSecrets | Unset
        if isinstance(_secrets, Unset):
            secrets = UNSET
        else:
            secrets = StartConversationRequestSecrets.from_dict(_secrets)

        secrets_encrypted = d.pop("secrets_encrypted", UNSET)

        def _parse_security_analyzer(
            data: object,
        ) -> (
            EnsembleSecurityAnalyzerInput
            | GraySwanAnalyzerInput
            | LLMSecurityAnalyzerInput
            | None
            | PatternSecurityAnalyzerInput
            | PolicyRailSecurityAnalyzerInput
            | ToolShieldLLMSecurityAnalyzerInput
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            global _kinds_security_analyzer
            try:
                table = _kinds_security_analyzer
            except NameError:
                table = _kinds_security_analyzer = {
                    "PatternSecurityAnalyzer": (
                        ".pattern_security_analyzer_input",
                        "PatternSecurityAnalyzerInput",
                    ),
                    "PolicyRailSecurityAnalyzer": (
                        ".policy_rail_security_analyzer_input",
                        "PolicyRailSecurityAnalyzerInput",
                    ),
                    "EnsembleSecurityAnalyzer": (
                        ".ensemble_security_analyzer_input",
                        "EnsembleSecurityAnalyzerInput",
                    ),
                    "GraySwanAnalyzer": (
                        ".gray_swan_analyzer_input",
                        "GraySwanAnalyzerInput",
                    ),
                    "LLMSecurityAnalyzer": (
                        ".llm_security_analyzer_input",
                        "LLMSecurityAnalyzerInput",
                    ),
                    "ToolShieldLLMSecurityAnalyzer": (
                        ".tool_shield_llm_security_analyzer_input",
                        "ToolShieldLLMSecurityAnalyzerInput",
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

        security_analyzer = _parse_security_analyzer(d.pop("security_analyzer", UNSET))

        stuck_detection = d.pop("stuck_detection", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: StartConversationRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = StartConversationRequestTags.from_dict(_tags)

        def _parse_title_llm_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title_llm_profile = _parse_title_llm_profile(d.pop("title_llm_profile", UNSET))

        _tool_module_qualnames = d.pop("tool_module_qualnames", UNSET)
        tool_module_qualnames: StartConversationRequestToolModuleQualnames | Unset
        if isinstance(_tool_module_qualnames, Unset):
            tool_module_qualnames = UNSET
        else:
            tool_module_qualnames = (
                StartConversationRequestToolModuleQualnames.from_dict(
                    _tool_module_qualnames
                )
            )

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        worktree = d.pop("worktree", UNSET)

        def _parse_worktree_options(
            data: object,
        ) -> ConversationWorktreeOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                worktree_options_type_0 = ConversationWorktreeOptions.from_dict(data)

                return worktree_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        worktree_options = _parse_worktree_options(d.pop("worktree_options", UNSET))

        start_conversation_request = cls(
            workspace=workspace,
            agent=agent,
            agent_definitions=agent_definitions,
            agent_launch_additions=agent_launch_additions,
            agent_profile_id=agent_profile_id,
            agent_settings=agent_settings,
            autotitle=autotitle,
            client_tools=client_tools,
            confirmation_policy=confirmation_policy,
            container=container,
            conversation_id=conversation_id,
            conversation_runtime=conversation_runtime,
            hook_config=hook_config,
            initial_message=initial_message,
            max_iterations=max_iterations,
            observability_metadata=observability_metadata,
            observability_parent_span_context=observability_parent_span_context,
            observability_span_name=observability_span_name,
            observability_tags=observability_tags,
            parent_conversation_id=parent_conversation_id,
            plugins=plugins,
            prompt=prompt,
            secrets=secrets,
            secrets_encrypted=secrets_encrypted,
            security_analyzer=security_analyzer,
            stuck_detection=stuck_detection,
            tags=tags,
            title_llm_profile=title_llm_profile,
            tool_module_qualnames=tool_module_qualnames,
            user_id=user_id,
            worktree=worktree,
            worktree_options=worktree_options,
        )

        start_conversation_request.additional_properties = d
        return start_conversation_request

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
