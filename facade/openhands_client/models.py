"""The generated models users read and build, importable from one place.

``from openhands_client.models import ActionEvent, Agent, LLM, AlwaysConfirm, Metrics``.
The event classes (and what they nest), the requests a user builds (under their plain names:
``Agent`` is the generated ``AgentInput``), and the metrics types; everything else is in
``openhands_api.models``. Importing this module loads these models at once (importing
``openhands_client`` alone does not).

The ``…Spec`` aliases are what the client's methods accept: a generated model or its JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

from openhands_api.models.acp_agent_input import ACPAgentInput as ACPAgent
from openhands_api.models.acp_tool_call_event import ACPToolCallEvent
from openhands_api.models.action_event import ActionEvent
from openhands_api.models.agent_error_event import AgentErrorEvent
from openhands_api.models.agent_input import AgentInput as Agent
from openhands_api.models.always_confirm_input import AlwaysConfirmInput as AlwaysConfirm
from openhands_api.models.condensation import Condensation
from openhands_api.models.condensation_request import CondensationRequest
from openhands_api.models.condensation_summary_event import CondensationSummaryEvent
from openhands_api.models.confirm_risky_input import ConfirmRiskyInput as ConfirmRisky
from openhands_api.models.conversation_error_event import ConversationErrorEvent
from openhands_api.models.conversation_info import ConversationInfo
from openhands_api.models.conversation_state_update_event import ConversationStateUpdateEvent
from openhands_api.models.conversation_stats import ConversationStats
from openhands_api.models.cost import Cost
from openhands_api.models.ensemble_security_analyzer_input import (
    EnsembleSecurityAnalyzerInput as EnsembleSecurityAnalyzer,
)
from openhands_api.models.file_editor_action import FileEditorAction
from openhands_api.models.file_editor_observation import FileEditorObservation
from openhands_api.models.finish_action import FinishAction
from openhands_api.models.finish_observation import FinishObservation
from openhands_api.models.git_change import GitChange
from openhands_api.models.git_diff import GitDiff
from openhands_api.models.gray_swan_analyzer_input import GraySwanAnalyzerInput as GraySwanAnalyzer
from openhands_api.models.hook_execution_event import HookExecutionEvent
from openhands_api.models.image_content import ImageContent
from openhands_api.models.interrupt_event import InterruptEvent
from openhands_api.models.llm_completion_log_event import LLMCompletionLogEvent
from openhands_api.models.llm_input import LLMInput as LLM
from openhands_api.models.llm_security_analyzer_input import (
    LLMSecurityAnalyzerInput as LLMSecurityAnalyzer,
)
from openhands_api.models.lookup_secret_input import LookupSecretInput as LookupSecret
from openhands_api.models.message import Message
from openhands_api.models.message_event import MessageEvent
from openhands_api.models.message_tool_call import MessageToolCall
from openhands_api.models.metrics import Metrics
from openhands_api.models.metrics_snapshot import MetricsSnapshot
from openhands_api.models.never_confirm_input import NeverConfirmInput as NeverConfirm
from openhands_api.models.observation_event import ObservationEvent
from openhands_api.models.pattern_security_analyzer_input import (
    PatternSecurityAnalyzerInput as PatternSecurityAnalyzer,
)
from openhands_api.models.pause_event import PauseEvent
from openhands_api.models.policy_rail_security_analyzer_input import (
    PolicyRailSecurityAnalyzerInput as PolicyRailSecurityAnalyzer,
)
from openhands_api.models.response_latency import ResponseLatency
from openhands_api.models.security_analysis_event import SecurityAnalysisEvent
from openhands_api.models.send_message_request import SendMessageRequest
from openhands_api.models.server_error_event import ServerErrorEvent
from openhands_api.models.server_info import ServerInfo
from openhands_api.models.start_conversation_request import StartConversationRequest
from openhands_api.models.static_secret_input import StaticSecretInput as StaticSecret
from openhands_api.models.streaming_delta_event import StreamingDeltaEvent
from openhands_api.models.system_prompt_event import SystemPromptEvent
from openhands_api.models.terminal_action import TerminalAction
from openhands_api.models.terminal_observation import TerminalObservation
from openhands_api.models.text_content import TextContent
from openhands_api.models.think_action import ThinkAction
from openhands_api.models.think_observation import ThinkObservation
from openhands_api.models.token_event import TokenEvent
from openhands_api.models.token_usage import TokenUsage
from openhands_api.models.tool_input import ToolInput as Tool
from openhands_api.models.tool_shield_llm_security_analyzer_input import (
    ToolShieldLLMSecurityAnalyzerInput as ToolShieldLLMSecurityAnalyzer,
)
from openhands_api.models.unknown_action import UnknownAction
from openhands_api.models.unknown_observation import UnknownObservation
from openhands_api.models.user_reject_observation import UserRejectObservation

from .events import Event, EventSource, UnknownEvent

AgentSpec: TypeAlias = Agent | ACPAgent | Mapping[str, Any]
"""An agent: a generated ``Agent``/``ACPAgent`` or its JSON (``{"kind": "Agent", ...}``)."""

ConfirmationPolicySpec: TypeAlias = AlwaysConfirm | ConfirmRisky | NeverConfirm | Mapping[str, Any]
"""A confirmation policy: a generated policy model or its JSON (``{"kind": "AlwaysConfirm"}``)."""

SecurityAnalyzerSpec: TypeAlias = (
    LLMSecurityAnalyzer
    | PatternSecurityAnalyzer
    | EnsembleSecurityAnalyzer
    | GraySwanAnalyzer
    | PolicyRailSecurityAnalyzer
    | ToolShieldLLMSecurityAnalyzer
    | Mapping[str, Any]
)
"""A security analyzer: a generated analyzer model or its JSON."""

SecretSpec: TypeAlias = str | Callable[[], str] | StaticSecret | LookupSecret | Mapping[str, Any]
"""A secret: its value, a function returning it (called each time a request carrying it is
built, so a short-lived token is fresh), a generated secret source, or its JSON
(``{"kind": "LookupSecret"}``)."""

__all__ = [
    "LLM",
    "ACPAgent",
    "ACPToolCallEvent",
    "ActionEvent",
    "Agent",
    "AgentErrorEvent",
    "AgentSpec",
    "AlwaysConfirm",
    "Condensation",
    "CondensationRequest",
    "CondensationSummaryEvent",
    "ConfirmRisky",
    "ConfirmationPolicySpec",
    "ConversationErrorEvent",
    "ConversationInfo",
    "ConversationStateUpdateEvent",
    "ConversationStats",
    "Cost",
    "EnsembleSecurityAnalyzer",
    "Event",
    "EventSource",
    "FileEditorAction",
    "FileEditorObservation",
    "FinishAction",
    "FinishObservation",
    "GitChange",
    "GitDiff",
    "GraySwanAnalyzer",
    "HookExecutionEvent",
    "ImageContent",
    "InterruptEvent",
    "LLMCompletionLogEvent",
    "LLMSecurityAnalyzer",
    "LookupSecret",
    "Message",
    "MessageEvent",
    "MessageToolCall",
    "Metrics",
    "MetricsSnapshot",
    "NeverConfirm",
    "ObservationEvent",
    "PatternSecurityAnalyzer",
    "PauseEvent",
    "PolicyRailSecurityAnalyzer",
    "ResponseLatency",
    "SecretSpec",
    "SecurityAnalysisEvent",
    "SecurityAnalyzerSpec",
    "SendMessageRequest",
    "ServerErrorEvent",
    "ServerInfo",
    "StartConversationRequest",
    "StaticSecret",
    "StreamingDeltaEvent",
    "SystemPromptEvent",
    "TerminalAction",
    "TerminalObservation",
    "TextContent",
    "ThinkAction",
    "ThinkObservation",
    "TokenEvent",
    "TokenUsage",
    "Tool",
    "ToolShieldLLMSecurityAnalyzer",
    "UnknownAction",
    "UnknownEvent",
    "UnknownObservation",
    "UserRejectObservation",
]
