# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
import importlib
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_event_source import ActionEventSource, check_action_event_source
from ..models.security_risk import SecurityRisk, check_security_risk
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.ask_oracle_action import AskOracleAction
    from ..models.browser_action import BrowserAction
    from ..models.browser_click_action import BrowserClickAction
    from ..models.browser_close_tab_action import BrowserCloseTabAction
    from ..models.browser_get_content_action import BrowserGetContentAction
    from ..models.browser_get_state_action import BrowserGetStateAction
    from ..models.browser_get_storage_action import BrowserGetStorageAction
    from ..models.browser_go_back_action import BrowserGoBackAction
    from ..models.browser_list_tabs_action import BrowserListTabsAction
    from ..models.browser_navigate_action import BrowserNavigateAction
    from ..models.browser_scroll_action import BrowserScrollAction
    from ..models.browser_set_storage_action import BrowserSetStorageAction
    from ..models.browser_start_recording_action import BrowserStartRecordingAction
    from ..models.browser_stop_recording_action import BrowserStopRecordingAction
    from ..models.browser_switch_tab_action import BrowserSwitchTabAction
    from ..models.browser_type_action import BrowserTypeAction
    from ..models.classify_and_switch_llm_action import ClassifyAndSwitchLLMAction
    from ..models.critic_result import CriticResult
    from ..models.delegate_action import DelegateAction
    from ..models.edit_action import EditAction
    from ..models.file_editor_action import FileEditorAction
    from ..models.finish_action import FinishAction
    from ..models.glob_action import GlobAction
    from ..models.grep_action import GrepAction
    from ..models.invoke_skill_action import InvokeSkillAction
    from ..models.list_directory_action import ListDirectoryAction
    from ..models.mcp_tool_action import MCPToolAction
    from ..models.message_tool_call import MessageToolCall
    from ..models.planning_file_editor_action import PlanningFileEditorAction
    from ..models.read_file_action import ReadFileAction
    from ..models.reasoning_item_model import ReasoningItemModel
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.start_child_conversation_action import StartChildConversationAction
    from ..models.switch_llm_action import SwitchLLMAction
    from ..models.task_action import TaskAction
    from ..models.task_tracker_action import TaskTrackerAction
    from ..models.terminal_action import TerminalAction
    from ..models.text_content import TextContent
    from ..models.think_action import ThinkAction
    from ..models.thinking_block import ThinkingBlock
    from ..models.unknown_action import UnknownAction
    from ..models.vision_inspect_action import VisionInspectAction
    from ..models.workflow_action import WorkflowAction
    from ..models.write_file_action import WriteFileAction

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        AskOracleAction, \
        BrowserAction, \
        BrowserClickAction, \
        BrowserCloseTabAction, \
        BrowserGetContentAction, \
        BrowserGetStateAction, \
        BrowserGetStorageAction, \
        BrowserGoBackAction, \
        BrowserListTabsAction, \
        BrowserNavigateAction, \
        BrowserScrollAction, \
        BrowserSetStorageAction, \
        BrowserStartRecordingAction, \
        BrowserStopRecordingAction, \
        BrowserSwitchTabAction, \
        BrowserTypeAction, \
        ClassifyAndSwitchLLMAction, \
        CriticResult, \
        DelegateAction, \
        EditAction, \
        FileEditorAction, \
        FinishAction, \
        GlobAction, \
        GrepAction, \
        InvokeSkillAction, \
        ListDirectoryAction, \
        MCPToolAction, \
        MessageToolCall, \
        PlanningFileEditorAction, \
        ReadFileAction, \
        ReasoningItemModel, \
        RedactedThinkingBlock, \
        StartChildConversationAction, \
        SwitchLLMAction, \
        TaskAction, \
        TaskTrackerAction, \
        TerminalAction, \
        TextContent, \
        ThinkAction, \
        ThinkingBlock, \
        UnknownAction, \
        VisionInspectAction, \
        WorkflowAction, \
        WriteFileAction
    from ..models.ask_oracle_action import AskOracleAction
    from ..models.browser_action import BrowserAction
    from ..models.browser_click_action import BrowserClickAction
    from ..models.browser_close_tab_action import BrowserCloseTabAction
    from ..models.browser_get_content_action import BrowserGetContentAction
    from ..models.browser_get_state_action import BrowserGetStateAction
    from ..models.browser_get_storage_action import BrowserGetStorageAction
    from ..models.browser_go_back_action import BrowserGoBackAction
    from ..models.browser_list_tabs_action import BrowserListTabsAction
    from ..models.browser_navigate_action import BrowserNavigateAction
    from ..models.browser_scroll_action import BrowserScrollAction
    from ..models.browser_set_storage_action import BrowserSetStorageAction
    from ..models.browser_start_recording_action import BrowserStartRecordingAction
    from ..models.browser_stop_recording_action import BrowserStopRecordingAction
    from ..models.browser_switch_tab_action import BrowserSwitchTabAction
    from ..models.browser_type_action import BrowserTypeAction
    from ..models.classify_and_switch_llm_action import ClassifyAndSwitchLLMAction
    from ..models.critic_result import CriticResult
    from ..models.delegate_action import DelegateAction
    from ..models.edit_action import EditAction
    from ..models.file_editor_action import FileEditorAction
    from ..models.finish_action import FinishAction
    from ..models.glob_action import GlobAction
    from ..models.grep_action import GrepAction
    from ..models.invoke_skill_action import InvokeSkillAction
    from ..models.list_directory_action import ListDirectoryAction
    from ..models.mcp_tool_action import MCPToolAction
    from ..models.message_tool_call import MessageToolCall
    from ..models.planning_file_editor_action import PlanningFileEditorAction
    from ..models.read_file_action import ReadFileAction
    from ..models.reasoning_item_model import ReasoningItemModel
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.start_child_conversation_action import StartChildConversationAction
    from ..models.switch_llm_action import SwitchLLMAction
    from ..models.task_action import TaskAction
    from ..models.task_tracker_action import TaskTrackerAction
    from ..models.terminal_action import TerminalAction
    from ..models.text_content import TextContent
    from ..models.think_action import ThinkAction
    from ..models.thinking_block import ThinkingBlock
    from ..models.unknown_action import UnknownAction
    from ..models.vision_inspect_action import VisionInspectAction
    from ..models.workflow_action import WorkflowAction
    from ..models.write_file_action import WriteFileAction

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global \
        _imported_for_parsing, \
        CriticResult, \
        MessageToolCall, \
        ReasoningItemModel, \
        RedactedThinkingBlock, \
        TextContent, \
        ThinkingBlock, \
        UnknownAction
    from ..models.critic_result import CriticResult
    from ..models.message_tool_call import MessageToolCall
    from ..models.reasoning_item_model import ReasoningItemModel
    from ..models.redacted_thinking_block import RedactedThinkingBlock
    from ..models.text_content import TextContent
    from ..models.thinking_block import ThinkingBlock
    from ..models.unknown_action import UnknownAction

    _imported_for_parsing = True


T = TypeVar("T", bound="ActionEvent")


@_attrs_define
class ActionEvent:
    id: str
    """ Unique event id (ULID/UUID) """
    llm_response_id: str
    """ Completion or Response ID of the LLM response that generated this eventE.g., Can be used to group related
    actions from same LLM response. This helps in tracking and managing results of parallel function calling from
    the same LLM response. """
    security_risk: SecurityRisk
    """ Security risk levels for actions.

    Based on OpenHands security risk levels but adapted for agent-sdk.
    Integer values allow for easy comparison and ordering. """
    thinking_blocks: list[RedactedThinkingBlock | ThinkingBlock]
    """ Anthropic thinking blocks from the LLM response """
    thought: list[TextContent]
    """ The thought process of the agent before taking this action """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    tool_call: MessageToolCall
    """ Transport-agnostic tool call representation.

    One canonical id is used for linking across actions/observations and
    for Responses function_call_output call_id. """
    tool_call_id: str
    """ The unique id returned by LLM API for this tool call """
    tool_name: str
    """ The name of the tool being called """
    kind: Literal["ActionEvent"] = "ActionEvent"
    source: ActionEventSource = "agent"
    action: (
        AskOracleAction
        | BrowserAction
        | BrowserClickAction
        | BrowserCloseTabAction
        | BrowserGetContentAction
        | BrowserGetStateAction
        | BrowserGetStorageAction
        | BrowserGoBackAction
        | BrowserListTabsAction
        | BrowserNavigateAction
        | BrowserScrollAction
        | BrowserSetStorageAction
        | BrowserStartRecordingAction
        | BrowserStopRecordingAction
        | BrowserSwitchTabAction
        | BrowserTypeAction
        | ClassifyAndSwitchLLMAction
        | DelegateAction
        | EditAction
        | FileEditorAction
        | FinishAction
        | GlobAction
        | GrepAction
        | InvokeSkillAction
        | ListDirectoryAction
        | MCPToolAction
        | None
        | PlanningFileEditorAction
        | ReadFileAction
        | StartChildConversationAction
        | SwitchLLMAction
        | TaskAction
        | TaskTrackerAction
        | TerminalAction
        | ThinkAction
        | UnknownAction
        | Unset
        | VisionInspectAction
        | WorkflowAction
        | WriteFileAction
    ) = UNSET
    """ Single tool call returned by LLM (None when non-executable) """
    critic_result: CriticResult | None | Unset = UNSET
    """ Optional critic evaluation of this action and preceding history. """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    reasoning_content: None | str | Unset = UNSET
    """ Intermediate reasoning/thinking content from reasoning models """
    responses_reasoning_item: None | ReasoningItemModel | Unset = UNSET
    """ OpenAI Responses reasoning item from model output """
    summary: None | str | Unset = UNSET
    """ A concise summary (approximately 10 words) of what this action does, provided by the LLM for explainability
    and debugging. Examples of good summaries: 'editing configuration file for deployment settings' | 'searching
    codebase for authentication function definitions' | 'installing required dependencies from package manifest' |
    'running tests to verify bug fix' | 'viewing directory structure to locate source files' """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        id = self.id

        kind = self.kind

        llm_response_id = self.llm_response_id

        security_risk: str = self.security_risk

        source: str = self.source

        thinking_blocks = []
        for thinking_blocks_item_data in self.thinking_blocks:
            thinking_blocks_item: dict[str, Any]
            if isinstance(thinking_blocks_item_data, ThinkingBlock):
                thinking_blocks_item = thinking_blocks_item_data.to_dict()
            else:
                thinking_blocks_item = thinking_blocks_item_data.to_dict()

            thinking_blocks.append(thinking_blocks_item)

        thought = []
        for thought_item_data in self.thought:
            thought_item = thought_item_data.to_dict()
            thought.append(thought_item)

        timestamp = self.timestamp

        tool_call = self.tool_call.to_dict()

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, MCPToolAction):
            action = self.action.to_dict()
        elif isinstance(self.action, ClassifyAndSwitchLLMAction):
            action = self.action.to_dict()
        elif isinstance(self.action, FinishAction):
            action = self.action.to_dict()
        elif isinstance(self.action, InvokeSkillAction):
            action = self.action.to_dict()
        elif isinstance(self.action, SwitchLLMAction):
            action = self.action.to_dict()
        elif isinstance(self.action, ThinkAction):
            action = self.action.to_dict()
        elif isinstance(self.action, VisionInspectAction):
            action = self.action.to_dict()
        elif isinstance(self.action, AskOracleAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserClickAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserCloseTabAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserGetContentAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserGetStateAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserGetStorageAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserGoBackAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserListTabsAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserNavigateAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserScrollAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserSetStorageAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserStartRecordingAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserStopRecordingAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserSwitchTabAction):
            action = self.action.to_dict()
        elif isinstance(self.action, BrowserTypeAction):
            action = self.action.to_dict()
        elif isinstance(self.action, StartChildConversationAction):
            action = self.action.to_dict()
        elif isinstance(self.action, DelegateAction):
            action = self.action.to_dict()
        elif isinstance(self.action, FileEditorAction):
            action = self.action.to_dict()
        elif isinstance(self.action, EditAction):
            action = self.action.to_dict()
        elif isinstance(self.action, ListDirectoryAction):
            action = self.action.to_dict()
        elif isinstance(self.action, ReadFileAction):
            action = self.action.to_dict()
        elif isinstance(self.action, WriteFileAction):
            action = self.action.to_dict()
        elif isinstance(self.action, GlobAction):
            action = self.action.to_dict()
        elif isinstance(self.action, GrepAction):
            action = self.action.to_dict()
        elif isinstance(self.action, PlanningFileEditorAction):
            action = self.action.to_dict()
        elif isinstance(self.action, TaskAction):
            action = self.action.to_dict()
        elif isinstance(self.action, TaskTrackerAction):
            action = self.action.to_dict()
        elif isinstance(self.action, TerminalAction):
            action = self.action.to_dict()
        elif isinstance(self.action, WorkflowAction):
            action = self.action.to_dict()
        elif isinstance(self.action, UnknownAction):
            action = self.action.to_dict()
        else:
            action = self.action

        critic_result: dict[str, Any] | None | Unset
        if isinstance(self.critic_result, Unset):
            critic_result = UNSET
        elif isinstance(self.critic_result, CriticResult):
            critic_result = self.critic_result.to_dict()
        else:
            critic_result = self.critic_result

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        responses_reasoning_item: dict[str, Any] | None | Unset
        if isinstance(self.responses_reasoning_item, Unset):
            responses_reasoning_item = UNSET
        elif isinstance(self.responses_reasoning_item, ReasoningItemModel):
            responses_reasoning_item = self.responses_reasoning_item.to_dict()
        else:
            responses_reasoning_item = self.responses_reasoning_item

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "llm_response_id": llm_response_id,
                "security_risk": security_risk,
                "source": source,
                "thinking_blocks": thinking_blocks,
                "thought": thought,
                "timestamp": timestamp,
                "tool_call": tool_call,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if critic_result is not UNSET:
            field_dict["critic_result"] = critic_result
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if responses_reasoning_item is not UNSET:
            field_dict["responses_reasoning_item"] = responses_reasoning_item
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "ActionEvent":
            raise ValueError(f"kind must match const 'ActionEvent', got '{kind}'")

        llm_response_id = d.pop("llm_response_id")

        security_risk = check_security_risk(d.pop("security_risk"))

        source = check_action_event_source(d.pop("source"))

        thinking_blocks = []
        _thinking_blocks = d.pop("thinking_blocks")
        for thinking_blocks_item_data in _thinking_blocks:

            def _parse_thinking_blocks_item(
                data: object,
            ) -> RedactedThinkingBlock | ThinkingBlock:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    thinking_blocks_item_type_0 = ThinkingBlock.from_dict(data)

                    return thinking_blocks_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                thinking_blocks_item_type_1 = RedactedThinkingBlock.from_dict(data)

                return thinking_blocks_item_type_1

            thinking_blocks_item = _parse_thinking_blocks_item(
                thinking_blocks_item_data
            )

            thinking_blocks.append(thinking_blocks_item)

        thought = []
        _thought = d.pop("thought")
        for thought_item_data in _thought:
            thought_item = TextContent.from_dict(thought_item_data)

            thought.append(thought_item)

        timestamp = d.pop("timestamp")

        tool_call = MessageToolCall.from_dict(d.pop("tool_call"))

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        def _parse_action(
            data: object,
        ) -> (
            AskOracleAction
            | BrowserAction
            | BrowserClickAction
            | BrowserCloseTabAction
            | BrowserGetContentAction
            | BrowserGetStateAction
            | BrowserGetStorageAction
            | BrowserGoBackAction
            | BrowserListTabsAction
            | BrowserNavigateAction
            | BrowserScrollAction
            | BrowserSetStorageAction
            | BrowserStartRecordingAction
            | BrowserStopRecordingAction
            | BrowserSwitchTabAction
            | BrowserTypeAction
            | ClassifyAndSwitchLLMAction
            | DelegateAction
            | EditAction
            | FileEditorAction
            | FinishAction
            | GlobAction
            | GrepAction
            | InvokeSkillAction
            | ListDirectoryAction
            | MCPToolAction
            | None
            | PlanningFileEditorAction
            | ReadFileAction
            | StartChildConversationAction
            | SwitchLLMAction
            | TaskAction
            | TaskTrackerAction
            | TerminalAction
            | ThinkAction
            | UnknownAction
            | Unset
            | VisionInspectAction
            | WorkflowAction
            | WriteFileAction
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            global _kinds_action
            try:
                table = _kinds_action
            except NameError:
                table = _kinds_action = {
                    "MCPToolAction": (".mcp_tool_action", "MCPToolAction"),
                    "ClassifyAndSwitchLLMAction": (
                        ".classify_and_switch_llm_action",
                        "ClassifyAndSwitchLLMAction",
                    ),
                    "FinishAction": (".finish_action", "FinishAction"),
                    "InvokeSkillAction": (".invoke_skill_action", "InvokeSkillAction"),
                    "SwitchLLMAction": (".switch_llm_action", "SwitchLLMAction"),
                    "ThinkAction": (".think_action", "ThinkAction"),
                    "VisionInspectAction": (
                        ".vision_inspect_action",
                        "VisionInspectAction",
                    ),
                    "AskOracleAction": (".ask_oracle_action", "AskOracleAction"),
                    "BrowserAction": (".browser_action", "BrowserAction"),
                    "BrowserClickAction": (
                        ".browser_click_action",
                        "BrowserClickAction",
                    ),
                    "BrowserCloseTabAction": (
                        ".browser_close_tab_action",
                        "BrowserCloseTabAction",
                    ),
                    "BrowserGetContentAction": (
                        ".browser_get_content_action",
                        "BrowserGetContentAction",
                    ),
                    "BrowserGetStateAction": (
                        ".browser_get_state_action",
                        "BrowserGetStateAction",
                    ),
                    "BrowserGetStorageAction": (
                        ".browser_get_storage_action",
                        "BrowserGetStorageAction",
                    ),
                    "BrowserGoBackAction": (
                        ".browser_go_back_action",
                        "BrowserGoBackAction",
                    ),
                    "BrowserListTabsAction": (
                        ".browser_list_tabs_action",
                        "BrowserListTabsAction",
                    ),
                    "BrowserNavigateAction": (
                        ".browser_navigate_action",
                        "BrowserNavigateAction",
                    ),
                    "BrowserScrollAction": (
                        ".browser_scroll_action",
                        "BrowserScrollAction",
                    ),
                    "BrowserSetStorageAction": (
                        ".browser_set_storage_action",
                        "BrowserSetStorageAction",
                    ),
                    "BrowserStartRecordingAction": (
                        ".browser_start_recording_action",
                        "BrowserStartRecordingAction",
                    ),
                    "BrowserStopRecordingAction": (
                        ".browser_stop_recording_action",
                        "BrowserStopRecordingAction",
                    ),
                    "BrowserSwitchTabAction": (
                        ".browser_switch_tab_action",
                        "BrowserSwitchTabAction",
                    ),
                    "BrowserTypeAction": (".browser_type_action", "BrowserTypeAction"),
                    "StartChildConversationAction": (
                        ".start_child_conversation_action",
                        "StartChildConversationAction",
                    ),
                    "DelegateAction": (".delegate_action", "DelegateAction"),
                    "FileEditorAction": (".file_editor_action", "FileEditorAction"),
                    "EditAction": (".edit_action", "EditAction"),
                    "ListDirectoryAction": (
                        ".list_directory_action",
                        "ListDirectoryAction",
                    ),
                    "ReadFileAction": (".read_file_action", "ReadFileAction"),
                    "WriteFileAction": (".write_file_action", "WriteFileAction"),
                    "GlobAction": (".glob_action", "GlobAction"),
                    "GrepAction": (".grep_action", "GrepAction"),
                    "PlanningFileEditorAction": (
                        ".planning_file_editor_action",
                        "PlanningFileEditorAction",
                    ),
                    "TaskAction": (".task_action", "TaskAction"),
                    "TaskTrackerAction": (".task_tracker_action", "TaskTrackerAction"),
                    "TerminalAction": (".terminal_action", "TerminalAction"),
                    "WorkflowAction": (".workflow_action", "WorkflowAction"),
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_action_type_37 = UnknownAction.from_dict(data)

                return componentsschemas_action_type_37
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        action = _parse_action(d.pop("action", UNSET))

        def _parse_critic_result(data: object) -> CriticResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                critic_result_type_0 = CriticResult.from_dict(data)

                return critic_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        critic_result = _parse_critic_result(d.pop("critic_result", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        def _parse_responses_reasoning_item(
            data: object,
        ) -> None | ReasoningItemModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                responses_reasoning_item_type_0 = ReasoningItemModel.from_dict(data)

                return responses_reasoning_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        responses_reasoning_item = _parse_responses_reasoning_item(
            d.pop("responses_reasoning_item", UNSET)
        )

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        summary = _parse_summary(d.pop("summary", UNSET))

        action_event = cls(
            id=id,
            kind=kind,
            llm_response_id=llm_response_id,
            security_risk=security_risk,
            source=source,
            thinking_blocks=thinking_blocks,
            thought=thought,
            timestamp=timestamp,
            tool_call=tool_call,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            action=action,
            critic_result=critic_result,
            parent_id=parent_id,
            reasoning_content=reasoning_content,
            responses_reasoning_item=responses_reasoning_item,
            summary=summary,
        )

        action_event.additional_properties = d
        return action_event

    @property
    def timestamp_datetime(self) -> _datetime.datetime:
        """``timestamp`` as a ``datetime``, parsed on each read (``timestamp`` stays the string
        the server sent). Naive, in the server's local time, unless the string carries an offset."""
        return parse_date_time(self.timestamp)

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
