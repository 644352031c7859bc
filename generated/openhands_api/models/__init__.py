# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
"""Contains all the data models used in inputs/outputs (each imported on first use)."""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from .agent_profile_info import AgentProfileInfo
    from .agent_profile_list_response import AgentProfileListResponse
    from .agent_response_result import AgentResponseResult
    from .always_confirm_input import AlwaysConfirmInput
    from .always_confirm_output import AlwaysConfirmOutput
    from .api_based_critic_input import APIBasedCriticInput
    from .api_based_critic_input_mode import APIBasedCriticInputMode
    from .api_based_critic_input_sentiment_map import APIBasedCriticInputSentimentMap
    from .api_based_critic_output import APIBasedCriticOutput
    from .api_based_critic_output_mode import APIBasedCriticOutputMode
    from .api_based_critic_output_sentiment_map import APIBasedCriticOutputSentimentMap
    from .archive_directory_format import ArchiveDirectoryFormat
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
    from .browser_start_recording_tool_meta_type_0 import (
        BrowserStartRecordingToolMetaType0,
    )
    from .browser_stop_recording_action import BrowserStopRecordingAction
    from .browser_stop_recording_tool import BrowserStopRecordingTool
    from .browser_stop_recording_tool_meta_type_0 import (
        BrowserStopRecordingToolMetaType0,
    )
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
    from .classify_and_switch_llm_tool_meta_type_0 import (
        ClassifyAndSwitchLLMToolMetaType0,
    )
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
    from .conversation_info_tool_module_qualnames import (
        ConversationInfoToolModuleQualnames,
    )
    from .conversation_page import ConversationPage
    from .conversation_runtime_error import ConversationRuntimeError
    from .conversation_runtime_info import ConversationRuntimeInfo
    from .conversation_runtime_status import ConversationRuntimeStatus
    from .conversation_sort_order import ConversationSortOrder
    from .conversation_state_update_event import ConversationStateUpdateEvent
    from .conversation_state_update_event_source import (
        ConversationStateUpdateEventSource,
    )
    from .conversation_stats import ConversationStats
    from .conversation_stats_usage_to_metrics import ConversationStatsUsageToMetrics
    from .conversation_worktree_options import ConversationWorktreeOptions
    from .conversation_worktree_options_base import ConversationWorktreeOptionsBase
    from .cost import Cost
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
    from .git_commit import GitCommit
    from .git_commits_page import GitCommitsPage
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
    from .load_plugin_request import LoadPluginRequest
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
    from .mcp_config import MCPConfig
    from .mcp_config_patch import MCPConfigPatch
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
    from .mcp_server_patch import MCPServerPatch
    from .mcp_server_patch_env_type_0 import MCPServerPatchEnvType0
    from .mcp_server_patch_headers_type_0 import MCPServerPatchHeadersType0
    from .mcp_server_patch_transport_type_0 import MCPServerPatchTransportType0
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
    from .metrics import Metrics
    from .metrics_snapshot import MetricsSnapshot
    from .navigate_conversation_request import NavigateConversationRequest
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
    from .profile_info import ProfileInfo
    from .profile_list_response import ProfileListResponse
    from .read_file_action import ReadFileAction
    from .read_file_observation import ReadFileObservation
    from .read_file_tool import ReadFileTool
    from .read_file_tool_meta_type_0 import ReadFileToolMetaType0
    from .ready_response_503 import ReadyResponse503
    from .ready_response_ready_ready_get import ReadyResponseReadyReadyGet
    from .reasoning_item_model import ReasoningItemModel
    from .redacted_thinking_block import RedactedThinkingBlock
    from .remote_workspace import RemoteWorkspace
    from .response_latency import ResponseLatency
    from .runtime_archive_directory_format import RuntimeArchiveDirectoryFormat
    from .runtime_search_bash_events_kind_eq_type_0 import (
        RuntimeSearchBashEventsKindEqType0,
    )
    from .runtime_upload_file_body import RuntimeUploadFileBody
    from .search_bash_events_kind_eq_type_0 import SearchBashEventsKindEqType0
    from .secret_item_response import SecretItemResponse
    from .secret_registry import SecretRegistry
    from .secret_registry_secret_sources import SecretRegistrySecretSources
    from .secrets_list_response import SecretsListResponse
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
    from .settings_response import SettingsResponse
    from .settings_response_agent_settings_contract import (
        SettingsResponseAgentSettingsContract,
    )
    from .settings_response_agent_settings_contract_agent_kind_type_0 import (
        SettingsResponseAgentSettingsContractAgentKindType0,
    )
    from .settings_response_conversation_settings import (
        SettingsResponseConversationSettings,
    )
    from .settings_response_misc_settings import SettingsResponseMiscSettings
    from .settings_update_request import SettingsUpdateRequest
    from .settings_update_request_agent_settings_patch_contract import (
        SettingsUpdateRequestAgentSettingsPatchContract,
    )
    from .settings_update_request_conversation_settings_diff_type_0 import (
        SettingsUpdateRequestConversationSettingsDiffType0,
    )
    from .settings_update_request_misc_settings_diff_type_0 import (
        SettingsUpdateRequestMiscSettingsDiffType0,
    )
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
    from .start_child_conversation_request import StartChildConversationRequest
    from .start_child_conversation_request_isolation import (
        StartChildConversationRequestIsolation,
    )
    from .start_child_conversation_response import StartChildConversationResponse
    from .start_child_conversation_response_isolation_type_0 import (
        StartChildConversationResponseIsolationType0,
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
    from .start_goal_request import StartGoalRequest
    from .static_secret_input import StaticSecretInput
    from .static_secret_output import StaticSecretOutput
    from .streaming_delta_event import StreamingDeltaEvent
    from .streaming_delta_event_source import StreamingDeltaEventSource
    from .success import Success
    from .switch_acp_model_request import SwitchACPModelRequest
    from .switch_llm_action import SwitchLLMAction
    from .switch_llm_observation import SwitchLLMObservation
    from .switch_llm_request import SwitchLLMRequest
    from .switch_llm_tool import SwitchLLMTool
    from .switch_llm_tool_meta_type_0 import SwitchLLMToolMetaType0
    from .switch_profile_request import SwitchProfileRequest
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
    from .tool_shield_llm_security_analyzer_input import (
        ToolShieldLLMSecurityAnalyzerInput,
    )
    from .tool_shield_llm_security_analyzer_output import (
        ToolShieldLLMSecurityAnalyzerOutput,
    )
    from .unknown_action import UnknownAction
    from .unknown_observation import UnknownObservation
    from .update_conversation_request import UpdateConversationRequest
    from .update_conversation_request_tags_type_0 import (
        UpdateConversationRequestTagsType0,
    )
    from .update_secrets_request import UpdateSecretsRequest
    from .update_secrets_request_secrets import UpdateSecretsRequestSecrets
    from .upload_file_body import UploadFileBody
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

_MODULES = {
    "ACPAgentInput": ".acp_agent_input",
    "ACPAgentInputMcpConfig": ".acp_agent_input_mcp_config",
    "ACPAgentInputSystemPromptKwargs": ".acp_agent_input_system_prompt_kwargs",
    "ACPAgentOutput": ".acp_agent_output",
    "ACPAgentOutputMcpConfig": ".acp_agent_output_mcp_config",
    "ACPAgentOutputSystemPromptKwargs": ".acp_agent_output_system_prompt_kwargs",
    "ACPFileSecretSpec": ".acp_file_secret_spec",
    "ACPFileSecretSpecEnvPointsTo": ".acp_file_secret_spec_env_points_to",
    "ACPModelInfo": ".acp_model_info",
    "ACPToolCallEvent": ".acp_tool_call_event",
    "ACPToolCallEventSource": ".acp_tool_call_event_source",
    "ActionEvent": ".action_event",
    "ActionEventSource": ".action_event_source",
    "AgentContextInput": ".agent_context_input",
    "AgentContextInputSecretsType0": ".agent_context_input_secrets_type_0",
    "AgentContextOutput": ".agent_context_output",
    "AgentContextOutputSecretsType0": ".agent_context_output_secrets_type_0",
    "AgentDefinition": ".agent_definition",
    "AgentDefinitionLevelType0": ".agent_definition_level_type_0",
    "AgentDefinitionMcpConfigType0": ".agent_definition_mcp_config_type_0",
    "AgentDefinitionMetadata": ".agent_definition_metadata",
    "AgentErrorEvent": ".agent_error_event",
    "AgentErrorEventSource": ".agent_error_event_source",
    "AgentFinishedCriticInput": ".agent_finished_critic_input",
    "AgentFinishedCriticInputMode": ".agent_finished_critic_input_mode",
    "AgentFinishedCriticOutput": ".agent_finished_critic_output",
    "AgentFinishedCriticOutputMode": ".agent_finished_critic_output_mode",
    "AgentInput": ".agent_input",
    "AgentInputMcpConfig": ".agent_input_mcp_config",
    "AgentInputSystemPromptKwargs": ".agent_input_system_prompt_kwargs",
    "AgentLaunchAdditions": ".agent_launch_additions",
    "AgentOutput": ".agent_output",
    "AgentOutputMcpConfig": ".agent_output_mcp_config",
    "AgentOutputSystemPromptKwargs": ".agent_output_system_prompt_kwargs",
    "AgentProfileInfo": ".agent_profile_info",
    "AgentProfileListResponse": ".agent_profile_list_response",
    "AgentResponseResult": ".agent_response_result",
    "AlwaysConfirmInput": ".always_confirm_input",
    "AlwaysConfirmOutput": ".always_confirm_output",
    "APIBasedCriticInput": ".api_based_critic_input",
    "APIBasedCriticInputMode": ".api_based_critic_input_mode",
    "APIBasedCriticInputSentimentMap": ".api_based_critic_input_sentiment_map",
    "APIBasedCriticOutput": ".api_based_critic_output",
    "APIBasedCriticOutputMode": ".api_based_critic_output_mode",
    "APIBasedCriticOutputSentimentMap": ".api_based_critic_output_sentiment_map",
    "ArchiveDirectoryFormat": ".archive_directory_format",
    "AskAgentRequest": ".ask_agent_request",
    "AskAgentResponse": ".ask_agent_response",
    "AskOracleAction": ".ask_oracle_action",
    "AskOracleObservation": ".ask_oracle_observation",
    "AskOracleTool": ".ask_oracle_tool",
    "AskOracleToolMetaType0": ".ask_oracle_tool_meta_type_0",
    "BashCommand": ".bash_command",
    "BashError": ".bash_error",
    "BashEventPage": ".bash_event_page",
    "BashEventSortOrder": ".bash_event_sort_order",
    "BashOutput": ".bash_output",
    "BrowserAction": ".browser_action",
    "BrowserClickAction": ".browser_click_action",
    "BrowserClickTool": ".browser_click_tool",
    "BrowserClickToolMetaType0": ".browser_click_tool_meta_type_0",
    "BrowserCloseTabAction": ".browser_close_tab_action",
    "BrowserCloseTabTool": ".browser_close_tab_tool",
    "BrowserCloseTabToolMetaType0": ".browser_close_tab_tool_meta_type_0",
    "BrowserGetContentAction": ".browser_get_content_action",
    "BrowserGetContentTool": ".browser_get_content_tool",
    "BrowserGetContentToolMetaType0": ".browser_get_content_tool_meta_type_0",
    "BrowserGetStateAction": ".browser_get_state_action",
    "BrowserGetStateTool": ".browser_get_state_tool",
    "BrowserGetStateToolMetaType0": ".browser_get_state_tool_meta_type_0",
    "BrowserGetStorageAction": ".browser_get_storage_action",
    "BrowserGetStorageTool": ".browser_get_storage_tool",
    "BrowserGetStorageToolMetaType0": ".browser_get_storage_tool_meta_type_0",
    "BrowserGoBackAction": ".browser_go_back_action",
    "BrowserGoBackTool": ".browser_go_back_tool",
    "BrowserGoBackToolMetaType0": ".browser_go_back_tool_meta_type_0",
    "BrowserListTabsAction": ".browser_list_tabs_action",
    "BrowserListTabsTool": ".browser_list_tabs_tool",
    "BrowserListTabsToolMetaType0": ".browser_list_tabs_tool_meta_type_0",
    "BrowserNavigateAction": ".browser_navigate_action",
    "BrowserNavigateTool": ".browser_navigate_tool",
    "BrowserNavigateToolMetaType0": ".browser_navigate_tool_meta_type_0",
    "BrowserObservation": ".browser_observation",
    "BrowserScrollAction": ".browser_scroll_action",
    "BrowserScrollActionDirection": ".browser_scroll_action_direction",
    "BrowserScrollTool": ".browser_scroll_tool",
    "BrowserScrollToolMetaType0": ".browser_scroll_tool_meta_type_0",
    "BrowserSetStorageAction": ".browser_set_storage_action",
    "BrowserSetStorageActionStorageState": ".browser_set_storage_action_storage_state",
    "BrowserSetStorageTool": ".browser_set_storage_tool",
    "BrowserSetStorageToolMetaType0": ".browser_set_storage_tool_meta_type_0",
    "BrowserStartRecordingAction": ".browser_start_recording_action",
    "BrowserStartRecordingTool": ".browser_start_recording_tool",
    "BrowserStartRecordingToolMetaType0": ".browser_start_recording_tool_meta_type_0",
    "BrowserStopRecordingAction": ".browser_stop_recording_action",
    "BrowserStopRecordingTool": ".browser_stop_recording_tool",
    "BrowserStopRecordingToolMetaType0": ".browser_stop_recording_tool_meta_type_0",
    "BrowserSwitchTabAction": ".browser_switch_tab_action",
    "BrowserSwitchTabTool": ".browser_switch_tab_tool",
    "BrowserSwitchTabToolMetaType0": ".browser_switch_tab_tool_meta_type_0",
    "BrowserToolSet": ".browser_tool_set",
    "BrowserToolSetMetaType0": ".browser_tool_set_meta_type_0",
    "BrowserTypeAction": ".browser_type_action",
    "BrowserTypeTool": ".browser_type_tool",
    "BrowserTypeToolMetaType0": ".browser_type_tool_meta_type_0",
    "ClassifyAndSwitchLLMAction": ".classify_and_switch_llm_action",
    "ClassifyAndSwitchLLMObservation": ".classify_and_switch_llm_observation",
    "ClassifyAndSwitchLLMTool": ".classify_and_switch_llm_tool",
    "ClassifyAndSwitchLLMToolMetaType0": ".classify_and_switch_llm_tool_meta_type_0",
    "ClientTool": ".client_tool",
    "ClientToolInputSchema": ".client_tool_input_schema",
    "ClientToolMetaType0": ".client_tool_meta_type_0",
    "ClientToolObservation": ".client_tool_observation",
    "ClientToolSpecInput": ".client_tool_spec_input",
    "ClientToolSpecInputParameters": ".client_tool_spec_input_parameters",
    "ClientToolSpecOutput": ".client_tool_spec_output",
    "ClientToolSpecOutputParameters": ".client_tool_spec_output_parameters",
    "CmdOutputMetadata": ".cmd_output_metadata",
    "Condensation": ".condensation",
    "CondensationRequest": ".condensation_request",
    "CondensationRequestSource": ".condensation_request_source",
    "CondensationSource": ".condensation_source",
    "CondensationSummaryEvent": ".condensation_summary_event",
    "CondensationSummaryEventSource": ".condensation_summary_event_source",
    "ConfirmRiskyInput": ".confirm_risky_input",
    "ConfirmRiskyOutput": ".confirm_risky_output",
    "ConfirmationResponseRequest": ".confirmation_response_request",
    "ConversationContainerOptions": ".conversation_container_options",
    "ConversationErrorEvent": ".conversation_error_event",
    "ConversationErrorEventSource": ".conversation_error_event_source",
    "ConversationExecutionStatus": ".conversation_execution_status",
    "ConversationInfo": ".conversation_info",
    "ConversationInfoAgentState": ".conversation_info_agent_state",
    "ConversationInfoBlockedActions": ".conversation_info_blocked_actions",
    "ConversationInfoBlockedMessages": ".conversation_info_blocked_messages",
    "ConversationInfoTags": ".conversation_info_tags",
    "ConversationInfoToolModuleQualnames": ".conversation_info_tool_module_qualnames",
    "ConversationPage": ".conversation_page",
    "ConversationRuntimeError": ".conversation_runtime_error",
    "ConversationRuntimeInfo": ".conversation_runtime_info",
    "ConversationRuntimeStatus": ".conversation_runtime_status",
    "ConversationSortOrder": ".conversation_sort_order",
    "ConversationStateUpdateEvent": ".conversation_state_update_event",
    "ConversationStateUpdateEventSource": ".conversation_state_update_event_source",
    "ConversationStats": ".conversation_stats",
    "ConversationStatsUsageToMetrics": ".conversation_stats_usage_to_metrics",
    "ConversationWorktreeOptions": ".conversation_worktree_options",
    "ConversationWorktreeOptionsBase": ".conversation_worktree_options_base",
    "Cost": ".cost",
    "CriticResult": ".critic_result",
    "CriticResultMetadataType0": ".critic_result_metadata_type_0",
    "DelegateAction": ".delegate_action",
    "DelegateActionCommand": ".delegate_action_command",
    "DelegateActionTasksType0": ".delegate_action_tasks_type_0",
    "DelegateObservation": ".delegate_observation",
    "DelegateObservationCommand": ".delegate_observation_command",
    "EditAction": ".edit_action",
    "EditObservation": ".edit_observation",
    "EditTool": ".edit_tool",
    "EditToolMetaType0": ".edit_tool_meta_type_0",
    "EmptyPatchCriticInput": ".empty_patch_critic_input",
    "EmptyPatchCriticInputMode": ".empty_patch_critic_input_mode",
    "EmptyPatchCriticOutput": ".empty_patch_critic_output",
    "EmptyPatchCriticOutputMode": ".empty_patch_critic_output_mode",
    "EnsembleSecurityAnalyzerInput": ".ensemble_security_analyzer_input",
    "EnsembleSecurityAnalyzerOutput": ".ensemble_security_analyzer_output",
    "ErrorClassification": ".error_classification",
    "ErrorClassificationUserAction": ".error_classification_user_action",
    "EventPage": ".event_page",
    "EventSortOrder": ".event_sort_order",
    "ExecuteBashRequest": ".execute_bash_request",
    "FailureKind": ".failure_kind",
    "FallbackStrategy": ".fallback_strategy",
    "FileEditorAction": ".file_editor_action",
    "FileEditorActionCommand": ".file_editor_action_command",
    "FileEditorObservation": ".file_editor_observation",
    "FileEditorObservationCommand": ".file_editor_observation_command",
    "FileEditorTool": ".file_editor_tool",
    "FileEditorToolMetaType0": ".file_editor_tool_meta_type_0",
    "FileEntry": ".file_entry",
    "FileUploadResult": ".file_upload_result",
    "FinishAction": ".finish_action",
    "FinishObservation": ".finish_observation",
    "FinishTool": ".finish_tool",
    "FinishToolMetaType0": ".finish_tool_meta_type_0",
    "ForkConversationRequest": ".fork_conversation_request",
    "ForkConversationRequestTagsType0": ".fork_conversation_request_tags_type_0",
    "GitChange": ".git_change",
    "GitChangeStatus": ".git_change_status",
    "GitCommit": ".git_commit",
    "GitCommitsPage": ".git_commits_page",
    "GitDiff": ".git_diff",
    "GlobAction": ".glob_action",
    "GlobObservation": ".glob_observation",
    "GlobTool": ".glob_tool",
    "GlobToolMetaType0": ".glob_tool_meta_type_0",
    "GraySwanAnalyzerInput": ".gray_swan_analyzer_input",
    "GraySwanAnalyzerOutput": ".gray_swan_analyzer_output",
    "GrepAction": ".grep_action",
    "GrepObservation": ".grep_observation",
    "GrepTool": ".grep_tool",
    "GrepToolMetaType0": ".grep_tool_meta_type_0",
    "HealthStatus": ".health_status",
    "HookConfig": ".hook_config",
    "HookDefinition": ".hook_definition",
    "HookExecutionEvent": ".hook_execution_event",
    "HookExecutionEventHookEventType": ".hook_execution_event_hook_event_type",
    "HookExecutionEventHookInputType0": ".hook_execution_event_hook_input_type_0",
    "HookExecutionEventSource": ".hook_execution_event_source",
    "HookMatcher": ".hook_matcher",
    "HookType": ".hook_type",
    "HTTPValidationError": ".http_validation_error",
    "Icon": ".icon",
    "ImageContent": ".image_content",
    "InputMetadata": ".input_metadata",
    "InterruptEvent": ".interrupt_event",
    "InterruptEventSource": ".interrupt_event_source",
    "InvokeSkillAction": ".invoke_skill_action",
    "InvokeSkillObservation": ".invoke_skill_observation",
    "InvokeSkillTool": ".invoke_skill_tool",
    "InvokeSkillToolMetaType0": ".invoke_skill_tool_meta_type_0",
    "IterativeRefinementConfig": ".iterative_refinement_config",
    "KeywordTrigger": ".keyword_trigger",
    "LaunchedAgentProfile": ".launched_agent_profile",
    "ListDirectoryAction": ".list_directory_action",
    "ListDirectoryObservation": ".list_directory_observation",
    "ListDirectoryTool": ".list_directory_tool",
    "ListDirectoryToolMetaType0": ".list_directory_tool_meta_type_0",
    "LLMCompletionLogEvent": ".llm_completion_log_event",
    "LLMCompletionLogEventSource": ".llm_completion_log_event_source",
    "LLMInput": ".llm_input",
    "LLMInputApiMode": ".llm_input_api_mode",
    "LLMInputAuthType": ".llm_input_auth_type",
    "LLMInputCapabilityOverrides": ".llm_input_capability_overrides",
    "LLMInputExtraHeadersType0": ".llm_input_extra_headers_type_0",
    "LLMInputLitellmExtraBody": ".llm_input_litellm_extra_body",
    "LLMInputReasoningEffortType0": ".llm_input_reasoning_effort_type_0",
    "LLMInputReasoningSummaryType0": ".llm_input_reasoning_summary_type_0",
    "LLMOutput": ".llm_output",
    "LLMOutputApiMode": ".llm_output_api_mode",
    "LLMOutputAuthType": ".llm_output_auth_type",
    "LLMOutputCapabilityOverrides": ".llm_output_capability_overrides",
    "LLMOutputExtraHeadersType0": ".llm_output_extra_headers_type_0",
    "LLMOutputLitellmExtraBody": ".llm_output_litellm_extra_body",
    "LLMOutputReasoningEffortType0": ".llm_output_reasoning_effort_type_0",
    "LLMOutputReasoningSummaryType0": ".llm_output_reasoning_summary_type_0",
    "LLMSecurityAnalyzerInput": ".llm_security_analyzer_input",
    "LLMSecurityAnalyzerOutput": ".llm_security_analyzer_output",
    "LLMSummarizingCondenserInput": ".llm_summarizing_condenser_input",
    "LLMSummarizingCondenserOutput": ".llm_summarizing_condenser_output",
    "LoadPluginRequest": ".load_plugin_request",
    "LocalWorkspaceInput": ".local_workspace_input",
    "LocalWorkspaceOutput": ".local_workspace_output",
    "LookupSecretInput": ".lookup_secret_input",
    "LookupSecretInputHeaders": ".lookup_secret_input_headers",
    "LookupSecretOutput": ".lookup_secret_output",
    "LookupSecretOutputHeaders": ".lookup_secret_output_headers",
    "MarketplaceRegistration": ".marketplace_registration",
    "MCPApiKeyAuthCredentialInput": ".mcp_api_key_auth_credential_input",
    "MCPApiKeyAuthCredentialOutput": ".mcp_api_key_auth_credential_output",
    "MCPBasicAuthCredentialInput": ".mcp_basic_auth_credential_input",
    "MCPBasicAuthCredentialOutput": ".mcp_basic_auth_credential_output",
    "MCPBearerAuthCredentialInput": ".mcp_bearer_auth_credential_input",
    "MCPBearerAuthCredentialOutput": ".mcp_bearer_auth_credential_output",
    "MCPConfig": ".mcp_config",
    "MCPConfigPatch": ".mcp_config_patch",
    "MCPHeaderAuthCredentialInput": ".mcp_header_auth_credential_input",
    "MCPHeaderAuthCredentialInputHeaders": ".mcp_header_auth_credential_input_headers",
    "MCPHeaderAuthCredentialOutput": ".mcp_header_auth_credential_output",
    "MCPHeaderAuthCredentialOutputHeaders": ".mcp_header_auth_credential_output_headers",
    "MCPNoneAuthCredential": ".mcp_none_auth_credential",
    "MCPServerInput": ".mcp_server_input",
    "MCPServerInputEnvType0": ".mcp_server_input_env_type_0",
    "MCPServerInputHeadersType0": ".mcp_server_input_headers_type_0",
    "MCPServerInputTransportType0": ".mcp_server_input_transport_type_0",
    "MCPServerOutput": ".mcp_server_output",
    "MCPServerOutputEnvType0": ".mcp_server_output_env_type_0",
    "MCPServerOutputHeadersType0": ".mcp_server_output_headers_type_0",
    "MCPServerOutputTransportType0": ".mcp_server_output_transport_type_0",
    "MCPServerPatch": ".mcp_server_patch",
    "MCPServerPatchEnvType0": ".mcp_server_patch_env_type_0",
    "MCPServerPatchHeadersType0": ".mcp_server_patch_headers_type_0",
    "MCPServerPatchTransportType0": ".mcp_server_patch_transport_type_0",
    "MCPToolAction": ".mcp_tool_action",
    "MCPToolActionData": ".mcp_tool_action_data",
    "MCPToolDefinition": ".mcp_tool_definition",
    "MCPToolDefinitionMetaType0": ".mcp_tool_definition_meta_type_0",
    "MCPToolObservation": ".mcp_tool_observation",
    "McpTypesTool": ".mcp_types_tool",
    "McpTypesToolAnnotations": ".mcp_types_tool_annotations",
    "McpTypesToolInputschema": ".mcp_types_tool_inputschema",
    "McpTypesToolMetaType0": ".mcp_types_tool_meta_type_0",
    "McpTypesToolOutputSchemaType0": ".mcp_types_tool_output_schema_type_0",
    "MCPOAuthAuthCredentialInput": ".mcpo_auth_auth_credential_input",
    "MCPOAuthAuthCredentialOutput": ".mcpo_auth_auth_credential_output",
    "MCPOAuthAuthenticationInput": ".mcpo_auth_authentication_input",
    "MCPOAuthAuthenticationInputAdditionalClientMetadataType0": ".mcpo_auth_authentication_input_additional_client_metadata_type_0",
    "MCPOAuthAuthenticationInputClientAuthMethodType0": ".mcpo_auth_authentication_input_client_auth_method_type_0",
    "MCPOAuthAuthenticationOutput": ".mcpo_auth_authentication_output",
    "MCPOAuthAuthenticationOutputAdditionalClientMetadataType0": ".mcpo_auth_authentication_output_additional_client_metadata_type_0",
    "MCPOAuthAuthenticationOutputClientAuthMethodType0": ".mcpo_auth_authentication_output_client_auth_method_type_0",
    "MCPOAuthClientInfoStateInput": ".mcpo_auth_client_info_state_input",
    "MCPOAuthClientInfoStateOutput": ".mcpo_auth_client_info_state_output",
    "MCPOAuthStateInput": ".mcpo_auth_state_input",
    "MCPOAuthStateOutput": ".mcpo_auth_state_output",
    "MCPOAuthTokenStateInput": ".mcpo_auth_token_state_input",
    "MCPOAuthTokenStateOutput": ".mcpo_auth_token_state_output",
    "Message": ".message",
    "MessageEvent": ".message_event",
    "MessageEventSource": ".message_event_source",
    "MessageRole": ".message_role",
    "MessageToolCall": ".message_tool_call",
    "MessageToolCallOrigin": ".message_tool_call_origin",
    "Metrics": ".metrics",
    "MetricsSnapshot": ".metrics_snapshot",
    "NavigateConversationRequest": ".navigate_conversation_request",
    "NeverConfirmInput": ".never_confirm_input",
    "NeverConfirmOutput": ".never_confirm_output",
    "NoOpCondenserInput": ".no_op_condenser_input",
    "NoOpCondenserOutput": ".no_op_condenser_output",
    "ObservationEvent": ".observation_event",
    "ObservationEventSource": ".observation_event_source",
    "OpenhandsSdkToolSpecTool": ".openhands_sdk_tool_spec_tool",
    "OpenhandsSdkToolSpecToolParams": ".openhands_sdk_tool_spec_tool_params",
    "OpenhandsSdkToolToolToolAnnotations": ".openhands_sdk_tool_tool_tool_annotations",
    "PassCriticInput": ".pass_critic_input",
    "PassCriticInputMode": ".pass_critic_input_mode",
    "PassCriticOutput": ".pass_critic_output",
    "PassCriticOutputMode": ".pass_critic_output_mode",
    "PathTrigger": ".path_trigger",
    "PatternSecurityAnalyzerInput": ".pattern_security_analyzer_input",
    "PatternSecurityAnalyzerOutput": ".pattern_security_analyzer_output",
    "PauseEvent": ".pause_event",
    "PauseEventSource": ".pause_event_source",
    "PipelineCondenserInput": ".pipeline_condenser_input",
    "PipelineCondenserOutput": ".pipeline_condenser_output",
    "PlanningFileEditorAction": ".planning_file_editor_action",
    "PlanningFileEditorActionCommand": ".planning_file_editor_action_command",
    "PlanningFileEditorObservation": ".planning_file_editor_observation",
    "PlanningFileEditorObservationCommand": ".planning_file_editor_observation_command",
    "PlanningFileEditorTool": ".planning_file_editor_tool",
    "PlanningFileEditorToolMetaType0": ".planning_file_editor_tool_meta_type_0",
    "PluginSource": ".plugin_source",
    "PolicyRailSecurityAnalyzerInput": ".policy_rail_security_analyzer_input",
    "PolicyRailSecurityAnalyzerOutput": ".policy_rail_security_analyzer_output",
    "ProfileInfo": ".profile_info",
    "ProfileListResponse": ".profile_list_response",
    "ReadFileAction": ".read_file_action",
    "ReadFileObservation": ".read_file_observation",
    "ReadFileTool": ".read_file_tool",
    "ReadFileToolMetaType0": ".read_file_tool_meta_type_0",
    "ReadyResponse503": ".ready_response_503",
    "ReadyResponseReadyReadyGet": ".ready_response_ready_ready_get",
    "ReasoningItemModel": ".reasoning_item_model",
    "RedactedThinkingBlock": ".redacted_thinking_block",
    "RemoteWorkspace": ".remote_workspace",
    "ResponseLatency": ".response_latency",
    "RuntimeArchiveDirectoryFormat": ".runtime_archive_directory_format",
    "RuntimeSearchBashEventsKindEqType0": ".runtime_search_bash_events_kind_eq_type_0",
    "RuntimeUploadFileBody": ".runtime_upload_file_body",
    "SearchBashEventsKindEqType0": ".search_bash_events_kind_eq_type_0",
    "SecretItemResponse": ".secret_item_response",
    "SecretRegistry": ".secret_registry",
    "SecretRegistrySecretSources": ".secret_registry_secret_sources",
    "SecretsListResponse": ".secrets_list_response",
    "SecurityAnalysisEvent": ".security_analysis_event",
    "SecurityAnalysisEventDetails": ".security_analysis_event_details",
    "SecurityAnalysisEventDetailsAdditionalProperty": ".security_analysis_event_details_additional_property",
    "SecurityAnalysisEventRisks": ".security_analysis_event_risks",
    "SecurityAnalysisEventSource": ".security_analysis_event_source",
    "SecurityRisk": ".security_risk",
    "SendMessageRequest": ".send_message_request",
    "SendMessageRequestRole": ".send_message_request_role",
    "ServerErrorEvent": ".server_error_event",
    "ServerErrorEventSource": ".server_error_event_source",
    "ServerInfo": ".server_info",
    "ServerInfoAvailableConversationRuntimesItem": ".server_info_available_conversation_runtimes_item",
    "ServerInfoConversationRuntime": ".server_info_conversation_runtime",
    "SetConfirmationPolicyRequest": ".set_confirmation_policy_request",
    "SetSecurityAnalyzerRequest": ".set_security_analyzer_request",
    "SettingsResponse": ".settings_response",
    "SettingsResponseAgentSettingsContract": ".settings_response_agent_settings_contract",
    "SettingsResponseAgentSettingsContractAgentKindType0": ".settings_response_agent_settings_contract_agent_kind_type_0",
    "SettingsResponseConversationSettings": ".settings_response_conversation_settings",
    "SettingsResponseMiscSettings": ".settings_response_misc_settings",
    "SettingsUpdateRequest": ".settings_update_request",
    "SettingsUpdateRequestAgentSettingsPatchContract": ".settings_update_request_agent_settings_patch_contract",
    "SettingsUpdateRequestConversationSettingsDiffType0": ".settings_update_request_conversation_settings_diff_type_0",
    "SettingsUpdateRequestMiscSettingsDiffType0": ".settings_update_request_misc_settings_diff_type_0",
    "SkillInput": ".skill_input",
    "SkillInputMcpToolsType0": ".skill_input_mcp_tools_type_0",
    "SkillInputMetadataType0": ".skill_input_metadata_type_0",
    "SkillOutput": ".skill_output",
    "SkillOutputMcpToolsType0": ".skill_output_mcp_tools_type_0",
    "SkillOutputMcpToolsType0AdditionalProperty": ".skill_output_mcp_tools_type_0_additional_property",
    "SkillOutputMetadataType0": ".skill_output_metadata_type_0",
    "SkillResources": ".skill_resources",
    "StartChildConversationAction": ".start_child_conversation_action",
    "StartChildConversationActionIsolation": ".start_child_conversation_action_isolation",
    "StartChildConversationObservation": ".start_child_conversation_observation",
    "StartChildConversationObservationIsolationType0": ".start_child_conversation_observation_isolation_type_0",
    "StartChildConversationRequest": ".start_child_conversation_request",
    "StartChildConversationRequestIsolation": ".start_child_conversation_request_isolation",
    "StartChildConversationResponse": ".start_child_conversation_response",
    "StartChildConversationResponseIsolationType0": ".start_child_conversation_response_isolation_type_0",
    "StartChildConversationTool": ".start_child_conversation_tool",
    "StartChildConversationToolMetaType0": ".start_child_conversation_tool_meta_type_0",
    "StartConversationRequest": ".start_conversation_request",
    "StartConversationRequestAgentSettingsType0": ".start_conversation_request_agent_settings_type_0",
    "StartConversationRequestConversationRuntimeType0": ".start_conversation_request_conversation_runtime_type_0",
    "StartConversationRequestObservabilityMetadata": ".start_conversation_request_observability_metadata",
    "StartConversationRequestSecrets": ".start_conversation_request_secrets",
    "StartConversationRequestTags": ".start_conversation_request_tags",
    "StartConversationRequestToolModuleQualnames": ".start_conversation_request_tool_module_qualnames",
    "StartGoalRequest": ".start_goal_request",
    "StaticSecretInput": ".static_secret_input",
    "StaticSecretOutput": ".static_secret_output",
    "StreamingDeltaEvent": ".streaming_delta_event",
    "StreamingDeltaEventSource": ".streaming_delta_event_source",
    "Success": ".success",
    "SwitchACPModelRequest": ".switch_acp_model_request",
    "SwitchLLMAction": ".switch_llm_action",
    "SwitchLLMObservation": ".switch_llm_observation",
    "SwitchLLMRequest": ".switch_llm_request",
    "SwitchLLMTool": ".switch_llm_tool",
    "SwitchLLMToolMetaType0": ".switch_llm_tool_meta_type_0",
    "SwitchProfileRequest": ".switch_profile_request",
    "SystemPromptEvent": ".system_prompt_event",
    "SystemPromptEventSource": ".system_prompt_event_source",
    "TaskAction": ".task_action",
    "TaskItem": ".task_item",
    "TaskItemStatus": ".task_item_status",
    "TaskObservation": ".task_observation",
    "TaskTool": ".task_tool",
    "TaskToolMetaType0": ".task_tool_meta_type_0",
    "TaskToolSet": ".task_tool_set",
    "TaskToolSetMetaType0": ".task_tool_set_meta_type_0",
    "TaskTrackerAction": ".task_tracker_action",
    "TaskTrackerActionCommand": ".task_tracker_action_command",
    "TaskTrackerObservation": ".task_tracker_observation",
    "TaskTrackerObservationCommand": ".task_tracker_observation_command",
    "TaskTrackerTool": ".task_tracker_tool",
    "TaskTrackerToolMetaType0": ".task_tracker_tool_meta_type_0",
    "TaskTrigger": ".task_trigger",
    "TerminalAction": ".terminal_action",
    "TerminalObservation": ".terminal_observation",
    "TerminalTool": ".terminal_tool",
    "TerminalToolMetaType0": ".terminal_tool_meta_type_0",
    "TextContent": ".text_content",
    "ThinkAction": ".think_action",
    "ThinkObservation": ".think_observation",
    "ThinkTool": ".think_tool",
    "ThinkToolMetaType0": ".think_tool_meta_type_0",
    "ThinkingBlock": ".thinking_block",
    "TokenEvent": ".token_event",
    "TokenEventSource": ".token_event_source",
    "TokenUsage": ".token_usage",
    "ToolAnnotationsInput": ".tool_annotations_input",
    "ToolExecution": ".tool_execution",
    "ToolExecutionTaskSupportType0": ".tool_execution_task_support_type_0",
    "ToolInput": ".tool_input",
    "ToolInputParams": ".tool_input_params",
    "ToolShieldLLMSecurityAnalyzerInput": ".tool_shield_llm_security_analyzer_input",
    "ToolShieldLLMSecurityAnalyzerOutput": ".tool_shield_llm_security_analyzer_output",
    "UnknownAction": ".unknown_action",
    "UnknownObservation": ".unknown_observation",
    "UpdateConversationRequest": ".update_conversation_request",
    "UpdateConversationRequestTagsType0": ".update_conversation_request_tags_type_0",
    "UpdateSecretsRequest": ".update_secrets_request",
    "UpdateSecretsRequestSecrets": ".update_secrets_request_secrets",
    "UploadFileBody": ".upload_file_body",
    "UserRejectObservation": ".user_reject_observation",
    "UserRejectObservationRejectionSource": ".user_reject_observation_rejection_source",
    "UserRejectObservationSource": ".user_reject_observation_source",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "VisionInspectAction": ".vision_inspect_action",
    "VisionInspectObservation": ".vision_inspect_observation",
    "VisionInspectTool": ".vision_inspect_tool",
    "VisionInspectToolMetaType0": ".vision_inspect_tool_meta_type_0",
    "WorkflowAction": ".workflow_action",
    "WorkflowObservation": ".workflow_observation",
    "WorkflowObservationStatus": ".workflow_observation_status",
    "WorkflowTool": ".workflow_tool",
    "WorkflowToolMetaType0": ".workflow_tool_meta_type_0",
    "WorkflowToolSet": ".workflow_tool_set",
    "WorkflowToolSetMetaType0": ".workflow_tool_set_meta_type_0",
    "WriteFileAction": ".write_file_action",
    "WriteFileObservation": ".write_file_observation",
    "WriteFileTool": ".write_file_tool",
    "WriteFileToolMetaType0": ".write_file_tool_meta_type_0",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
    "AgentProfileInfo",
    "AgentProfileListResponse",
    "AgentResponseResult",
    "AlwaysConfirmInput",
    "AlwaysConfirmOutput",
    "APIBasedCriticInput",
    "APIBasedCriticInputMode",
    "APIBasedCriticInputSentimentMap",
    "APIBasedCriticOutput",
    "APIBasedCriticOutputMode",
    "APIBasedCriticOutputSentimentMap",
    "ArchiveDirectoryFormat",
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
    "ConversationStatsUsageToMetrics",
    "ConversationWorktreeOptions",
    "ConversationWorktreeOptionsBase",
    "Cost",
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
    "GitCommit",
    "GitCommitsPage",
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
    "LoadPluginRequest",
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
    "MCPConfig",
    "MCPConfigPatch",
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
    "MCPServerPatch",
    "MCPServerPatchEnvType0",
    "MCPServerPatchHeadersType0",
    "MCPServerPatchTransportType0",
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
    "Metrics",
    "MetricsSnapshot",
    "NavigateConversationRequest",
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
    "ProfileInfo",
    "ProfileListResponse",
    "ReadFileAction",
    "ReadFileObservation",
    "ReadFileTool",
    "ReadFileToolMetaType0",
    "ReadyResponse503",
    "ReadyResponseReadyReadyGet",
    "ReasoningItemModel",
    "RedactedThinkingBlock",
    "RemoteWorkspace",
    "ResponseLatency",
    "RuntimeArchiveDirectoryFormat",
    "RuntimeSearchBashEventsKindEqType0",
    "RuntimeUploadFileBody",
    "SearchBashEventsKindEqType0",
    "SecretItemResponse",
    "SecretRegistry",
    "SecretRegistrySecretSources",
    "SecretsListResponse",
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
    "SettingsResponse",
    "SettingsResponseAgentSettingsContract",
    "SettingsResponseAgentSettingsContractAgentKindType0",
    "SettingsResponseConversationSettings",
    "SettingsResponseMiscSettings",
    "SettingsUpdateRequest",
    "SettingsUpdateRequestAgentSettingsPatchContract",
    "SettingsUpdateRequestConversationSettingsDiffType0",
    "SettingsUpdateRequestMiscSettingsDiffType0",
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
    "StartChildConversationRequest",
    "StartChildConversationRequestIsolation",
    "StartChildConversationResponse",
    "StartChildConversationResponseIsolationType0",
    "StartChildConversationTool",
    "StartChildConversationToolMetaType0",
    "StartConversationRequest",
    "StartConversationRequestAgentSettingsType0",
    "StartConversationRequestConversationRuntimeType0",
    "StartConversationRequestObservabilityMetadata",
    "StartConversationRequestSecrets",
    "StartConversationRequestTags",
    "StartConversationRequestToolModuleQualnames",
    "StartGoalRequest",
    "StaticSecretInput",
    "StaticSecretOutput",
    "StreamingDeltaEvent",
    "StreamingDeltaEventSource",
    "Success",
    "SwitchACPModelRequest",
    "SwitchLLMAction",
    "SwitchLLMObservation",
    "SwitchLLMRequest",
    "SwitchLLMTool",
    "SwitchLLMToolMetaType0",
    "SwitchProfileRequest",
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
    "UnknownAction",
    "UnknownObservation",
    "UpdateConversationRequest",
    "UpdateConversationRequestTagsType0",
    "UpdateSecretsRequest",
    "UpdateSecretsRequestSecrets",
    "UploadFileBody",
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
