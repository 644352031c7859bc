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

from ..models.system_prompt_event_source import (
    SystemPromptEventSource,
    check_system_prompt_event_source,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.ask_oracle_tool import AskOracleTool
    from ..models.browser_click_tool import BrowserClickTool
    from ..models.browser_close_tab_tool import BrowserCloseTabTool
    from ..models.browser_get_content_tool import BrowserGetContentTool
    from ..models.browser_get_state_tool import BrowserGetStateTool
    from ..models.browser_get_storage_tool import BrowserGetStorageTool
    from ..models.browser_go_back_tool import BrowserGoBackTool
    from ..models.browser_list_tabs_tool import BrowserListTabsTool
    from ..models.browser_navigate_tool import BrowserNavigateTool
    from ..models.browser_scroll_tool import BrowserScrollTool
    from ..models.browser_set_storage_tool import BrowserSetStorageTool
    from ..models.browser_start_recording_tool import BrowserStartRecordingTool
    from ..models.browser_stop_recording_tool import BrowserStopRecordingTool
    from ..models.browser_switch_tab_tool import BrowserSwitchTabTool
    from ..models.browser_tool_set import BrowserToolSet
    from ..models.browser_type_tool import BrowserTypeTool
    from ..models.classify_and_switch_llm_tool import ClassifyAndSwitchLLMTool
    from ..models.client_tool import ClientTool
    from ..models.edit_tool import EditTool
    from ..models.file_editor_tool import FileEditorTool
    from ..models.finish_tool import FinishTool
    from ..models.glob_tool import GlobTool
    from ..models.grep_tool import GrepTool
    from ..models.invoke_skill_tool import InvokeSkillTool
    from ..models.list_directory_tool import ListDirectoryTool
    from ..models.mcp_tool_definition import MCPToolDefinition
    from ..models.planning_file_editor_tool import PlanningFileEditorTool
    from ..models.read_file_tool import ReadFileTool
    from ..models.start_child_conversation_tool import StartChildConversationTool
    from ..models.switch_llm_tool import SwitchLLMTool
    from ..models.task_tool import TaskTool
    from ..models.task_tool_set import TaskToolSet
    from ..models.task_tracker_tool import TaskTrackerTool
    from ..models.terminal_tool import TerminalTool
    from ..models.text_content import TextContent
    from ..models.think_tool import ThinkTool
    from ..models.vision_inspect_tool import VisionInspectTool
    from ..models.workflow_tool import WorkflowTool
    from ..models.workflow_tool_set import WorkflowToolSet
    from ..models.write_file_tool import WriteFileTool

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        AskOracleTool, \
        BrowserClickTool, \
        BrowserCloseTabTool, \
        BrowserGetContentTool, \
        BrowserGetStateTool, \
        BrowserGetStorageTool, \
        BrowserGoBackTool, \
        BrowserListTabsTool, \
        BrowserNavigateTool, \
        BrowserScrollTool, \
        BrowserSetStorageTool, \
        BrowserStartRecordingTool, \
        BrowserStopRecordingTool, \
        BrowserSwitchTabTool, \
        BrowserToolSet, \
        BrowserTypeTool, \
        ClassifyAndSwitchLLMTool, \
        ClientTool, \
        EditTool, \
        FileEditorTool, \
        FinishTool, \
        GlobTool, \
        GrepTool, \
        InvokeSkillTool, \
        ListDirectoryTool, \
        MCPToolDefinition, \
        PlanningFileEditorTool, \
        ReadFileTool, \
        StartChildConversationTool, \
        SwitchLLMTool, \
        TaskTool, \
        TaskToolSet, \
        TaskTrackerTool, \
        TerminalTool, \
        TextContent, \
        ThinkTool, \
        VisionInspectTool, \
        WorkflowTool, \
        WorkflowToolSet, \
        WriteFileTool
    from ..models.ask_oracle_tool import AskOracleTool
    from ..models.browser_click_tool import BrowserClickTool
    from ..models.browser_close_tab_tool import BrowserCloseTabTool
    from ..models.browser_get_content_tool import BrowserGetContentTool
    from ..models.browser_get_state_tool import BrowserGetStateTool
    from ..models.browser_get_storage_tool import BrowserGetStorageTool
    from ..models.browser_go_back_tool import BrowserGoBackTool
    from ..models.browser_list_tabs_tool import BrowserListTabsTool
    from ..models.browser_navigate_tool import BrowserNavigateTool
    from ..models.browser_scroll_tool import BrowserScrollTool
    from ..models.browser_set_storage_tool import BrowserSetStorageTool
    from ..models.browser_start_recording_tool import BrowserStartRecordingTool
    from ..models.browser_stop_recording_tool import BrowserStopRecordingTool
    from ..models.browser_switch_tab_tool import BrowserSwitchTabTool
    from ..models.browser_tool_set import BrowserToolSet
    from ..models.browser_type_tool import BrowserTypeTool
    from ..models.classify_and_switch_llm_tool import ClassifyAndSwitchLLMTool
    from ..models.client_tool import ClientTool
    from ..models.edit_tool import EditTool
    from ..models.file_editor_tool import FileEditorTool
    from ..models.finish_tool import FinishTool
    from ..models.glob_tool import GlobTool
    from ..models.grep_tool import GrepTool
    from ..models.invoke_skill_tool import InvokeSkillTool
    from ..models.list_directory_tool import ListDirectoryTool
    from ..models.mcp_tool_definition import MCPToolDefinition
    from ..models.planning_file_editor_tool import PlanningFileEditorTool
    from ..models.read_file_tool import ReadFileTool
    from ..models.start_child_conversation_tool import StartChildConversationTool
    from ..models.switch_llm_tool import SwitchLLMTool
    from ..models.task_tool import TaskTool
    from ..models.task_tool_set import TaskToolSet
    from ..models.task_tracker_tool import TaskTrackerTool
    from ..models.terminal_tool import TerminalTool
    from ..models.text_content import TextContent
    from ..models.think_tool import ThinkTool
    from ..models.vision_inspect_tool import VisionInspectTool
    from ..models.workflow_tool import WorkflowTool
    from ..models.workflow_tool_set import WorkflowToolSet
    from ..models.write_file_tool import WriteFileTool

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing, TextContent
    from ..models.text_content import TextContent

    _imported_for_parsing = True


T = TypeVar("T", bound="SystemPromptEvent")


@_attrs_define
class SystemPromptEvent:
    """System prompt added by the agent.

    The system prompt can optionally include dynamic context that varies between
    conversations. When ``dynamic_context`` is provided, it is included as a
    second content block in the same system message. Cache markers are NOT
    applied here - they are applied by ``LLM._apply_prompt_caching()`` when
    caching is enabled, ensuring provider-specific cache control is only added
    when appropriate.

    Attributes:
        system_prompt: The static system prompt text (cacheable across conversations)
        tools: List of available tools
        dynamic_context: Optional per-conversation context (hosts, repo info, etc.)
            Sent as a second TextContent block inside the system message.

    """

    id: str
    """ Unique event id (ULID/UUID) """
    system_prompt: TextContent
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    tools: list[
        AskOracleTool
        | BrowserClickTool
        | BrowserCloseTabTool
        | BrowserGetContentTool
        | BrowserGetStateTool
        | BrowserGetStorageTool
        | BrowserGoBackTool
        | BrowserListTabsTool
        | BrowserNavigateTool
        | BrowserScrollTool
        | BrowserSetStorageTool
        | BrowserStartRecordingTool
        | BrowserStopRecordingTool
        | BrowserSwitchTabTool
        | BrowserToolSet
        | BrowserTypeTool
        | ClassifyAndSwitchLLMTool
        | ClientTool
        | EditTool
        | FileEditorTool
        | FinishTool
        | GlobTool
        | GrepTool
        | InvokeSkillTool
        | ListDirectoryTool
        | MCPToolDefinition
        | PlanningFileEditorTool
        | ReadFileTool
        | StartChildConversationTool
        | SwitchLLMTool
        | TaskTool
        | TaskToolSet
        | TaskTrackerTool
        | TerminalTool
        | ThinkTool
        | VisionInspectTool
        | WorkflowTool
        | WorkflowToolSet
        | WriteFileTool
    ]
    """ List of tools as ToolDefinition objects """
    kind: Literal["SystemPromptEvent"] = "SystemPromptEvent"
    source: SystemPromptEventSource = "agent"
    dynamic_context: None | TextContent | Unset = UNSET
    """ Optional dynamic per-conversation context (runtime info, repo context, secrets). When provided, this is
    included as a second content block in the system message (not cached). """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        id = self.id

        kind = self.kind

        source: str = self.source

        system_prompt = self.system_prompt.to_dict()

        timestamp = self.timestamp

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, MCPToolDefinition):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ClassifyAndSwitchLLMTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FinishTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, InvokeSkillTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, SwitchLLMTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ThinkTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, VisionInspectTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ClientTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, AskOracleTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserClickTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserCloseTabTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserGetContentTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserGetStateTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserGetStorageTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserGoBackTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserListTabsTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserNavigateTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserScrollTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserSetStorageTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserStartRecordingTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserStopRecordingTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserSwitchTabTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserToolSet):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, BrowserTypeTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, StartChildConversationTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FileEditorTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, EditTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ListDirectoryTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ReadFileTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WriteFileTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, GlobTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, GrepTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, PlanningFileEditorTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, TaskTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, TaskToolSet):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, TaskTrackerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, TerminalTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WorkflowTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        dynamic_context: dict[str, Any] | None | Unset
        if isinstance(self.dynamic_context, Unset):
            dynamic_context = UNSET
        elif isinstance(self.dynamic_context, TextContent):
            dynamic_context = self.dynamic_context.to_dict()
        else:
            dynamic_context = self.dynamic_context

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "source": source,
                "system_prompt": system_prompt,
                "timestamp": timestamp,
                "tools": tools,
            }
        )
        if dynamic_context is not UNSET:
            field_dict["dynamic_context"] = dynamic_context
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "SystemPromptEvent":
            raise ValueError(f"kind must match const 'SystemPromptEvent', got '{kind}'")

        source = check_system_prompt_event_source(d.pop("source"))

        system_prompt = TextContent.from_dict(d.pop("system_prompt"))

        timestamp = d.pop("timestamp")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                AskOracleTool
                | BrowserClickTool
                | BrowserCloseTabTool
                | BrowserGetContentTool
                | BrowserGetStateTool
                | BrowserGetStorageTool
                | BrowserGoBackTool
                | BrowserListTabsTool
                | BrowserNavigateTool
                | BrowserScrollTool
                | BrowserSetStorageTool
                | BrowserStartRecordingTool
                | BrowserStopRecordingTool
                | BrowserSwitchTabTool
                | BrowserToolSet
                | BrowserTypeTool
                | ClassifyAndSwitchLLMTool
                | ClientTool
                | EditTool
                | FileEditorTool
                | FinishTool
                | GlobTool
                | GrepTool
                | InvokeSkillTool
                | ListDirectoryTool
                | MCPToolDefinition
                | PlanningFileEditorTool
                | ReadFileTool
                | StartChildConversationTool
                | SwitchLLMTool
                | TaskTool
                | TaskToolSet
                | TaskTrackerTool
                | TerminalTool
                | ThinkTool
                | VisionInspectTool
                | WorkflowTool
                | WorkflowToolSet
                | WriteFileTool
            ):
                global _kinds_tools_item
                try:
                    table = _kinds_tools_item
                except NameError:
                    table = _kinds_tools_item = {
                        "MCPToolDefinition": (
                            ".mcp_tool_definition",
                            "MCPToolDefinition",
                        ),
                        "ClassifyAndSwitchLLMTool": (
                            ".classify_and_switch_llm_tool",
                            "ClassifyAndSwitchLLMTool",
                        ),
                        "FinishTool": (".finish_tool", "FinishTool"),
                        "InvokeSkillTool": (".invoke_skill_tool", "InvokeSkillTool"),
                        "SwitchLLMTool": (".switch_llm_tool", "SwitchLLMTool"),
                        "ThinkTool": (".think_tool", "ThinkTool"),
                        "VisionInspectTool": (
                            ".vision_inspect_tool",
                            "VisionInspectTool",
                        ),
                        "ClientTool": (".client_tool", "ClientTool"),
                        "AskOracleTool": (".ask_oracle_tool", "AskOracleTool"),
                        "BrowserClickTool": (".browser_click_tool", "BrowserClickTool"),
                        "BrowserCloseTabTool": (
                            ".browser_close_tab_tool",
                            "BrowserCloseTabTool",
                        ),
                        "BrowserGetContentTool": (
                            ".browser_get_content_tool",
                            "BrowserGetContentTool",
                        ),
                        "BrowserGetStateTool": (
                            ".browser_get_state_tool",
                            "BrowserGetStateTool",
                        ),
                        "BrowserGetStorageTool": (
                            ".browser_get_storage_tool",
                            "BrowserGetStorageTool",
                        ),
                        "BrowserGoBackTool": (
                            ".browser_go_back_tool",
                            "BrowserGoBackTool",
                        ),
                        "BrowserListTabsTool": (
                            ".browser_list_tabs_tool",
                            "BrowserListTabsTool",
                        ),
                        "BrowserNavigateTool": (
                            ".browser_navigate_tool",
                            "BrowserNavigateTool",
                        ),
                        "BrowserScrollTool": (
                            ".browser_scroll_tool",
                            "BrowserScrollTool",
                        ),
                        "BrowserSetStorageTool": (
                            ".browser_set_storage_tool",
                            "BrowserSetStorageTool",
                        ),
                        "BrowserStartRecordingTool": (
                            ".browser_start_recording_tool",
                            "BrowserStartRecordingTool",
                        ),
                        "BrowserStopRecordingTool": (
                            ".browser_stop_recording_tool",
                            "BrowserStopRecordingTool",
                        ),
                        "BrowserSwitchTabTool": (
                            ".browser_switch_tab_tool",
                            "BrowserSwitchTabTool",
                        ),
                        "BrowserToolSet": (".browser_tool_set", "BrowserToolSet"),
                        "BrowserTypeTool": (".browser_type_tool", "BrowserTypeTool"),
                        "StartChildConversationTool": (
                            ".start_child_conversation_tool",
                            "StartChildConversationTool",
                        ),
                        "FileEditorTool": (".file_editor_tool", "FileEditorTool"),
                        "EditTool": (".edit_tool", "EditTool"),
                        "ListDirectoryTool": (
                            ".list_directory_tool",
                            "ListDirectoryTool",
                        ),
                        "ReadFileTool": (".read_file_tool", "ReadFileTool"),
                        "WriteFileTool": (".write_file_tool", "WriteFileTool"),
                        "GlobTool": (".glob_tool", "GlobTool"),
                        "GrepTool": (".grep_tool", "GrepTool"),
                        "PlanningFileEditorTool": (
                            ".planning_file_editor_tool",
                            "PlanningFileEditorTool",
                        ),
                        "TaskTool": (".task_tool", "TaskTool"),
                        "TaskToolSet": (".task_tool_set", "TaskToolSet"),
                        "TaskTrackerTool": (".task_tracker_tool", "TaskTrackerTool"),
                        "TerminalTool": (".terminal_tool", "TerminalTool"),
                        "WorkflowTool": (".workflow_tool", "WorkflowTool"),
                        "WorkflowToolSet": (".workflow_tool_set", "WorkflowToolSet"),
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

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        def _parse_dynamic_context(data: object) -> None | TextContent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dynamic_context_type_0 = TextContent.from_dict(data)

                return dynamic_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        dynamic_context = _parse_dynamic_context(d.pop("dynamic_context", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        system_prompt_event = cls(
            id=id,
            kind=kind,
            source=source,
            system_prompt=system_prompt,
            timestamp=timestamp,
            tools=tools,
            dynamic_context=dynamic_context,
            parent_id=parent_id,
        )

        system_prompt_event.additional_properties = d
        return system_prompt_event

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
