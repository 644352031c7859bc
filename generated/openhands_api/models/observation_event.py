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

from ..models.observation_event_source import (
    ObservationEventSource,
    check_observation_event_source,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.ask_oracle_observation import AskOracleObservation
    from ..models.browser_observation import BrowserObservation
    from ..models.classify_and_switch_llm_observation import (
        ClassifyAndSwitchLLMObservation,
    )
    from ..models.client_tool_observation import ClientToolObservation
    from ..models.delegate_observation import DelegateObservation
    from ..models.edit_observation import EditObservation
    from ..models.file_editor_observation import FileEditorObservation
    from ..models.finish_observation import FinishObservation
    from ..models.glob_observation import GlobObservation
    from ..models.grep_observation import GrepObservation
    from ..models.invoke_skill_observation import InvokeSkillObservation
    from ..models.list_directory_observation import ListDirectoryObservation
    from ..models.mcp_tool_observation import MCPToolObservation
    from ..models.planning_file_editor_observation import PlanningFileEditorObservation
    from ..models.read_file_observation import ReadFileObservation
    from ..models.start_child_conversation_observation import (
        StartChildConversationObservation,
    )
    from ..models.switch_llm_observation import SwitchLLMObservation
    from ..models.task_observation import TaskObservation
    from ..models.task_tracker_observation import TaskTrackerObservation
    from ..models.terminal_observation import TerminalObservation
    from ..models.text_content import TextContent
    from ..models.think_observation import ThinkObservation
    from ..models.unknown_observation import UnknownObservation
    from ..models.vision_inspect_observation import VisionInspectObservation
    from ..models.workflow_observation import WorkflowObservation
    from ..models.write_file_observation import WriteFileObservation

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        AskOracleObservation, \
        BrowserObservation, \
        ClassifyAndSwitchLLMObservation, \
        ClientToolObservation, \
        DelegateObservation, \
        EditObservation, \
        FileEditorObservation, \
        FinishObservation, \
        GlobObservation, \
        GrepObservation, \
        InvokeSkillObservation, \
        ListDirectoryObservation, \
        MCPToolObservation, \
        PlanningFileEditorObservation, \
        ReadFileObservation, \
        StartChildConversationObservation, \
        SwitchLLMObservation, \
        TaskObservation, \
        TaskTrackerObservation, \
        TerminalObservation, \
        TextContent, \
        ThinkObservation, \
        UnknownObservation, \
        VisionInspectObservation, \
        WorkflowObservation, \
        WriteFileObservation
    from ..models.ask_oracle_observation import AskOracleObservation
    from ..models.browser_observation import BrowserObservation
    from ..models.classify_and_switch_llm_observation import (
        ClassifyAndSwitchLLMObservation,
    )
    from ..models.client_tool_observation import ClientToolObservation
    from ..models.delegate_observation import DelegateObservation
    from ..models.edit_observation import EditObservation
    from ..models.file_editor_observation import FileEditorObservation
    from ..models.finish_observation import FinishObservation
    from ..models.glob_observation import GlobObservation
    from ..models.grep_observation import GrepObservation
    from ..models.invoke_skill_observation import InvokeSkillObservation
    from ..models.list_directory_observation import ListDirectoryObservation
    from ..models.mcp_tool_observation import MCPToolObservation
    from ..models.planning_file_editor_observation import PlanningFileEditorObservation
    from ..models.read_file_observation import ReadFileObservation
    from ..models.start_child_conversation_observation import (
        StartChildConversationObservation,
    )
    from ..models.switch_llm_observation import SwitchLLMObservation
    from ..models.task_observation import TaskObservation
    from ..models.task_tracker_observation import TaskTrackerObservation
    from ..models.terminal_observation import TerminalObservation
    from ..models.text_content import TextContent
    from ..models.think_observation import ThinkObservation
    from ..models.unknown_observation import UnknownObservation
    from ..models.vision_inspect_observation import VisionInspectObservation
    from ..models.workflow_observation import WorkflowObservation
    from ..models.write_file_observation import WriteFileObservation

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing, TextContent, UnknownObservation
    from ..models.text_content import TextContent
    from ..models.unknown_observation import UnknownObservation

    _imported_for_parsing = True


T = TypeVar("T", bound="ObservationEvent")


@_attrs_define
class ObservationEvent:
    action_id: str
    """ The action id that this observation is responding to """
    extended_content: list[TextContent]
    """ Content added by agent context (e.g. path-scoped rules triggered by the touched file), appended after the
    tool result in to_llm_message. """
    id: str
    """ Unique event id (ULID/UUID) """
    observation: (
        AskOracleObservation
        | BrowserObservation
        | ClassifyAndSwitchLLMObservation
        | ClientToolObservation
        | DelegateObservation
        | EditObservation
        | FileEditorObservation
        | FinishObservation
        | GlobObservation
        | GrepObservation
        | InvokeSkillObservation
        | ListDirectoryObservation
        | MCPToolObservation
        | PlanningFileEditorObservation
        | ReadFileObservation
        | StartChildConversationObservation
        | SwitchLLMObservation
        | TaskObservation
        | TaskTrackerObservation
        | TerminalObservation
        | ThinkObservation
        | UnknownObservation
        | VisionInspectObservation
        | WorkflowObservation
        | WriteFileObservation
    )
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    tool_call_id: str
    """ The tool call id that this observation is responding to """
    tool_name: str
    """ The tool name that this observation is responding to """
    kind: Literal["ObservationEvent"] = "ObservationEvent"
    source: ObservationEventSource = "environment"
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        action_id = self.action_id

        extended_content = []
        for extended_content_item_data in self.extended_content:
            extended_content_item = extended_content_item_data.to_dict()
            extended_content.append(extended_content_item)

        id = self.id

        kind = self.kind

        observation: dict[str, Any]
        if isinstance(self.observation, MCPToolObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, ClassifyAndSwitchLLMObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, FinishObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, InvokeSkillObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, SwitchLLMObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, ThinkObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, VisionInspectObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, ClientToolObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, AskOracleObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, BrowserObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, StartChildConversationObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, DelegateObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, FileEditorObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, EditObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, ListDirectoryObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, ReadFileObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, WriteFileObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, GlobObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, GrepObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, PlanningFileEditorObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, TaskObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, TaskTrackerObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, TerminalObservation):
            observation = self.observation.to_dict()
        elif isinstance(self.observation, WorkflowObservation):
            observation = self.observation.to_dict()
        else:
            observation = self.observation.to_dict()

        source: str = self.source

        timestamp = self.timestamp

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_id": action_id,
                "extended_content": extended_content,
                "id": id,
                "kind": kind,
                "observation": observation,
                "source": source,
                "timestamp": timestamp,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        action_id = d.pop("action_id")

        extended_content = []
        _extended_content = d.pop("extended_content")
        for extended_content_item_data in _extended_content:
            extended_content_item = TextContent.from_dict(extended_content_item_data)

            extended_content.append(extended_content_item)

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "ObservationEvent":
            raise ValueError(f"kind must match const 'ObservationEvent', got '{kind}'")

        def _parse_observation(
            data: object,
        ) -> (
            AskOracleObservation
            | BrowserObservation
            | ClassifyAndSwitchLLMObservation
            | ClientToolObservation
            | DelegateObservation
            | EditObservation
            | FileEditorObservation
            | FinishObservation
            | GlobObservation
            | GrepObservation
            | InvokeSkillObservation
            | ListDirectoryObservation
            | MCPToolObservation
            | PlanningFileEditorObservation
            | ReadFileObservation
            | StartChildConversationObservation
            | SwitchLLMObservation
            | TaskObservation
            | TaskTrackerObservation
            | TerminalObservation
            | ThinkObservation
            | UnknownObservation
            | VisionInspectObservation
            | WorkflowObservation
            | WriteFileObservation
        ):
            global _kinds_observation
            try:
                table = _kinds_observation
            except NameError:
                table = _kinds_observation = {
                    "MCPToolObservation": (
                        ".mcp_tool_observation",
                        "MCPToolObservation",
                    ),
                    "ClassifyAndSwitchLLMObservation": (
                        ".classify_and_switch_llm_observation",
                        "ClassifyAndSwitchLLMObservation",
                    ),
                    "FinishObservation": (".finish_observation", "FinishObservation"),
                    "InvokeSkillObservation": (
                        ".invoke_skill_observation",
                        "InvokeSkillObservation",
                    ),
                    "SwitchLLMObservation": (
                        ".switch_llm_observation",
                        "SwitchLLMObservation",
                    ),
                    "ThinkObservation": (".think_observation", "ThinkObservation"),
                    "VisionInspectObservation": (
                        ".vision_inspect_observation",
                        "VisionInspectObservation",
                    ),
                    "ClientToolObservation": (
                        ".client_tool_observation",
                        "ClientToolObservation",
                    ),
                    "AskOracleObservation": (
                        ".ask_oracle_observation",
                        "AskOracleObservation",
                    ),
                    "BrowserObservation": (
                        ".browser_observation",
                        "BrowserObservation",
                    ),
                    "StartChildConversationObservation": (
                        ".start_child_conversation_observation",
                        "StartChildConversationObservation",
                    ),
                    "DelegateObservation": (
                        ".delegate_observation",
                        "DelegateObservation",
                    ),
                    "FileEditorObservation": (
                        ".file_editor_observation",
                        "FileEditorObservation",
                    ),
                    "EditObservation": (".edit_observation", "EditObservation"),
                    "ListDirectoryObservation": (
                        ".list_directory_observation",
                        "ListDirectoryObservation",
                    ),
                    "ReadFileObservation": (
                        ".read_file_observation",
                        "ReadFileObservation",
                    ),
                    "WriteFileObservation": (
                        ".write_file_observation",
                        "WriteFileObservation",
                    ),
                    "GlobObservation": (".glob_observation", "GlobObservation"),
                    "GrepObservation": (".grep_observation", "GrepObservation"),
                    "PlanningFileEditorObservation": (
                        ".planning_file_editor_observation",
                        "PlanningFileEditorObservation",
                    ),
                    "TaskObservation": (".task_observation", "TaskObservation"),
                    "TaskTrackerObservation": (
                        ".task_tracker_observation",
                        "TaskTrackerObservation",
                    ),
                    "TerminalObservation": (
                        ".terminal_observation",
                        "TerminalObservation",
                    ),
                    "WorkflowObservation": (
                        ".workflow_observation",
                        "WorkflowObservation",
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
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_observation_type_24 = UnknownObservation.from_dict(data)

            return componentsschemas_observation_type_24

        observation = _parse_observation(d.pop("observation"))

        source = check_observation_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        observation_event = cls(
            action_id=action_id,
            extended_content=extended_content,
            id=id,
            kind=kind,
            observation=observation,
            source=source,
            timestamp=timestamp,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            parent_id=parent_id,
        )

        observation_event.additional_properties = d
        return observation_event

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
