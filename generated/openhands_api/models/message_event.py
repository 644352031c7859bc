# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_event_source import MessageEventSource, check_message_event_source
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.critic_result import CriticResult
    from ..models.message import Message
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, CriticResult, Message, TextContent
    from ..models.critic_result import CriticResult
    from ..models.message import Message
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="MessageEvent")


@_attrs_define
class MessageEvent:
    """Message from either agent or user.

    This is originally the "MessageAction", but it suppose not to be tool call.

    """

    activated_skills: list[str]
    """ List of activated skill name """
    extended_content: list[TextContent]
    """ List of content added by agent context """
    id: str
    """ Unique event id (ULID/UUID) """
    llm_message: Message
    source: MessageEventSource
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["MessageEvent"] = "MessageEvent"
    critic_result: CriticResult | None | Unset = UNSET
    """ Optional critic evaluation of this message and preceding history. """
    llm_response_id: None | str | Unset = UNSET
    """ Completion or Response ID of the LLM response that generated this eventIf the source != 'agent', this field
    is None """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    sender: None | str | Unset = UNSET
    """ Optional identifier of the sender. Can be used to track message origin in multi-agent scenarios. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        activated_skills = self.activated_skills

        extended_content = []
        for extended_content_item_data in self.extended_content:
            extended_content_item = extended_content_item_data.to_dict()
            extended_content.append(extended_content_item)

        id = self.id

        kind = self.kind

        llm_message = self.llm_message.to_dict()

        source: str = self.source

        timestamp = self.timestamp

        critic_result: dict[str, Any] | None | Unset
        if isinstance(self.critic_result, Unset):
            critic_result = UNSET
        elif isinstance(self.critic_result, CriticResult):
            critic_result = self.critic_result.to_dict()
        else:
            critic_result = self.critic_result

        llm_response_id: None | str | Unset
        if isinstance(self.llm_response_id, Unset):
            llm_response_id = UNSET
        else:
            llm_response_id = self.llm_response_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activated_skills": activated_skills,
                "extended_content": extended_content,
                "id": id,
                "kind": kind,
                "llm_message": llm_message,
                "source": source,
                "timestamp": timestamp,
            }
        )
        if critic_result is not UNSET:
            field_dict["critic_result"] = critic_result
        if llm_response_id is not UNSET:
            field_dict["llm_response_id"] = llm_response_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if sender is not UNSET:
            field_dict["sender"] = sender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        activated_skills = cast(list[str], d.pop("activated_skills"))

        extended_content = []
        _extended_content = d.pop("extended_content")
        for extended_content_item_data in _extended_content:
            extended_content_item = TextContent.from_dict(extended_content_item_data)

            extended_content.append(extended_content_item)

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "MessageEvent":
            raise ValueError(f"kind must match const 'MessageEvent', got '{kind}'")

        llm_message = Message.from_dict(d.pop("llm_message"))

        source = check_message_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

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

        def _parse_llm_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        llm_response_id = _parse_llm_response_id(d.pop("llm_response_id", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        sender = _parse_sender(d.pop("sender", UNSET))

        message_event = cls(
            activated_skills=activated_skills,
            extended_content=extended_content,
            id=id,
            kind=kind,
            llm_message=llm_message,
            source=source,
            timestamp=timestamp,
            critic_result=critic_result,
            llm_response_id=llm_response_id,
            parent_id=parent_id,
            sender=sender,
        )

        message_event.additional_properties = d
        return message_event

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
