# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_execution_status import (
    ConversationExecutionStatus,
    check_conversation_execution_status,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.acp_agent_output import ACPAgentOutput
    from ..models.acp_model_info import ACPModelInfo
    from ..models.agent_output import AgentOutput
    from ..models.always_confirm_output import AlwaysConfirmOutput
    from ..models.client_tool_spec_output import ClientToolSpecOutput
    from ..models.confirm_risky_output import ConfirmRiskyOutput
    from ..models.conversation_info_agent_state import ConversationInfoAgentState
    from ..models.conversation_info_blocked_actions import (
        ConversationInfoBlockedActions,
    )
    from ..models.conversation_info_blocked_messages import (
        ConversationInfoBlockedMessages,
    )
    from ..models.conversation_info_tags import ConversationInfoTags
    from ..models.conversation_info_tool_module_qualnames import (
        ConversationInfoToolModuleQualnames,
    )
    from ..models.conversation_runtime_info import ConversationRuntimeInfo
    from ..models.conversation_stats import ConversationStats
    from ..models.ensemble_security_analyzer_output import (
        EnsembleSecurityAnalyzerOutput,
    )
    from ..models.gray_swan_analyzer_output import GraySwanAnalyzerOutput
    from ..models.hook_config import HookConfig
    from ..models.launched_agent_profile import LaunchedAgentProfile
    from ..models.llm_security_analyzer_output import LLMSecurityAnalyzerOutput
    from ..models.local_workspace_output import LocalWorkspaceOutput
    from ..models.metrics_snapshot import MetricsSnapshot
    from ..models.never_confirm_output import NeverConfirmOutput
    from ..models.pattern_security_analyzer_output import PatternSecurityAnalyzerOutput
    from ..models.policy_rail_security_analyzer_output import (
        PolicyRailSecurityAnalyzerOutput,
    )
    from ..models.remote_workspace import RemoteWorkspace
    from ..models.secret_registry import SecretRegistry
    from ..models.tool_shield_llm_security_analyzer_output import (
        ToolShieldLLMSecurityAnalyzerOutput,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        ACPAgentOutput, \
        ACPModelInfo, \
        AgentOutput, \
        AlwaysConfirmOutput, \
        ClientToolSpecOutput, \
        ConfirmRiskyOutput, \
        ConversationInfoAgentState, \
        ConversationInfoBlockedActions, \
        ConversationInfoBlockedMessages, \
        ConversationInfoTags, \
        ConversationInfoToolModuleQualnames, \
        ConversationRuntimeInfo, \
        ConversationStats, \
        EnsembleSecurityAnalyzerOutput, \
        GraySwanAnalyzerOutput, \
        HookConfig, \
        LaunchedAgentProfile, \
        LLMSecurityAnalyzerOutput, \
        LocalWorkspaceOutput, \
        MetricsSnapshot, \
        NeverConfirmOutput, \
        PatternSecurityAnalyzerOutput, \
        PolicyRailSecurityAnalyzerOutput, \
        RemoteWorkspace, \
        SecretRegistry, \
        ToolShieldLLMSecurityAnalyzerOutput
    from ..models.acp_agent_output import ACPAgentOutput
    from ..models.acp_model_info import ACPModelInfo
    from ..models.agent_output import AgentOutput
    from ..models.always_confirm_output import AlwaysConfirmOutput
    from ..models.client_tool_spec_output import ClientToolSpecOutput
    from ..models.confirm_risky_output import ConfirmRiskyOutput
    from ..models.conversation_info_agent_state import ConversationInfoAgentState
    from ..models.conversation_info_blocked_actions import (
        ConversationInfoBlockedActions,
    )
    from ..models.conversation_info_blocked_messages import (
        ConversationInfoBlockedMessages,
    )
    from ..models.conversation_info_tags import ConversationInfoTags
    from ..models.conversation_info_tool_module_qualnames import (
        ConversationInfoToolModuleQualnames,
    )
    from ..models.conversation_runtime_info import ConversationRuntimeInfo
    from ..models.conversation_stats import ConversationStats
    from ..models.ensemble_security_analyzer_output import (
        EnsembleSecurityAnalyzerOutput,
    )
    from ..models.gray_swan_analyzer_output import GraySwanAnalyzerOutput
    from ..models.hook_config import HookConfig
    from ..models.launched_agent_profile import LaunchedAgentProfile
    from ..models.llm_security_analyzer_output import LLMSecurityAnalyzerOutput
    from ..models.local_workspace_output import LocalWorkspaceOutput
    from ..models.metrics_snapshot import MetricsSnapshot
    from ..models.never_confirm_output import NeverConfirmOutput
    from ..models.pattern_security_analyzer_output import PatternSecurityAnalyzerOutput
    from ..models.policy_rail_security_analyzer_output import (
        PolicyRailSecurityAnalyzerOutput,
    )
    from ..models.remote_workspace import RemoteWorkspace
    from ..models.secret_registry import SecretRegistry
    from ..models.tool_shield_llm_security_analyzer_output import (
        ToolShieldLLMSecurityAnalyzerOutput,
    )

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global \
        _imported_for_parsing, \
        ACPModelInfo, \
        ClientToolSpecOutput, \
        ConversationInfoAgentState, \
        ConversationInfoBlockedActions, \
        ConversationInfoBlockedMessages, \
        ConversationInfoTags, \
        ConversationInfoToolModuleQualnames, \
        ConversationRuntimeInfo, \
        ConversationStats, \
        HookConfig, \
        LaunchedAgentProfile, \
        MetricsSnapshot, \
        SecretRegistry
    from ..models.acp_model_info import ACPModelInfo
    from ..models.client_tool_spec_output import ClientToolSpecOutput
    from ..models.conversation_info_agent_state import ConversationInfoAgentState
    from ..models.conversation_info_blocked_actions import (
        ConversationInfoBlockedActions,
    )
    from ..models.conversation_info_blocked_messages import (
        ConversationInfoBlockedMessages,
    )
    from ..models.conversation_info_tags import ConversationInfoTags
    from ..models.conversation_info_tool_module_qualnames import (
        ConversationInfoToolModuleQualnames,
    )
    from ..models.conversation_runtime_info import ConversationRuntimeInfo
    from ..models.conversation_stats import ConversationStats
    from ..models.hook_config import HookConfig
    from ..models.launched_agent_profile import LaunchedAgentProfile
    from ..models.metrics_snapshot import MetricsSnapshot
    from ..models.secret_registry import SecretRegistry

    _imported_for_parsing = True


T = TypeVar("T", bound="ConversationInfo")


@_attrs_define
class ConversationInfo:
    """Information about a conversation running locally without a Runtime sandbox."""

    activated_knowledge_skills: list[str]
    """ List of activated knowledge skills name """
    agent: ACPAgentOutput | AgentOutput
    agent_state: ConversationInfoAgentState
    """ Dictionary for agent-specific runtime state that persists across iterations. """
    available_models: list[ACPModelInfo]
    """ Models the ACP server offers for this session, lifted off ``ACPAgent.available_models`` (the
    ``models.availableModels`` field on the ACP session response). Each entry carries a ``model_id`` plus an
    optional ``name``/``description``. Surfaced verbatim so clients can render a model picker and resolve
    ``current_model_id`` to a display label themselves — the server does no name curation. Empty for ACP servers
    that don't surface the (UNSTABLE) capability and for native OpenHands agents. Client contract:
    ``current_model_id`` is NOT guaranteed to be a member — a forced ``acp_model`` override may name a model absent
    from the list — so treat a miss as 'show the raw id'. Some entries are opaque aliases whose human identity lives
    in ``description`` (e.g. claude-agent-acp's ``"default"`` -> ``"Opus 4.7 with 1M context · ..."``). """
    blocked_actions: ConversationInfoBlockedActions
    """ Actions blocked by PreToolUse hooks, keyed by action ID """
    blocked_messages: ConversationInfoBlockedMessages
    """ Messages blocked by UserPromptSubmit hooks, keyed by message ID """
    client_tools: list[ClientToolSpecOutput]
    """ Client-defined tool specs registered for this conversation. Surfaced so that a client re-attaching by
    conversation id can register the dynamic ClientAction_* action types before syncing persisted events, avoiding
    'Unknown kind' deserialization errors. """
    confirmation_policy: AlwaysConfirmOutput | ConfirmRiskyOutput | NeverConfirmOutput
    created_at: str
    """ ISO 8601 date-time. """
    execution_status: ConversationExecutionStatus
    """ Enum representing the current execution state of the conversation. """
    id: UUID
    """ Unique conversation ID """
    invoked_skills: list[str]
    """ Names of progressive-disclosure skills explicitly invoked via the `invoke_skill` tool. """
    secret_registry: SecretRegistry
    """ Manages secrets and injects them into bash commands when needed.

    The secret registry stores a mapping of secret keys to SecretSources
    that retrieve the actual secret values. When a bash command is about to be
    executed, it scans the command for any secret keys and injects the corresponding
    environment variables.

    Secret sources will redact / encrypt their sensitive values as appropriate when
    serializing, depending on the content of the context. If a context is present
    and contains a 'cipher' object, this is used for encryption. If it contains a
    boolean 'expose_secrets' flag set to True, secrets are dunped in plain text.
    Otherwise secrets are redacted.

    Additionally, it tracks the latest exported values to enable consistent masking
    even when callable secrets fail on subsequent calls. """
    stats: ConversationStats
    """ Token usage and cost per LLM of a conversation, keyed by the LLM's usage_id. The stream sends snapshots (no
    costs/response_latencies/token_usages lists); REST sends them in full. """
    sub_conversation_ids: list[UUID]
    """ IDs of conversations naming this one as their parent. Derived from the server catalog; empty on webhook
    payloads. Name mirrors the Cloud API field. """
    tags: ConversationInfoTags
    """ Key-value tags for the conversation. Keys must be lowercase alphanumeric. Values are arbitrary strings up to
    256 characters. """
    updated_at: str
    """ ISO 8601 date-time. """
    workspace: LocalWorkspaceOutput | RemoteWorkspace
    max_iterations: int = 500
    """ Maximum number of iterations the agent can perform in a single run. """
    stuck_detection: bool = True
    """ Whether to enable stuck detection for the agent. """
    supports_runtime_model_switch: bool = False
    """ Whether a live, mid-conversation model switch will be attempted for this conversation — tells the inline
    picker whether to offer a live-switch control. Mirrors the SDK's switch gate: ``True`` for known switch-capable
    providers; ``False`` for unknown/custom ACP servers because their generic config writes are not guaranteed live-
    switch primitives. ``False`` for native OpenHands agents, for a known provider that declares no support, and
    before the conversation has started a session. """
    current_model_id: None | str | Unset = UNSET
    """ Model the agent is actually using for this session. For ACP agents, this is lifted off
    ``ACPAgent.current_model_id`` (populated from the ``models.currentModelId`` field on the ACP session response,
    or from ``acp_model`` when the caller forced an override). May be an opaque alias (e.g. claude-agent-acp's
    ``"default"``); match it against ``available_models`` to get a display label. ``None`` for older ACP servers
    that don't surface the field, or while the agent is still initializing. Native OpenHands agents leave this
    ``None`` — consumers should read ``agent.llm.model`` for those. """
    forked_from_conversation_id: None | Unset | UUID = UNSET
    """ ID of the conversation this one was forked from. ``None`` for conversations created directly (not via fork).
    """
    forked_from_event_id: None | str | Unset = UNSET
    """ Event ID this conversation was forked at. ``None`` for non-forked conversations or whole-conversation forks.
    """
    hook_config: HookConfig | None | Unset = UNSET
    """ Hook configuration for this conversation. Includes definitions for PreToolUse, PostToolUse,
    UserPromptSubmit, SessionStart, SessionEnd, and Stop hooks. """
    last_user_message_id: None | str | Unset = UNSET
    """ Most recent user MessageEvent id for hook block checks. Updated when user messages are emitted so Agent.step
    can pop blocked_messages without scanning the event log. If None, hook-blocked checks are skipped (legacy
    conversations). """
    launched_agent_profile: LaunchedAgentProfile | None | Unset = UNSET
    """ Provenance snapshot of the agent profile that launched this conversation. Set at creation when the
    conversation was started via ``agent_profile_id``; ``None`` for conversations started directly with ``agent`` or
    ``agent_settings``. Clients use this to identify which agent profile is current without fragile settings-
    comparison. """
    leaf_event_id: None | str | Unset = UNSET
    """ HEAD of the conversation tree: the parent of the next appended event. ``None`` means an empty tree (or, for
    pre-feature conversations, the linear tail). Moving it via ``navigate`` re-roots the active branch the agent
    runs on. """
    metrics: MetricsSnapshot | None | Unset = UNSET
    parent_conversation_id: None | Unset | UUID = UNSET
    """ ID of the conversation that owns this one. ``None`` for top-level conversations. """
    persistence_dir: None | str | Unset = "workspace/conversations"
    """ Directory for persisting conversation state and events. If None, conversation will not be persisted. """
    runtime_info: ConversationRuntimeInfo | None | Unset = UNSET
    """ Availability of the execution runtime. Catalog responses populate this when the hosting server manages
    runtime lifecycle. """
    security_analyzer: (
        EnsembleSecurityAnalyzerOutput
        | GraySwanAnalyzerOutput
        | LLMSecurityAnalyzerOutput
        | None
        | PatternSecurityAnalyzerOutput
        | PolicyRailSecurityAnalyzerOutput
        | ToolShieldLLMSecurityAnalyzerOutput
        | Unset
    ) = UNSET
    """ Optional security analyzer to evaluate action risks. """
    title: None | str | Unset = UNSET
    """ User-defined title for the conversation """
    tool_module_qualnames: ConversationInfoToolModuleQualnames | Unset = UNSET
    """ Tool names mapped to importable module qualnames. SDK clients use this metadata to restore the registrations
    needed to deserialize the conversation's tool events when attaching. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        activated_knowledge_skills = self.activated_knowledge_skills

        agent: dict[str, Any]
        if isinstance(self.agent, ACPAgentOutput):
            agent = self.agent.to_dict()
        else:
            agent = self.agent.to_dict()

        agent_state = self.agent_state.to_dict()

        available_models = []
        for available_models_item_data in self.available_models:
            available_models_item = available_models_item_data.to_dict()
            available_models.append(available_models_item)

        blocked_actions = self.blocked_actions.to_dict()

        blocked_messages = self.blocked_messages.to_dict()

        client_tools = []
        for client_tools_item_data in self.client_tools:
            client_tools_item = client_tools_item_data.to_dict()
            client_tools.append(client_tools_item)

        confirmation_policy: dict[str, Any]
        if isinstance(self.confirmation_policy, AlwaysConfirmOutput):
            confirmation_policy = self.confirmation_policy.to_dict()
        elif isinstance(self.confirmation_policy, ConfirmRiskyOutput):
            confirmation_policy = self.confirmation_policy.to_dict()
        else:
            confirmation_policy = self.confirmation_policy.to_dict()

        created_at = self.created_at

        execution_status: str = self.execution_status

        id = str(self.id)

        invoked_skills = self.invoked_skills

        max_iterations = self.max_iterations

        secret_registry = self.secret_registry.to_dict()

        stats = self.stats.to_dict()

        stuck_detection = self.stuck_detection

        sub_conversation_ids = []
        for sub_conversation_ids_item_data in self.sub_conversation_ids:
            sub_conversation_ids_item = str(sub_conversation_ids_item_data)
            sub_conversation_ids.append(sub_conversation_ids_item)

        supports_runtime_model_switch = self.supports_runtime_model_switch

        tags = self.tags.to_dict()

        updated_at = self.updated_at

        workspace: dict[str, Any]
        if isinstance(self.workspace, LocalWorkspaceOutput):
            workspace = self.workspace.to_dict()
        else:
            workspace = self.workspace.to_dict()

        current_model_id: None | str | Unset
        if isinstance(self.current_model_id, Unset):
            current_model_id = UNSET
        else:
            current_model_id = self.current_model_id

        forked_from_conversation_id: None | str | Unset
        if isinstance(self.forked_from_conversation_id, Unset):
            forked_from_conversation_id = UNSET
        elif isinstance(self.forked_from_conversation_id, UUID):
            forked_from_conversation_id = str(self.forked_from_conversation_id)
        else:
            forked_from_conversation_id = self.forked_from_conversation_id

        forked_from_event_id: None | str | Unset
        if isinstance(self.forked_from_event_id, Unset):
            forked_from_event_id = UNSET
        else:
            forked_from_event_id = self.forked_from_event_id

        hook_config: dict[str, Any] | None | Unset
        if isinstance(self.hook_config, Unset):
            hook_config = UNSET
        elif isinstance(self.hook_config, HookConfig):
            hook_config = self.hook_config.to_dict()
        else:
            hook_config = self.hook_config

        last_user_message_id: None | str | Unset
        if isinstance(self.last_user_message_id, Unset):
            last_user_message_id = UNSET
        else:
            last_user_message_id = self.last_user_message_id

        launched_agent_profile: dict[str, Any] | None | Unset
        if isinstance(self.launched_agent_profile, Unset):
            launched_agent_profile = UNSET
        elif isinstance(self.launched_agent_profile, LaunchedAgentProfile):
            launched_agent_profile = self.launched_agent_profile.to_dict()
        else:
            launched_agent_profile = self.launched_agent_profile

        leaf_event_id: None | str | Unset
        if isinstance(self.leaf_event_id, Unset):
            leaf_event_id = UNSET
        else:
            leaf_event_id = self.leaf_event_id

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, MetricsSnapshot):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        parent_conversation_id: None | str | Unset
        if isinstance(self.parent_conversation_id, Unset):
            parent_conversation_id = UNSET
        elif isinstance(self.parent_conversation_id, UUID):
            parent_conversation_id = str(self.parent_conversation_id)
        else:
            parent_conversation_id = self.parent_conversation_id

        persistence_dir: None | str | Unset
        if isinstance(self.persistence_dir, Unset):
            persistence_dir = UNSET
        else:
            persistence_dir = self.persistence_dir

        runtime_info: dict[str, Any] | None | Unset
        if isinstance(self.runtime_info, Unset):
            runtime_info = UNSET
        elif isinstance(self.runtime_info, ConversationRuntimeInfo):
            runtime_info = self.runtime_info.to_dict()
        else:
            runtime_info = self.runtime_info

        security_analyzer: dict[str, Any] | None | Unset
        if isinstance(self.security_analyzer, Unset):
            security_analyzer = UNSET
        elif isinstance(self.security_analyzer, PatternSecurityAnalyzerOutput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, PolicyRailSecurityAnalyzerOutput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, EnsembleSecurityAnalyzerOutput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, GraySwanAnalyzerOutput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, LLMSecurityAnalyzerOutput):
            security_analyzer = self.security_analyzer.to_dict()
        elif isinstance(self.security_analyzer, ToolShieldLLMSecurityAnalyzerOutput):
            security_analyzer = self.security_analyzer.to_dict()
        else:
            security_analyzer = self.security_analyzer

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        tool_module_qualnames: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_module_qualnames, Unset):
            tool_module_qualnames = self.tool_module_qualnames.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activated_knowledge_skills": activated_knowledge_skills,
                "agent": agent,
                "agent_state": agent_state,
                "available_models": available_models,
                "blocked_actions": blocked_actions,
                "blocked_messages": blocked_messages,
                "client_tools": client_tools,
                "confirmation_policy": confirmation_policy,
                "created_at": created_at,
                "execution_status": execution_status,
                "id": id,
                "invoked_skills": invoked_skills,
                "max_iterations": max_iterations,
                "secret_registry": secret_registry,
                "stats": stats,
                "stuck_detection": stuck_detection,
                "sub_conversation_ids": sub_conversation_ids,
                "supports_runtime_model_switch": supports_runtime_model_switch,
                "tags": tags,
                "updated_at": updated_at,
                "workspace": workspace,
            }
        )
        if current_model_id is not UNSET:
            field_dict["current_model_id"] = current_model_id
        if forked_from_conversation_id is not UNSET:
            field_dict["forked_from_conversation_id"] = forked_from_conversation_id
        if forked_from_event_id is not UNSET:
            field_dict["forked_from_event_id"] = forked_from_event_id
        if hook_config is not UNSET:
            field_dict["hook_config"] = hook_config
        if last_user_message_id is not UNSET:
            field_dict["last_user_message_id"] = last_user_message_id
        if launched_agent_profile is not UNSET:
            field_dict["launched_agent_profile"] = launched_agent_profile
        if leaf_event_id is not UNSET:
            field_dict["leaf_event_id"] = leaf_event_id
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if parent_conversation_id is not UNSET:
            field_dict["parent_conversation_id"] = parent_conversation_id
        if persistence_dir is not UNSET:
            field_dict["persistence_dir"] = persistence_dir
        if runtime_info is not UNSET:
            field_dict["runtime_info"] = runtime_info
        if security_analyzer is not UNSET:
            field_dict["security_analyzer"] = security_analyzer
        if title is not UNSET:
            field_dict["title"] = title
        if tool_module_qualnames is not UNSET:
            field_dict["tool_module_qualnames"] = tool_module_qualnames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        activated_knowledge_skills = cast(
            list[str], d.pop("activated_knowledge_skills")
        )

        def _parse_agent(data: object) -> ACPAgentOutput | AgentOutput:
            global _kinds_agent
            try:
                table = _kinds_agent
            except NameError:
                table = _kinds_agent = {
                    "ACPAgent": (".acp_agent_output", "ACPAgentOutput"),
                    "Agent": (".agent_output", "AgentOutput"),
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

        agent = _parse_agent(d.pop("agent"))

        agent_state = ConversationInfoAgentState.from_dict(d.pop("agent_state"))

        available_models = []
        _available_models = d.pop("available_models")
        for available_models_item_data in _available_models:
            available_models_item = ACPModelInfo.from_dict(available_models_item_data)

            available_models.append(available_models_item)

        blocked_actions = ConversationInfoBlockedActions.from_dict(
            d.pop("blocked_actions")
        )

        blocked_messages = ConversationInfoBlockedMessages.from_dict(
            d.pop("blocked_messages")
        )

        client_tools = []
        _client_tools = d.pop("client_tools")
        for client_tools_item_data in _client_tools:
            client_tools_item = ClientToolSpecOutput.from_dict(client_tools_item_data)

            client_tools.append(client_tools_item)

        def _parse_confirmation_policy(
            data: object,
        ) -> AlwaysConfirmOutput | ConfirmRiskyOutput | NeverConfirmOutput:
            global _kinds_confirmation_policy
            try:
                table = _kinds_confirmation_policy
            except NameError:
                table = _kinds_confirmation_policy = {
                    "AlwaysConfirm": (".always_confirm_output", "AlwaysConfirmOutput"),
                    "ConfirmRisky": (".confirm_risky_output", "ConfirmRiskyOutput"),
                    "NeverConfirm": (".never_confirm_output", "NeverConfirmOutput"),
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

        confirmation_policy = _parse_confirmation_policy(d.pop("confirmation_policy"))

        created_at = d.pop("created_at")

        execution_status = check_conversation_execution_status(
            d.pop("execution_status")
        )

        id = UUID(d.pop("id"))

        invoked_skills = cast(list[str], d.pop("invoked_skills"))

        max_iterations = d.pop("max_iterations")

        secret_registry = SecretRegistry.from_dict(d.pop("secret_registry"))

        stats = ConversationStats.from_dict(d.pop("stats"))

        stuck_detection = d.pop("stuck_detection")

        sub_conversation_ids = []
        _sub_conversation_ids = d.pop("sub_conversation_ids")
        for sub_conversation_ids_item_data in _sub_conversation_ids:
            sub_conversation_ids_item = UUID(sub_conversation_ids_item_data)

            sub_conversation_ids.append(sub_conversation_ids_item)

        supports_runtime_model_switch = d.pop("supports_runtime_model_switch")

        tags = ConversationInfoTags.from_dict(d.pop("tags"))

        updated_at = d.pop("updated_at")

        def _parse_workspace(data: object) -> LocalWorkspaceOutput | RemoteWorkspace:
            global _kinds_workspace
            try:
                table = _kinds_workspace
            except NameError:
                table = _kinds_workspace = {
                    "LocalWorkspace": (
                        ".local_workspace_output",
                        "LocalWorkspaceOutput",
                    ),
                    "RemoteWorkspace": (".remote_workspace", "RemoteWorkspace"),
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

        workspace = _parse_workspace(d.pop("workspace"))

        def _parse_current_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        current_model_id = _parse_current_model_id(d.pop("current_model_id", UNSET))

        def _parse_forked_from_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forked_from_conversation_id_type_0 = UUID(data)

                return forked_from_conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        forked_from_conversation_id = _parse_forked_from_conversation_id(
            d.pop("forked_from_conversation_id", UNSET)
        )

        def _parse_forked_from_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        forked_from_event_id = _parse_forked_from_event_id(
            d.pop("forked_from_event_id", UNSET)
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

        def _parse_last_user_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        last_user_message_id = _parse_last_user_message_id(
            d.pop("last_user_message_id", UNSET)
        )

        def _parse_launched_agent_profile(
            data: object,
        ) -> LaunchedAgentProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                launched_agent_profile_type_0 = LaunchedAgentProfile.from_dict(data)

                return launched_agent_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        launched_agent_profile = _parse_launched_agent_profile(
            d.pop("launched_agent_profile", UNSET)
        )

        def _parse_leaf_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        leaf_event_id = _parse_leaf_event_id(d.pop("leaf_event_id", UNSET))

        def _parse_metrics(data: object) -> MetricsSnapshot | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = MetricsSnapshot.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        metrics = _parse_metrics(d.pop("metrics", UNSET))

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

        def _parse_persistence_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        persistence_dir = _parse_persistence_dir(d.pop("persistence_dir", UNSET))

        def _parse_runtime_info(data: object) -> ConversationRuntimeInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                runtime_info_type_0 = ConversationRuntimeInfo.from_dict(data)

                return runtime_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        runtime_info = _parse_runtime_info(d.pop("runtime_info", UNSET))

        def _parse_security_analyzer(
            data: object,
        ) -> (
            EnsembleSecurityAnalyzerOutput
            | GraySwanAnalyzerOutput
            | LLMSecurityAnalyzerOutput
            | None
            | PatternSecurityAnalyzerOutput
            | PolicyRailSecurityAnalyzerOutput
            | ToolShieldLLMSecurityAnalyzerOutput
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
                        ".pattern_security_analyzer_output",
                        "PatternSecurityAnalyzerOutput",
                    ),
                    "PolicyRailSecurityAnalyzer": (
                        ".policy_rail_security_analyzer_output",
                        "PolicyRailSecurityAnalyzerOutput",
                    ),
                    "EnsembleSecurityAnalyzer": (
                        ".ensemble_security_analyzer_output",
                        "EnsembleSecurityAnalyzerOutput",
                    ),
                    "GraySwanAnalyzer": (
                        ".gray_swan_analyzer_output",
                        "GraySwanAnalyzerOutput",
                    ),
                    "LLMSecurityAnalyzer": (
                        ".llm_security_analyzer_output",
                        "LLMSecurityAnalyzerOutput",
                    ),
                    "ToolShieldLLMSecurityAnalyzer": (
                        ".tool_shield_llm_security_analyzer_output",
                        "ToolShieldLLMSecurityAnalyzerOutput",
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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        _tool_module_qualnames = d.pop("tool_module_qualnames", UNSET)
        tool_module_qualnames: ConversationInfoToolModuleQualnames | Unset
        if isinstance(_tool_module_qualnames, Unset):
            tool_module_qualnames = UNSET
        else:
            tool_module_qualnames = ConversationInfoToolModuleQualnames.from_dict(
                _tool_module_qualnames
            )

        conversation_info = cls(
            activated_knowledge_skills=activated_knowledge_skills,
            agent=agent,
            agent_state=agent_state,
            available_models=available_models,
            blocked_actions=blocked_actions,
            blocked_messages=blocked_messages,
            client_tools=client_tools,
            confirmation_policy=confirmation_policy,
            created_at=created_at,
            execution_status=execution_status,
            id=id,
            invoked_skills=invoked_skills,
            max_iterations=max_iterations,
            secret_registry=secret_registry,
            stats=stats,
            stuck_detection=stuck_detection,
            sub_conversation_ids=sub_conversation_ids,
            supports_runtime_model_switch=supports_runtime_model_switch,
            tags=tags,
            updated_at=updated_at,
            workspace=workspace,
            current_model_id=current_model_id,
            forked_from_conversation_id=forked_from_conversation_id,
            forked_from_event_id=forked_from_event_id,
            hook_config=hook_config,
            last_user_message_id=last_user_message_id,
            launched_agent_profile=launched_agent_profile,
            leaf_event_id=leaf_event_id,
            metrics=metrics,
            parent_conversation_id=parent_conversation_id,
            persistence_dir=persistence_dir,
            runtime_info=runtime_info,
            security_analyzer=security_analyzer,
            title=title,
            tool_module_qualnames=tool_module_qualnames,
        )

        conversation_info.additional_properties = d
        return conversation_info

    @property
    def created_at_datetime(self) -> _datetime.datetime:
        """``created_at`` as a ``datetime``, parsed on each read (``created_at`` stays the string
        the server sent). Naive, in the server's local time, unless the string carries an offset."""
        return parse_date_time(self.created_at)

    @property
    def updated_at_datetime(self) -> _datetime.datetime:
        """``updated_at`` as a ``datetime``, parsed on each read (``updated_at`` stays the string
        the server sent). Naive, in the server's local time, unless the string carries an offset."""
        return parse_date_time(self.updated_at)

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
