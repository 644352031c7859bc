# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acp_tool_call_event import ACPToolCallEvent
    from ..models.action_event import ActionEvent
    from ..models.agent_error_event import AgentErrorEvent
    from ..models.condensation import Condensation
    from ..models.condensation_request import CondensationRequest
    from ..models.condensation_summary_event import CondensationSummaryEvent
    from ..models.conversation_error_event import ConversationErrorEvent
    from ..models.conversation_state_update_event import ConversationStateUpdateEvent
    from ..models.hook_execution_event import HookExecutionEvent
    from ..models.interrupt_event import InterruptEvent
    from ..models.llm_completion_log_event import LLMCompletionLogEvent
    from ..models.message_event import MessageEvent
    from ..models.observation_event import ObservationEvent
    from ..models.pause_event import PauseEvent
    from ..models.security_analysis_event import SecurityAnalysisEvent
    from ..models.server_error_event import ServerErrorEvent
    from ..models.streaming_delta_event import StreamingDeltaEvent
    from ..models.system_prompt_event import SystemPromptEvent
    from ..models.token_event import TokenEvent
    from ..models.user_reject_observation import UserRejectObservation

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        ACPToolCallEvent, \
        ActionEvent, \
        AgentErrorEvent, \
        Condensation, \
        CondensationRequest, \
        CondensationSummaryEvent, \
        ConversationErrorEvent, \
        ConversationStateUpdateEvent, \
        HookExecutionEvent, \
        InterruptEvent, \
        LLMCompletionLogEvent, \
        MessageEvent, \
        ObservationEvent, \
        PauseEvent, \
        SecurityAnalysisEvent, \
        ServerErrorEvent, \
        StreamingDeltaEvent, \
        SystemPromptEvent, \
        TokenEvent, \
        UserRejectObservation
    from ..models.acp_tool_call_event import ACPToolCallEvent
    from ..models.action_event import ActionEvent
    from ..models.agent_error_event import AgentErrorEvent
    from ..models.condensation import Condensation
    from ..models.condensation_request import CondensationRequest
    from ..models.condensation_summary_event import CondensationSummaryEvent
    from ..models.conversation_error_event import ConversationErrorEvent
    from ..models.conversation_state_update_event import ConversationStateUpdateEvent
    from ..models.hook_execution_event import HookExecutionEvent
    from ..models.interrupt_event import InterruptEvent
    from ..models.llm_completion_log_event import LLMCompletionLogEvent
    from ..models.message_event import MessageEvent
    from ..models.observation_event import ObservationEvent
    from ..models.pause_event import PauseEvent
    from ..models.security_analysis_event import SecurityAnalysisEvent
    from ..models.server_error_event import ServerErrorEvent
    from ..models.streaming_delta_event import StreamingDeltaEvent
    from ..models.system_prompt_event import SystemPromptEvent
    from ..models.token_event import TokenEvent
    from ..models.user_reject_observation import UserRejectObservation

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="EventPage")


@_attrs_define
class EventPage:
    """One page of a conversation's persisted events, oldest first unless asked otherwise."""

    items: list[
        ACPToolCallEvent
        | ActionEvent
        | AgentErrorEvent
        | Condensation
        | CondensationRequest
        | CondensationSummaryEvent
        | ConversationErrorEvent
        | ConversationStateUpdateEvent
        | HookExecutionEvent
        | InterruptEvent
        | LLMCompletionLogEvent
        | MessageEvent
        | ObservationEvent
        | PauseEvent
        | SecurityAnalysisEvent
        | ServerErrorEvent
        | StreamingDeltaEvent
        | SystemPromptEvent
        | TokenEvent
        | UserRejectObservation
    ]
    next_page_id: None | str | Unset = UNSET
    """ The id of the first event of the next page; absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, ServerErrorEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ACPToolCallEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, Condensation):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, CondensationRequest):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, CondensationSummaryEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ConversationErrorEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ConversationStateUpdateEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, HookExecutionEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, LLMCompletionLogEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ActionEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, MessageEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, AgentErrorEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ObservationEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, UserRejectObservation):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SystemPromptEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, SecurityAnalysisEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, StreamingDeltaEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, TokenEvent):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, InterruptEvent):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        next_page_id: None | str | Unset
        if isinstance(self.next_page_id, Unset):
            next_page_id = UNSET
        else:
            next_page_id = self.next_page_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_page_id is not UNSET:
            field_dict["next_page_id"] = next_page_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                ACPToolCallEvent
                | ActionEvent
                | AgentErrorEvent
                | Condensation
                | CondensationRequest
                | CondensationSummaryEvent
                | ConversationErrorEvent
                | ConversationStateUpdateEvent
                | HookExecutionEvent
                | InterruptEvent
                | LLMCompletionLogEvent
                | MessageEvent
                | ObservationEvent
                | PauseEvent
                | SecurityAnalysisEvent
                | ServerErrorEvent
                | StreamingDeltaEvent
                | SystemPromptEvent
                | TokenEvent
                | UserRejectObservation
            ):
                global _kinds_items_item
                try:
                    table = _kinds_items_item
                except NameError:
                    table = _kinds_items_item = {
                        "ServerErrorEvent": (".server_error_event", "ServerErrorEvent"),
                        "ACPToolCallEvent": (
                            ".acp_tool_call_event",
                            "ACPToolCallEvent",
                        ),
                        "Condensation": (".condensation", "Condensation"),
                        "CondensationRequest": (
                            ".condensation_request",
                            "CondensationRequest",
                        ),
                        "CondensationSummaryEvent": (
                            ".condensation_summary_event",
                            "CondensationSummaryEvent",
                        ),
                        "ConversationErrorEvent": (
                            ".conversation_error_event",
                            "ConversationErrorEvent",
                        ),
                        "ConversationStateUpdateEvent": (
                            ".conversation_state_update_event",
                            "ConversationStateUpdateEvent",
                        ),
                        "HookExecutionEvent": (
                            ".hook_execution_event",
                            "HookExecutionEvent",
                        ),
                        "LLMCompletionLogEvent": (
                            ".llm_completion_log_event",
                            "LLMCompletionLogEvent",
                        ),
                        "ActionEvent": (".action_event", "ActionEvent"),
                        "MessageEvent": (".message_event", "MessageEvent"),
                        "AgentErrorEvent": (".agent_error_event", "AgentErrorEvent"),
                        "ObservationEvent": (".observation_event", "ObservationEvent"),
                        "UserRejectObservation": (
                            ".user_reject_observation",
                            "UserRejectObservation",
                        ),
                        "SystemPromptEvent": (
                            ".system_prompt_event",
                            "SystemPromptEvent",
                        ),
                        "SecurityAnalysisEvent": (
                            ".security_analysis_event",
                            "SecurityAnalysisEvent",
                        ),
                        "StreamingDeltaEvent": (
                            ".streaming_delta_event",
                            "StreamingDeltaEvent",
                        ),
                        "TokenEvent": (".token_event", "TokenEvent"),
                        "InterruptEvent": (".interrupt_event", "InterruptEvent"),
                        "PauseEvent": (".pause_event", "PauseEvent"),
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

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        def _parse_next_page_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        next_page_id = _parse_next_page_id(d.pop("next_page_id", UNSET))

        event_page = cls(
            items=items,
            next_page_id=next_page_id,
        )

        event_page.additional_properties = d
        return event_page

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
