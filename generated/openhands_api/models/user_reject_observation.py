# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_reject_observation_rejection_source import (
    UserRejectObservationRejectionSource,
    check_user_reject_observation_rejection_source,
)
from ..models.user_reject_observation_source import (
    UserRejectObservationSource,
    check_user_reject_observation_source,
)
from ..types import UNSET, Unset, parse_date_time

T = TypeVar("T", bound="UserRejectObservation")


@_attrs_define
class UserRejectObservation:
    """Observation when an action is rejected by user or hook.

    This event is emitted when:
    - User rejects an action during confirmation mode (rejection_source="user")
    - A PreToolUse hook blocks an action (rejection_source="hook")

    """

    action_id: str
    """ The action id that this observation is responding to """
    id: str
    """ Unique event id (ULID/UUID) """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    tool_call_id: str
    """ The tool call id that this observation is responding to """
    tool_name: str
    """ The tool name that this observation is responding to """
    kind: Literal["UserRejectObservation"] = "UserRejectObservation"
    rejection_reason: str = "User rejected the action"
    """ Reason for rejecting the action """
    rejection_source: UserRejectObservationRejectionSource = "user"
    """ Source of the rejection: 'user' for confirmation mode rejections, 'hook' for PreToolUse hook blocks """
    source: UserRejectObservationSource = "environment"
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        id = self.id

        kind = self.kind

        rejection_reason = self.rejection_reason

        rejection_source: str = self.rejection_source

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
                "id": id,
                "kind": kind,
                "rejection_reason": rejection_reason,
                "rejection_source": rejection_source,
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
        d = dict(src_dict)
        action_id = d.pop("action_id")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "UserRejectObservation":
            raise ValueError(
                f"kind must match const 'UserRejectObservation', got '{kind}'"
            )

        rejection_reason = d.pop("rejection_reason")

        rejection_source = check_user_reject_observation_rejection_source(
            d.pop("rejection_source")
        )

        source = check_user_reject_observation_source(d.pop("source"))

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

        user_reject_observation = cls(
            action_id=action_id,
            id=id,
            kind=kind,
            rejection_reason=rejection_reason,
            rejection_source=rejection_source,
            source=source,
            timestamp=timestamp,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            parent_id=parent_id,
        )

        user_reject_observation.additional_properties = d
        return user_reject_observation

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
