# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
"""Tables of openapi.yaml the facade reads at run time (written by scripts/gen_registry.py)."""

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from .models.acp_tool_call_event import ACPToolCallEvent
    from .models.action_event import ActionEvent
    from .models.agent_error_event import AgentErrorEvent
    from .models.condensation import Condensation
    from .models.condensation_request import CondensationRequest
    from .models.condensation_summary_event import CondensationSummaryEvent
    from .models.conversation_error_event import ConversationErrorEvent
    from .models.conversation_state_update_event import ConversationStateUpdateEvent
    from .models.hook_execution_event import HookExecutionEvent
    from .models.interrupt_event import InterruptEvent
    from .models.llm_completion_log_event import LLMCompletionLogEvent
    from .models.message_event import MessageEvent
    from .models.observation_event import ObservationEvent
    from .models.pause_event import PauseEvent
    from .models.security_analysis_event import SecurityAnalysisEvent
    from .models.server_error_event import ServerErrorEvent
    from .models.streaming_delta_event import StreamingDeltaEvent
    from .models.system_prompt_event import SystemPromptEvent
    from .models.token_event import TokenEvent
    from .models.user_reject_observation import UserRejectObservation

EVENT_CLASSES: dict[str, tuple[str, str]] = {
    "ACPToolCallEvent": ("openhands_api.models.acp_tool_call_event", "ACPToolCallEvent"),
    "ActionEvent": ("openhands_api.models.action_event", "ActionEvent"),
    "AgentErrorEvent": ("openhands_api.models.agent_error_event", "AgentErrorEvent"),
    "Condensation": ("openhands_api.models.condensation", "Condensation"),
    "CondensationRequest": ("openhands_api.models.condensation_request", "CondensationRequest"),
    "CondensationSummaryEvent": (
        "openhands_api.models.condensation_summary_event",
        "CondensationSummaryEvent",
    ),
    "ConversationErrorEvent": (
        "openhands_api.models.conversation_error_event",
        "ConversationErrorEvent",
    ),
    "ConversationStateUpdateEvent": (
        "openhands_api.models.conversation_state_update_event",
        "ConversationStateUpdateEvent",
    ),
    "HookExecutionEvent": ("openhands_api.models.hook_execution_event", "HookExecutionEvent"),
    "InterruptEvent": ("openhands_api.models.interrupt_event", "InterruptEvent"),
    "LLMCompletionLogEvent": (
        "openhands_api.models.llm_completion_log_event",
        "LLMCompletionLogEvent",
    ),
    "MessageEvent": ("openhands_api.models.message_event", "MessageEvent"),
    "ObservationEvent": ("openhands_api.models.observation_event", "ObservationEvent"),
    "PauseEvent": ("openhands_api.models.pause_event", "PauseEvent"),
    "SecurityAnalysisEvent": (
        "openhands_api.models.security_analysis_event",
        "SecurityAnalysisEvent",
    ),
    "ServerErrorEvent": ("openhands_api.models.server_error_event", "ServerErrorEvent"),
    "StreamingDeltaEvent": ("openhands_api.models.streaming_delta_event", "StreamingDeltaEvent"),
    "SystemPromptEvent": ("openhands_api.models.system_prompt_event", "SystemPromptEvent"),
    "TokenEvent": ("openhands_api.models.token_event", "TokenEvent"),
    "UserRejectObservation": (
        "openhands_api.models.user_reject_observation",
        "UserRejectObservation",
    ),
}
"""Event ``kind`` -> (module, class name) of its generated class."""

STREAM_ONLY_KINDS: frozenset[str] = frozenset(
    {
        "LLMCompletionLogEvent",
        "ServerErrorEvent",
        "StreamingDeltaEvent",
        "TokenEvent",
    }
)
"""Event kinds the server streams but never persists (``x-stream-only`` in the spec)."""

EXECUTION_STATUSES: tuple[str, ...] = (
    "idle",
    "running",
    "paused",
    "waiting_for_confirmation",
    "finished",
    "error",
    "stuck",
    "deleting",
)
"""The values of ``ConversationExecutionStatus``, in the spec's order."""

EventModel = Union[
    "ACPToolCallEvent",
    "ActionEvent",
    "AgentErrorEvent",
    "Condensation",
    "CondensationRequest",
    "CondensationSummaryEvent",
    "ConversationErrorEvent",
    "ConversationStateUpdateEvent",
    "HookExecutionEvent",
    "InterruptEvent",
    "LLMCompletionLogEvent",
    "MessageEvent",
    "ObservationEvent",
    "PauseEvent",
    "SecurityAnalysisEvent",
    "ServerErrorEvent",
    "StreamingDeltaEvent",
    "SystemPromptEvent",
    "TokenEvent",
    "UserRejectObservation",
]
"""Any generated event class (the ``Event`` union of openapi.yaml)."""
