# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
"""Contains all the data models used in inputs/outputs"""

from .acp_agent_input import ACPAgentInput
from .acp_agent_input_mcp_config import ACPAgentInputMcpConfig
from .acp_agent_input_system_prompt_kwargs import ACPAgentInputSystemPromptKwargs
from .acp_agent_output import ACPAgentOutput
from .acp_agent_output_mcp_config import ACPAgentOutputMcpConfig
from .acp_agent_output_system_prompt_kwargs import ACPAgentOutputSystemPromptKwargs
from .acp_file_secret_spec import ACPFileSecretSpec
from .acp_file_secret_spec_env_points_to import ACPFileSecretSpecEnvPointsTo
from .acp_model_info import ACPModelInfo
from .acp_tool_call_event import ACPToolCallEvent
from .acp_tool_call_event_source import ACPToolCallEventSource
from .action_event import ActionEvent
from .action_event_source import ActionEventSource
from .agent_context_input import AgentContextInput
from .agent_context_input_secrets_type_0 import AgentContextInputSecretsType0
from .agent_context_output import AgentContextOutput
from .agent_context_output_secrets_type_0 import AgentContextOutputSecretsType0
from .agent_definition import AgentDefinition
from .agent_definition_level_type_0 import AgentDefinitionLevelType0
from .agent_definition_mcp_config_type_0 import AgentDefinitionMcpConfigType0
from .agent_definition_metadata import AgentDefinitionMetadata
from .agent_error_event import AgentErrorEvent
from .agent_error_event_source import AgentErrorEventSource
from .agent_finished_critic_input import AgentFinishedCriticInput
from .agent_finished_critic_input_mode import AgentFinishedCriticInputMode
from .agent_finished_critic_output import AgentFinishedCriticOutput
from .agent_finished_critic_output_mode import AgentFinishedCriticOutputMode
from .agent_input import AgentInput
from .agent_input_mcp_config import AgentInputMcpConfig
from .agent_input_system_prompt_kwargs import AgentInputSystemPromptKwargs
from .agent_launch_additions import AgentLaunchAdditions
from .agent_output import AgentOutput
from .agent_output_mcp_config import AgentOutputMcpConfig
from .agent_output_system_prompt_kwargs import AgentOutputSystemPromptKwargs
from .agent_response_result import AgentResponseResult
from .always_confirm_input import AlwaysConfirmInput
from .always_confirm_output import AlwaysConfirmOutput
from .api_based_critic_input import APIBasedCriticInput
from .api_based_critic_input_mode import APIBasedCriticInputMode
from .api_based_critic_input_sentiment_map import APIBasedCriticInputSentimentMap
from .api_based_critic_output import APIBasedCriticOutput
from .api_based_critic_output_mode import APIBasedCriticOutputMode
from .api_based_critic_output_sentiment_map import APIBasedCriticOutputSentimentMap
from .ask_agent_request import AskAgentRequest
from .ask_agent_response import AskAgentResponse
from .ask_oracle_action import AskOracleAction
from .ask_oracle_observation import AskOracleObservation
from .ask_oracle_tool import AskOracleTool
from .ask_oracle_tool_meta_type_0 import AskOracleToolMetaType0
from .bash_command import BashCommand
from .bash_error import BashError
from .bash_event_page import BashEventPage
from .bash_event_sort_order import BashEventSortOrder
from .bash_output import BashOutput
from .body_upload_file_query_api_file_upload_post import (
    BodyUploadFileQueryApiFileUploadPost,
)
from .browser_action import BrowserAction
from .browser_click_action import BrowserClickAction
from .browser_click_tool import BrowserClickTool
from .browser_click_tool_meta_type_0 import BrowserClickToolMetaType0
from .browser_close_tab_action import BrowserCloseTabAction
from .browser_close_tab_tool import BrowserCloseTabTool
from .browser_close_tab_tool_meta_type_0 import BrowserCloseTabToolMetaType0
from .browser_get_content_action import BrowserGetContentAction
from .browser_get_content_tool import BrowserGetContentTool
from .browser_get_content_tool_meta_type_0 import BrowserGetContentToolMetaType0
from .browser_get_state_action import BrowserGetStateAction
from .browser_get_state_tool import BrowserGetStateTool
from .browser_get_state_tool_meta_type_0 import BrowserGetStateToolMetaType0
from .browser_get_storage_action import BrowserGetStorageAction
from .browser_get_storage_tool import BrowserGetStorageTool
from .browser_get_storage_tool_meta_type_0 import BrowserGetStorageToolMetaType0
from .browser_go_back_action import BrowserGoBackAction
from .browser_go_back_tool import BrowserGoBackTool
from .browser_go_back_tool_meta_type_0 import BrowserGoBackToolMetaType0
from .browser_list_tabs_action import BrowserListTabsAction
from .browser_list_tabs_tool import BrowserListTabsTool
from .browser_list_tabs_tool_meta_type_0 import BrowserListTabsToolMetaType0
from .browser_navigate_action import BrowserNavigateAction
from .browser_navigate_tool import BrowserNavigateTool
from .browser_navigate_tool_meta_type_0 import BrowserNavigateToolMetaType0
from .browser_observation import BrowserObservation
from .browser_scroll_action import BrowserScrollAction
from .browser_scroll_action_direction import BrowserScrollActionDirection
from .browser_scroll_tool import BrowserScrollTool
from .browser_scroll_tool_meta_type_0 import BrowserScrollToolMetaType0
from .browser_set_storage_action import BrowserSetStorageAction
from .browser_set_storage_action_storage_state import (
    BrowserSetStorageActionStorageState,
)
from .browser_set_storage_tool import BrowserSetStorageTool
from .browser_set_storage_tool_meta_type_0 import BrowserSetStorageToolMetaType0
from .browser_start_recording_action import BrowserStartRecordingAction
from .browser_start_recording_tool import BrowserStartRecordingTool
from .browser_start_recording_tool_meta_type_0 import BrowserStartRecordingToolMetaType0
from .browser_stop_recording_action import BrowserStopRecordingAction
from .browser_stop_recording_tool import BrowserStopRecordingTool
from .browser_stop_recording_tool_meta_type_0 import BrowserStopRecordingToolMetaType0
from .browser_switch_tab_action import BrowserSwitchTabAction
from .browser_switch_tab_tool import BrowserSwitchTabTool
from .browser_switch_tab_tool_meta_type_0 import BrowserSwitchTabToolMetaType0
from .browser_tool_set import BrowserToolSet
from .browser_tool_set_meta_type_0 import BrowserToolSetMetaType0
from .browser_type_action import BrowserTypeAction
from .browser_type_tool import BrowserTypeTool
from .browser_type_tool_meta_type_0 import BrowserTypeToolMetaType0
from .classify_and_switch_llm_action import ClassifyAndSwitchLLMAction
from .classify_and_switch_llm_observation import ClassifyAndSwitchLLMObservation
from .classify_and_switch_llm_tool import ClassifyAndSwitchLLMTool
from .classify_and_switch_llm_tool_meta_type_0 import ClassifyAndSwitchLLMToolMetaType0
from .client_tool import ClientTool
from .client_tool_input_schema import ClientToolInputSchema
from .client_tool_meta_type_0 import ClientToolMetaType0
from .client_tool_observation import ClientToolObservation
from .client_tool_spec_input import ClientToolSpecInput
from .client_tool_spec_input_parameters import ClientToolSpecInputParameters
from .client_tool_spec_output import ClientToolSpecOutput
from .client_tool_spec_output_parameters import ClientToolSpecOutputParameters
from .cmd_output_metadata import CmdOutputMetadata
from .condensation import Condensation
from .condensation_request import CondensationRequest
from .condensation_request_source import CondensationRequestSource
from .condensation_source import CondensationSource
from .condensation_summary_event import CondensationSummaryEvent
from .condensation_summary_event_source import CondensationSummaryEventSource
from .confirm_risky_input import ConfirmRiskyInput
from .confirm_risky_output import ConfirmRiskyOutput
from .confirmation_response_request import ConfirmationResponseRequest
from .conversation_container_options import ConversationContainerOptions
from .conversation_error_event import ConversationErrorEvent
from .conversation_error_event_source import ConversationErrorEventSource
from .conversation_execution_status import ConversationExecutionStatus
from .conversation_info import ConversationInfo
from .conversation_info_agent_state import ConversationInfoAgentState
from .conversation_info_blocked_actions import ConversationInfoBlockedActions
from .conversation_info_blocked_messages import ConversationInfoBlockedMessages
from .conversation_info_tags import ConversationInfoTags
from .conversation_info_tool_module_qualnames import ConversationInfoToolModuleQualnames
from .conversation_page import ConversationPage
from .conversation_runtime_error import ConversationRuntimeError
from .conversation_runtime_info import ConversationRuntimeInfo
from .conversation_runtime_status import ConversationRuntimeStatus
from .conversation_sort_order import ConversationSortOrder
from .conversation_state_update_event import ConversationStateUpdateEvent
from .conversation_state_update_event_source import ConversationStateUpdateEventSource
from .conversation_stats import ConversationStats
from .conversation_worktree_options import ConversationWorktreeOptions
from .conversation_worktree_options_base import ConversationWorktreeOptionsBase
from .critic_result import CriticResult
from .critic_result_metadata_type_0 import CriticResultMetadataType0
from .delegate_action import DelegateAction
from .delegate_action_command import DelegateActionCommand
from .delegate_action_tasks_type_0 import DelegateActionTasksType0
from .delegate_observation import DelegateObservation
from .delegate_observation_command import DelegateObservationCommand
from .edit_action import EditAction
from .edit_observation import EditObservation
from .edit_tool import EditTool
from .edit_tool_meta_type_0 import EditToolMetaType0
from .empty_patch_critic_input import EmptyPatchCriticInput
from .empty_patch_critic_input_mode import EmptyPatchCriticInputMode
from .empty_patch_critic_output import EmptyPatchCriticOutput
from .empty_patch_critic_output_mode import EmptyPatchCriticOutputMode
from .ensemble_security_analyzer_input import EnsembleSecurityAnalyzerInput
from .ensemble_security_analyzer_output import EnsembleSecurityAnalyzerOutput
from .error_classification import ErrorClassification
from .error_classification_user_action import ErrorClassificationUserAction
from .event_page import EventPage
from .event_sort_order import EventSortOrder
from .execute_bash_request import ExecuteBashRequest
from .failure_kind import FailureKind
from .fallback_strategy import FallbackStrategy
from .file_editor_action import FileEditorAction
from .file_editor_action_command import FileEditorActionCommand
from .file_editor_observation import FileEditorObservation
from .file_editor_observation_command import FileEditorObservationCommand
from .file_editor_tool import FileEditorTool
from .file_editor_tool_meta_type_0 import FileEditorToolMetaType0
from .file_entry import FileEntry
from .file_upload_result import FileUploadResult
from .finish_action import FinishAction
from .finish_observation import FinishObservation
from .finish_tool import FinishTool
from .finish_tool_meta_type_0 import FinishToolMetaType0
from .fork_conversation_request import ForkConversationRequest
from .fork_conversation_request_tags_type_0 import ForkConversationRequestTagsType0
from .git_change import GitChange
from .git_change_status import GitChangeStatus
from .git_diff import GitDiff
from .glob_action import GlobAction
from .glob_observation import GlobObservation
from .glob_tool import GlobTool
from .glob_tool_meta_type_0 import GlobToolMetaType0
from .gray_swan_analyzer_input import GraySwanAnalyzerInput
from .gray_swan_analyzer_output import GraySwanAnalyzerOutput
from .grep_action import GrepAction
from .grep_observation import GrepObservation
from .grep_tool import GrepTool
from .grep_tool_meta_type_0 import GrepToolMetaType0
from .health_status import HealthStatus
from .hook_config import HookConfig
from .hook_definition import HookDefinition
from .hook_execution_event import HookExecutionEvent
from .hook_execution_event_hook_event_type import HookExecutionEventHookEventType
from .hook_execution_event_hook_input_type_0 import HookExecutionEventHookInputType0
from .hook_execution_event_source import HookExecutionEventSource
from .hook_matcher import HookMatcher
from .hook_type import HookType
from .http_validation_error import HTTPValidationError
from .icon import Icon
from .image_content import ImageContent
from .input_metadata import InputMetadata
from .interrupt_event import InterruptEvent
from .interrupt_event_source import InterruptEventSource
from .invoke_skill_action import InvokeSkillAction
from .invoke_skill_observation import InvokeSkillObservation
from .invoke_skill_tool import InvokeSkillTool
from .invoke_skill_tool_meta_type_0 import InvokeSkillToolMetaType0
from .iterative_refinement_config import IterativeRefinementConfig
from .keyword_trigger import KeywordTrigger
from .launched_agent_profile import LaunchedAgentProfile
from .list_directory_action import ListDirectoryAction
from .list_directory_observation import ListDirectoryObservation
from .list_directory_tool import ListDirectoryTool
from .list_directory_tool_meta_type_0 import ListDirectoryToolMetaType0
from .llm_completion_log_event import LLMCompletionLogEvent
from .llm_completion_log_event_source import LLMCompletionLogEventSource
from .llm_input import LLMInput
from .llm_input_api_mode import LLMInputApiMode
from .llm_input_auth_type import LLMInputAuthType
from .llm_input_capability_overrides import LLMInputCapabilityOverrides
from .llm_input_extra_headers_type_0 import LLMInputExtraHeadersType0
from .llm_input_litellm_extra_body import LLMInputLitellmExtraBody
from .llm_input_reasoning_effort_type_0 import LLMInputReasoningEffortType0
from .llm_input_reasoning_summary_type_0 import LLMInputReasoningSummaryType0
from .llm_output import LLMOutput
from .llm_output_api_mode import LLMOutputApiMode
from .llm_output_auth_type import LLMOutputAuthType
from .llm_output_capability_overrides import LLMOutputCapabilityOverrides
from .llm_output_extra_headers_type_0 import LLMOutputExtraHeadersType0
from .llm_output_litellm_extra_body import LLMOutputLitellmExtraBody
from .llm_output_reasoning_effort_type_0 import LLMOutputReasoningEffortType0
from .llm_output_reasoning_summary_type_0 import LLMOutputReasoningSummaryType0
from .llm_security_analyzer_input import LLMSecurityAnalyzerInput
from .llm_security_analyzer_output import LLMSecurityAnalyzerOutput
from .llm_summarizing_condenser_input import LLMSummarizingCondenserInput
from .llm_summarizing_condenser_output import LLMSummarizingCondenserOutput
from .local_workspace_input import LocalWorkspaceInput
from .local_workspace_output import LocalWorkspaceOutput
from .lookup_secret_input import LookupSecretInput
from .lookup_secret_input_headers import LookupSecretInputHeaders
from .lookup_secret_output import LookupSecretOutput
from .lookup_secret_output_headers import LookupSecretOutputHeaders
from .marketplace_registration import MarketplaceRegistration
from .mcp_api_key_auth_credential_input import MCPApiKeyAuthCredentialInput
from .mcp_api_key_auth_credential_output import MCPApiKeyAuthCredentialOutput
from .mcp_basic_auth_credential_input import MCPBasicAuthCredentialInput
from .mcp_basic_auth_credential_output import MCPBasicAuthCredentialOutput
from .mcp_bearer_auth_credential_input import MCPBearerAuthCredentialInput
from .mcp_bearer_auth_credential_output import MCPBearerAuthCredentialOutput
from .mcp_header_auth_credential_input import MCPHeaderAuthCredentialInput
from .mcp_header_auth_credential_input_headers import (
    MCPHeaderAuthCredentialInputHeaders,
)
from .mcp_header_auth_credential_output import MCPHeaderAuthCredentialOutput
from .mcp_header_auth_credential_output_headers import (
    MCPHeaderAuthCredentialOutputHeaders,
)
from .mcp_none_auth_credential import MCPNoneAuthCredential
from .mcp_server_input import MCPServerInput
from .mcp_server_input_env_type_0 import MCPServerInputEnvType0
from .mcp_server_input_headers_type_0 import MCPServerInputHeadersType0
from .mcp_server_input_transport_type_0 import MCPServerInputTransportType0
from .mcp_server_output import MCPServerOutput
from .mcp_server_output_env_type_0 import MCPServerOutputEnvType0
from .mcp_server_output_headers_type_0 import MCPServerOutputHeadersType0
from .mcp_server_output_transport_type_0 import MCPServerOutputTransportType0
from .mcp_tool_action import MCPToolAction
from .mcp_tool_action_data import MCPToolActionData
from .mcp_tool_definition import MCPToolDefinition
from .mcp_tool_definition_meta_type_0 import MCPToolDefinitionMetaType0
from .mcp_tool_observation import MCPToolObservation
from .mcp_types_tool import McpTypesTool
from .mcp_types_tool_annotations import McpTypesToolAnnotations
from .mcp_types_tool_inputschema import McpTypesToolInputschema
from .mcp_types_tool_meta_type_0 import McpTypesToolMetaType0
from .mcp_types_tool_output_schema_type_0 import McpTypesToolOutputSchemaType0
from .mcpo_auth_auth_credential_input import MCPOAuthAuthCredentialInput
from .mcpo_auth_auth_credential_output import MCPOAuthAuthCredentialOutput
from .mcpo_auth_authentication_input import MCPOAuthAuthenticationInput
from .mcpo_auth_authentication_input_additional_client_metadata_type_0 import (
    MCPOAuthAuthenticationInputAdditionalClientMetadataType0,
)
from .mcpo_auth_authentication_input_client_auth_method_type_0 import (
    MCPOAuthAuthenticationInputClientAuthMethodType0,
)
from .mcpo_auth_authentication_output import MCPOAuthAuthenticationOutput
from .mcpo_auth_authentication_output_additional_client_metadata_type_0 import (
    MCPOAuthAuthenticationOutputAdditionalClientMetadataType0,
)
from .mcpo_auth_authentication_output_client_auth_method_type_0 import (
    MCPOAuthAuthenticationOutputClientAuthMethodType0,
)
from .mcpo_auth_client_info_state_input import MCPOAuthClientInfoStateInput
from .mcpo_auth_client_info_state_output import MCPOAuthClientInfoStateOutput
from .mcpo_auth_state_input import MCPOAuthStateInput
from .mcpo_auth_state_output import MCPOAuthStateOutput
from .mcpo_auth_token_state_input import MCPOAuthTokenStateInput
from .mcpo_auth_token_state_output import MCPOAuthTokenStateOutput
from .message import Message
from .message_event import MessageEvent
from .message_event_source import MessageEventSource
from .message_role import MessageRole
from .message_tool_call import MessageToolCall
from .message_tool_call_origin import MessageToolCallOrigin
from .metrics_snapshot import MetricsSnapshot
from .never_confirm_input import NeverConfirmInput
from .never_confirm_output import NeverConfirmOutput
from .no_op_condenser_input import NoOpCondenserInput
from .no_op_condenser_output import NoOpCondenserOutput
from .observation_event import ObservationEvent
from .observation_event_source import ObservationEventSource
from .openhands_sdk_tool_spec_tool import OpenhandsSdkToolSpecTool
from .openhands_sdk_tool_spec_tool_params import OpenhandsSdkToolSpecToolParams
from .openhands_sdk_tool_tool_tool_annotations import (
    OpenhandsSdkToolToolToolAnnotations,
)
from .pass_critic_input import PassCriticInput
from .pass_critic_input_mode import PassCriticInputMode
from .pass_critic_output import PassCriticOutput
from .pass_critic_output_mode import PassCriticOutputMode
from .path_trigger import PathTrigger
from .pattern_security_analyzer_input import PatternSecurityAnalyzerInput
from .pattern_security_analyzer_output import PatternSecurityAnalyzerOutput
from .pause_event import PauseEvent
from .pause_event_source import PauseEventSource
from .pipeline_condenser_input import PipelineCondenserInput
from .pipeline_condenser_output import PipelineCondenserOutput
from .planning_file_editor_action import PlanningFileEditorAction
from .planning_file_editor_action_command import PlanningFileEditorActionCommand
from .planning_file_editor_observation import PlanningFileEditorObservation
from .planning_file_editor_observation_command import (
    PlanningFileEditorObservationCommand,
)
from .planning_file_editor_tool import PlanningFileEditorTool
from .planning_file_editor_tool_meta_type_0 import PlanningFileEditorToolMetaType0
from .plugin_source import PluginSource
from .policy_rail_security_analyzer_input import PolicyRailSecurityAnalyzerInput
from .policy_rail_security_analyzer_output import PolicyRailSecurityAnalyzerOutput
from .read_file_action import ReadFileAction
from .read_file_observation import ReadFileObservation
from .read_file_tool import ReadFileTool
from .read_file_tool_meta_type_0 import ReadFileToolMetaType0
from .ready_response_ready_ready_get import ReadyResponseReadyReadyGet
from .reasoning_item_model import ReasoningItemModel
from .redacted_thinking_block import RedactedThinkingBlock
from .remote_workspace import RemoteWorkspace
from .search_bash_events_kind_eq_type_0 import SearchBashEventsKindEqType0
from .secret_registry import SecretRegistry
from .secret_registry_secret_sources import SecretRegistrySecretSources
from .security_analysis_event import SecurityAnalysisEvent
from .security_analysis_event_details import SecurityAnalysisEventDetails
from .security_analysis_event_details_additional_property import (
    SecurityAnalysisEventDetailsAdditionalProperty,
)
from .security_analysis_event_risks import SecurityAnalysisEventRisks
from .security_analysis_event_source import SecurityAnalysisEventSource
from .security_risk import SecurityRisk
from .send_message_request import SendMessageRequest
from .send_message_request_role import SendMessageRequestRole
from .server_error_event import ServerErrorEvent
from .server_error_event_source import ServerErrorEventSource
from .server_info import ServerInfo
from .server_info_available_conversation_runtimes_item import (
    ServerInfoAvailableConversationRuntimesItem,
)
from .server_info_conversation_runtime import ServerInfoConversationRuntime
from .set_confirmation_policy_request import SetConfirmationPolicyRequest
from .set_security_analyzer_request import SetSecurityAnalyzerRequest
from .skill_input import SkillInput
from .skill_input_mcp_tools_type_0 import SkillInputMcpToolsType0
from .skill_input_metadata_type_0 import SkillInputMetadataType0
from .skill_output import SkillOutput
from .skill_output_mcp_tools_type_0 import SkillOutputMcpToolsType0
from .skill_output_mcp_tools_type_0_additional_property import (
    SkillOutputMcpToolsType0AdditionalProperty,
)
from .skill_output_metadata_type_0 import SkillOutputMetadataType0
from .skill_resources import SkillResources
from .start_child_conversation_action import StartChildConversationAction
from .start_child_conversation_action_isolation import (
    StartChildConversationActionIsolation,
)
from .start_child_conversation_observation import StartChildConversationObservation
from .start_child_conversation_observation_isolation_type_0 import (
    StartChildConversationObservationIsolationType0,
)
from .start_child_conversation_tool import StartChildConversationTool
from .start_child_conversation_tool_meta_type_0 import (
    StartChildConversationToolMetaType0,
)
from .start_conversation_request import StartConversationRequest
from .start_conversation_request_agent_settings_type_0 import (
    StartConversationRequestAgentSettingsType0,
)
from .start_conversation_request_conversation_runtime_type_0 import (
    StartConversationRequestConversationRuntimeType0,
)
from .start_conversation_request_observability_metadata import (
    StartConversationRequestObservabilityMetadata,
)
from .start_conversation_request_secrets import StartConversationRequestSecrets
from .start_conversation_request_tags import StartConversationRequestTags
from .start_conversation_request_tool_module_qualnames import (
    StartConversationRequestToolModuleQualnames,
)
from .static_secret_input import StaticSecretInput
from .static_secret_output import StaticSecretOutput
from .streaming_delta_event import StreamingDeltaEvent
from .streaming_delta_event_source import StreamingDeltaEventSource
from .success import Success
from .switch_llm_action import SwitchLLMAction
from .switch_llm_observation import SwitchLLMObservation
from .switch_llm_tool import SwitchLLMTool
from .switch_llm_tool_meta_type_0 import SwitchLLMToolMetaType0
from .system_prompt_event import SystemPromptEvent
from .system_prompt_event_source import SystemPromptEventSource
from .task_action import TaskAction
from .task_item import TaskItem
from .task_item_status import TaskItemStatus
from .task_observation import TaskObservation
from .task_tool import TaskTool
from .task_tool_meta_type_0 import TaskToolMetaType0
from .task_tool_set import TaskToolSet
from .task_tool_set_meta_type_0 import TaskToolSetMetaType0
from .task_tracker_action import TaskTrackerAction
from .task_tracker_action_command import TaskTrackerActionCommand
from .task_tracker_observation import TaskTrackerObservation
from .task_tracker_observation_command import TaskTrackerObservationCommand
from .task_tracker_tool import TaskTrackerTool
from .task_tracker_tool_meta_type_0 import TaskTrackerToolMetaType0
from .task_trigger import TaskTrigger
from .terminal_action import TerminalAction
from .terminal_observation import TerminalObservation
from .terminal_tool import TerminalTool
from .terminal_tool_meta_type_0 import TerminalToolMetaType0
from .text_content import TextContent
from .think_action import ThinkAction
from .think_observation import ThinkObservation
from .think_tool import ThinkTool
from .think_tool_meta_type_0 import ThinkToolMetaType0
from .thinking_block import ThinkingBlock
from .token_event import TokenEvent
from .token_event_source import TokenEventSource
from .token_usage import TokenUsage
from .tool_annotations_input import ToolAnnotationsInput
from .tool_execution import ToolExecution
from .tool_execution_task_support_type_0 import ToolExecutionTaskSupportType0
from .tool_input import ToolInput
from .tool_input_params import ToolInputParams
from .tool_shield_llm_security_analyzer_input import ToolShieldLLMSecurityAnalyzerInput
from .tool_shield_llm_security_analyzer_output import (
    ToolShieldLLMSecurityAnalyzerOutput,
)
from .update_conversation_request import UpdateConversationRequest
from .update_conversation_request_tags_type_0 import UpdateConversationRequestTagsType0
from .update_secrets_request import UpdateSecretsRequest
from .update_secrets_request_secrets import UpdateSecretsRequestSecrets
from .user_reject_observation import UserRejectObservation
from .user_reject_observation_rejection_source import (
    UserRejectObservationRejectionSource,
)
from .user_reject_observation_source import UserRejectObservationSource
from .validation_error import ValidationError
from .validation_error_context import ValidationErrorContext
from .vision_inspect_action import VisionInspectAction
from .vision_inspect_observation import VisionInspectObservation
from .vision_inspect_tool import VisionInspectTool
from .vision_inspect_tool_meta_type_0 import VisionInspectToolMetaType0
from .workflow_action import WorkflowAction
from .workflow_observation import WorkflowObservation
from .workflow_observation_status import WorkflowObservationStatus
from .workflow_tool import WorkflowTool
from .workflow_tool_meta_type_0 import WorkflowToolMetaType0
from .workflow_tool_set import WorkflowToolSet
from .workflow_tool_set_meta_type_0 import WorkflowToolSetMetaType0
from .write_file_action import WriteFileAction
from .write_file_observation import WriteFileObservation
from .write_file_tool import WriteFileTool
from .write_file_tool_meta_type_0 import WriteFileToolMetaType0

__all__ = (
    "ACPAgentInput",
    "ACPAgentInputMcpConfig",
    "ACPAgentInputSystemPromptKwargs",
    "ACPAgentOutput",
    "ACPAgentOutputMcpConfig",
    "ACPAgentOutputSystemPromptKwargs",
    "ACPFileSecretSpec",
    "ACPFileSecretSpecEnvPointsTo",
    "ACPModelInfo",
    "ACPToolCallEvent",
    "ACPToolCallEventSource",
    "ActionEvent",
    "ActionEventSource",
    "AgentContextInput",
    "AgentContextInputSecretsType0",
    "AgentContextOutput",
    "AgentContextOutputSecretsType0",
    "AgentDefinition",
    "AgentDefinitionLevelType0",
    "AgentDefinitionMcpConfigType0",
    "AgentDefinitionMetadata",
    "AgentErrorEvent",
    "AgentErrorEventSource",
    "AgentFinishedCriticInput",
    "AgentFinishedCriticInputMode",
    "AgentFinishedCriticOutput",
    "AgentFinishedCriticOutputMode",
    "AgentInput",
    "AgentInputMcpConfig",
    "AgentInputSystemPromptKwargs",
    "AgentLaunchAdditions",
    "AgentOutput",
    "AgentOutputMcpConfig",
    "AgentOutputSystemPromptKwargs",
    "AgentResponseResult",
    "AlwaysConfirmInput",
    "AlwaysConfirmOutput",
    "APIBasedCriticInput",
    "APIBasedCriticInputMode",
    "APIBasedCriticInputSentimentMap",
    "APIBasedCriticOutput",
    "APIBasedCriticOutputMode",
    "APIBasedCriticOutputSentimentMap",
    "AskAgentRequest",
    "AskAgentResponse",
    "AskOracleAction",
    "AskOracleObservation",
    "AskOracleTool",
    "AskOracleToolMetaType0",
    "BashCommand",
    "BashError",
    "BashEventPage",
    "BashEventSortOrder",
    "BashOutput",
    "BodyUploadFileQueryApiFileUploadPost",
    "BrowserAction",
    "BrowserClickAction",
    "BrowserClickTool",
    "BrowserClickToolMetaType0",
    "BrowserCloseTabAction",
    "BrowserCloseTabTool",
    "BrowserCloseTabToolMetaType0",
    "BrowserGetContentAction",
    "BrowserGetContentTool",
    "BrowserGetContentToolMetaType0",
    "BrowserGetStateAction",
    "BrowserGetStateTool",
    "BrowserGetStateToolMetaType0",
    "BrowserGetStorageAction",
    "BrowserGetStorageTool",
    "BrowserGetStorageToolMetaType0",
    "BrowserGoBackAction",
    "BrowserGoBackTool",
    "BrowserGoBackToolMetaType0",
    "BrowserListTabsAction",
    "BrowserListTabsTool",
    "BrowserListTabsToolMetaType0",
    "BrowserNavigateAction",
    "BrowserNavigateTool",
    "BrowserNavigateToolMetaType0",
    "BrowserObservation",
    "BrowserScrollAction",
    "BrowserScrollActionDirection",
    "BrowserScrollTool",
    "BrowserScrollToolMetaType0",
    "BrowserSetStorageAction",
    "BrowserSetStorageActionStorageState",
    "BrowserSetStorageTool",
    "BrowserSetStorageToolMetaType0",
    "BrowserStartRecordingAction",
    "BrowserStartRecordingTool",
    "BrowserStartRecordingToolMetaType0",
    "BrowserStopRecordingAction",
    "BrowserStopRecordingTool",
    "BrowserStopRecordingToolMetaType0",
    "BrowserSwitchTabAction",
    "BrowserSwitchTabTool",
    "BrowserSwitchTabToolMetaType0",
    "BrowserToolSet",
    "BrowserToolSetMetaType0",
    "BrowserTypeAction",
    "BrowserTypeTool",
    "BrowserTypeToolMetaType0",
    "ClassifyAndSwitchLLMAction",
    "ClassifyAndSwitchLLMObservation",
    "ClassifyAndSwitchLLMTool",
    "ClassifyAndSwitchLLMToolMetaType0",
    "ClientTool",
    "ClientToolInputSchema",
    "ClientToolMetaType0",
    "ClientToolObservation",
    "ClientToolSpecInput",
    "ClientToolSpecInputParameters",
    "ClientToolSpecOutput",
    "ClientToolSpecOutputParameters",
    "CmdOutputMetadata",
    "Condensation",
    "CondensationRequest",
    "CondensationRequestSource",
    "CondensationSource",
    "CondensationSummaryEvent",
    "CondensationSummaryEventSource",
    "ConfirmationResponseRequest",
    "ConfirmRiskyInput",
    "ConfirmRiskyOutput",
    "ConversationContainerOptions",
    "ConversationErrorEvent",
    "ConversationErrorEventSource",
    "ConversationExecutionStatus",
    "ConversationInfo",
    "ConversationInfoAgentState",
    "ConversationInfoBlockedActions",
    "ConversationInfoBlockedMessages",
    "ConversationInfoTags",
    "ConversationInfoToolModuleQualnames",
    "ConversationPage",
    "ConversationRuntimeError",
    "ConversationRuntimeInfo",
    "ConversationRuntimeStatus",
    "ConversationSortOrder",
    "ConversationStateUpdateEvent",
    "ConversationStateUpdateEventSource",
    "ConversationStats",
    "ConversationWorktreeOptions",
    "ConversationWorktreeOptionsBase",
    "CriticResult",
    "CriticResultMetadataType0",
    "DelegateAction",
    "DelegateActionCommand",
    "DelegateActionTasksType0",
    "DelegateObservation",
    "DelegateObservationCommand",
    "EditAction",
    "EditObservation",
    "EditTool",
    "EditToolMetaType0",
    "EmptyPatchCriticInput",
    "EmptyPatchCriticInputMode",
    "EmptyPatchCriticOutput",
    "EmptyPatchCriticOutputMode",
    "EnsembleSecurityAnalyzerInput",
    "EnsembleSecurityAnalyzerOutput",
    "ErrorClassification",
    "ErrorClassificationUserAction",
    "EventPage",
    "EventSortOrder",
    "ExecuteBashRequest",
    "FailureKind",
    "FallbackStrategy",
    "FileEditorAction",
    "FileEditorActionCommand",
    "FileEditorObservation",
    "FileEditorObservationCommand",
    "FileEditorTool",
    "FileEditorToolMetaType0",
    "FileEntry",
    "FileUploadResult",
    "FinishAction",
    "FinishObservation",
    "FinishTool",
    "FinishToolMetaType0",
    "ForkConversationRequest",
    "ForkConversationRequestTagsType0",
    "GitChange",
    "GitChangeStatus",
    "GitDiff",
    "GlobAction",
    "GlobObservation",
    "GlobTool",
    "GlobToolMetaType0",
    "GraySwanAnalyzerInput",
    "GraySwanAnalyzerOutput",
    "GrepAction",
    "GrepObservation",
    "GrepTool",
    "GrepToolMetaType0",
    "HealthStatus",
    "HookConfig",
    "HookDefinition",
    "HookExecutionEvent",
    "HookExecutionEventHookEventType",
    "HookExecutionEventHookInputType0",
    "HookExecutionEventSource",
    "HookMatcher",
    "HookType",
    "HTTPValidationError",
    "Icon",
    "ImageContent",
    "InputMetadata",
    "InterruptEvent",
    "InterruptEventSource",
    "InvokeSkillAction",
    "InvokeSkillObservation",
    "InvokeSkillTool",
    "InvokeSkillToolMetaType0",
    "IterativeRefinementConfig",
    "KeywordTrigger",
    "LaunchedAgentProfile",
    "ListDirectoryAction",
    "ListDirectoryObservation",
    "ListDirectoryTool",
    "ListDirectoryToolMetaType0",
    "LLMCompletionLogEvent",
    "LLMCompletionLogEventSource",
    "LLMInput",
    "LLMInputApiMode",
    "LLMInputAuthType",
    "LLMInputCapabilityOverrides",
    "LLMInputExtraHeadersType0",
    "LLMInputLitellmExtraBody",
    "LLMInputReasoningEffortType0",
    "LLMInputReasoningSummaryType0",
    "LLMOutput",
    "LLMOutputApiMode",
    "LLMOutputAuthType",
    "LLMOutputCapabilityOverrides",
    "LLMOutputExtraHeadersType0",
    "LLMOutputLitellmExtraBody",
    "LLMOutputReasoningEffortType0",
    "LLMOutputReasoningSummaryType0",
    "LLMSecurityAnalyzerInput",
    "LLMSecurityAnalyzerOutput",
    "LLMSummarizingCondenserInput",
    "LLMSummarizingCondenserOutput",
    "LocalWorkspaceInput",
    "LocalWorkspaceOutput",
    "LookupSecretInput",
    "LookupSecretInputHeaders",
    "LookupSecretOutput",
    "LookupSecretOutputHeaders",
    "MarketplaceRegistration",
    "MCPApiKeyAuthCredentialInput",
    "MCPApiKeyAuthCredentialOutput",
    "MCPBasicAuthCredentialInput",
    "MCPBasicAuthCredentialOutput",
    "MCPBearerAuthCredentialInput",
    "MCPBearerAuthCredentialOutput",
    "MCPHeaderAuthCredentialInput",
    "MCPHeaderAuthCredentialInputHeaders",
    "MCPHeaderAuthCredentialOutput",
    "MCPHeaderAuthCredentialOutputHeaders",
    "MCPNoneAuthCredential",
    "MCPOAuthAuthCredentialInput",
    "MCPOAuthAuthCredentialOutput",
    "MCPOAuthAuthenticationInput",
    "MCPOAuthAuthenticationInputAdditionalClientMetadataType0",
    "MCPOAuthAuthenticationInputClientAuthMethodType0",
    "MCPOAuthAuthenticationOutput",
    "MCPOAuthAuthenticationOutputAdditionalClientMetadataType0",
    "MCPOAuthAuthenticationOutputClientAuthMethodType0",
    "MCPOAuthClientInfoStateInput",
    "MCPOAuthClientInfoStateOutput",
    "MCPOAuthStateInput",
    "MCPOAuthStateOutput",
    "MCPOAuthTokenStateInput",
    "MCPOAuthTokenStateOutput",
    "MCPServerInput",
    "MCPServerInputEnvType0",
    "MCPServerInputHeadersType0",
    "MCPServerInputTransportType0",
    "MCPServerOutput",
    "MCPServerOutputEnvType0",
    "MCPServerOutputHeadersType0",
    "MCPServerOutputTransportType0",
    "MCPToolAction",
    "MCPToolActionData",
    "MCPToolDefinition",
    "MCPToolDefinitionMetaType0",
    "MCPToolObservation",
    "McpTypesTool",
    "McpTypesToolAnnotations",
    "McpTypesToolInputschema",
    "McpTypesToolMetaType0",
    "McpTypesToolOutputSchemaType0",
    "Message",
    "MessageEvent",
    "MessageEventSource",
    "MessageRole",
    "MessageToolCall",
    "MessageToolCallOrigin",
    "MetricsSnapshot",
    "NeverConfirmInput",
    "NeverConfirmOutput",
    "NoOpCondenserInput",
    "NoOpCondenserOutput",
    "ObservationEvent",
    "ObservationEventSource",
    "OpenhandsSdkToolSpecTool",
    "OpenhandsSdkToolSpecToolParams",
    "OpenhandsSdkToolToolToolAnnotations",
    "PassCriticInput",
    "PassCriticInputMode",
    "PassCriticOutput",
    "PassCriticOutputMode",
    "PathTrigger",
    "PatternSecurityAnalyzerInput",
    "PatternSecurityAnalyzerOutput",
    "PauseEvent",
    "PauseEventSource",
    "PipelineCondenserInput",
    "PipelineCondenserOutput",
    "PlanningFileEditorAction",
    "PlanningFileEditorActionCommand",
    "PlanningFileEditorObservation",
    "PlanningFileEditorObservationCommand",
    "PlanningFileEditorTool",
    "PlanningFileEditorToolMetaType0",
    "PluginSource",
    "PolicyRailSecurityAnalyzerInput",
    "PolicyRailSecurityAnalyzerOutput",
    "ReadFileAction",
    "ReadFileObservation",
    "ReadFileTool",
    "ReadFileToolMetaType0",
    "ReadyResponseReadyReadyGet",
    "ReasoningItemModel",
    "RedactedThinkingBlock",
    "RemoteWorkspace",
    "SearchBashEventsKindEqType0",
    "SecretRegistry",
    "SecretRegistrySecretSources",
    "SecurityAnalysisEvent",
    "SecurityAnalysisEventDetails",
    "SecurityAnalysisEventDetailsAdditionalProperty",
    "SecurityAnalysisEventRisks",
    "SecurityAnalysisEventSource",
    "SecurityRisk",
    "SendMessageRequest",
    "SendMessageRequestRole",
    "ServerErrorEvent",
    "ServerErrorEventSource",
    "ServerInfo",
    "ServerInfoAvailableConversationRuntimesItem",
    "ServerInfoConversationRuntime",
    "SetConfirmationPolicyRequest",
    "SetSecurityAnalyzerRequest",
    "SkillInput",
    "SkillInputMcpToolsType0",
    "SkillInputMetadataType0",
    "SkillOutput",
    "SkillOutputMcpToolsType0",
    "SkillOutputMcpToolsType0AdditionalProperty",
    "SkillOutputMetadataType0",
    "SkillResources",
    "StartChildConversationAction",
    "StartChildConversationActionIsolation",
    "StartChildConversationObservation",
    "StartChildConversationObservationIsolationType0",
    "StartChildConversationTool",
    "StartChildConversationToolMetaType0",
    "StartConversationRequest",
    "StartConversationRequestAgentSettingsType0",
    "StartConversationRequestConversationRuntimeType0",
    "StartConversationRequestObservabilityMetadata",
    "StartConversationRequestSecrets",
    "StartConversationRequestTags",
    "StartConversationRequestToolModuleQualnames",
    "StaticSecretInput",
    "StaticSecretOutput",
    "StreamingDeltaEvent",
    "StreamingDeltaEventSource",
    "Success",
    "SwitchLLMAction",
    "SwitchLLMObservation",
    "SwitchLLMTool",
    "SwitchLLMToolMetaType0",
    "SystemPromptEvent",
    "SystemPromptEventSource",
    "TaskAction",
    "TaskItem",
    "TaskItemStatus",
    "TaskObservation",
    "TaskTool",
    "TaskToolMetaType0",
    "TaskToolSet",
    "TaskToolSetMetaType0",
    "TaskTrackerAction",
    "TaskTrackerActionCommand",
    "TaskTrackerObservation",
    "TaskTrackerObservationCommand",
    "TaskTrackerTool",
    "TaskTrackerToolMetaType0",
    "TaskTrigger",
    "TerminalAction",
    "TerminalObservation",
    "TerminalTool",
    "TerminalToolMetaType0",
    "TextContent",
    "ThinkAction",
    "ThinkingBlock",
    "ThinkObservation",
    "ThinkTool",
    "ThinkToolMetaType0",
    "TokenEvent",
    "TokenEventSource",
    "TokenUsage",
    "ToolAnnotationsInput",
    "ToolExecution",
    "ToolExecutionTaskSupportType0",
    "ToolInput",
    "ToolInputParams",
    "ToolShieldLLMSecurityAnalyzerInput",
    "ToolShieldLLMSecurityAnalyzerOutput",
    "UpdateConversationRequest",
    "UpdateConversationRequestTagsType0",
    "UpdateSecretsRequest",
    "UpdateSecretsRequestSecrets",
    "UserRejectObservation",
    "UserRejectObservationRejectionSource",
    "UserRejectObservationSource",
    "ValidationError",
    "ValidationErrorContext",
    "VisionInspectAction",
    "VisionInspectObservation",
    "VisionInspectTool",
    "VisionInspectToolMetaType0",
    "WorkflowAction",
    "WorkflowObservation",
    "WorkflowObservationStatus",
    "WorkflowTool",
    "WorkflowToolMetaType0",
    "WorkflowToolSet",
    "WorkflowToolSetMetaType0",
    "WriteFileAction",
    "WriteFileObservation",
    "WriteFileTool",
    "WriteFileToolMetaType0",
)
