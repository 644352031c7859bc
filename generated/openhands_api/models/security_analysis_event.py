# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_analysis_event_source import (
    SecurityAnalysisEventSource,
    check_security_analysis_event_source,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.security_analysis_event_details import SecurityAnalysisEventDetails
    from ..models.security_analysis_event_risks import SecurityAnalysisEventRisks

_imported = False


def _import_lazily() -> None:
    global _imported, SecurityAnalysisEventDetails, SecurityAnalysisEventRisks
    from ..models.security_analysis_event_details import SecurityAnalysisEventDetails
    from ..models.security_analysis_event_risks import SecurityAnalysisEventRisks

    _imported = True


T = TypeVar("T", bound="SecurityAnalysisEvent")


@_attrs_define
class SecurityAnalysisEvent:
    """Risk levels the configured security analyzer assigned to pending actions.

    Emitted once per batch of actions the agent is about to execute, whenever a
    security analyzer is configured on the conversation, regardless of whether
    the confirmation policy then asks for confirmation. This makes the
    analyzer's verdict visible in the event log and UI even when the policy
    (for example ``NeverConfirm``) never consults it.

    This event is not sent to the LLM.

    """

    analyzer: str
    """ Kind of the security analyzer that produced these risks. """
    id: str
    """ Unique event id (ULID/UUID) """
    policy: str
    """ Kind of the confirmation policy in force when the actions were analyzed. """
    risks: SecurityAnalysisEventRisks
    """ Risk level per analyzed action, keyed by ActionEvent id. """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    kind: Literal["SecurityAnalysisEvent"] = "SecurityAnalysisEvent"
    source: SecurityAnalysisEventSource = "environment"
    details: SecurityAnalysisEventDetails | Unset = UNSET
    """ Optional analyzer-specific detail per action, keyed by ActionEvent id (for example probabilities,
    confidence, or a rationale). """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        analyzer = self.analyzer

        id = self.id

        kind = self.kind

        policy = self.policy

        risks = self.risks.to_dict()

        source: str = self.source

        timestamp = self.timestamp

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analyzer": analyzer,
                "id": id,
                "kind": kind,
                "policy": policy,
                "risks": risks,
                "source": source,
                "timestamp": timestamp,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        analyzer = d.pop("analyzer")

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "SecurityAnalysisEvent":
            raise ValueError(
                f"kind must match const 'SecurityAnalysisEvent', got '{kind}'"
            )

        policy = d.pop("policy")

        risks = SecurityAnalysisEventRisks.from_dict(d.pop("risks"))

        source = check_security_analysis_event_source(d.pop("source"))

        timestamp = d.pop("timestamp")

        _details = d.pop("details", UNSET)
        details: SecurityAnalysisEventDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = SecurityAnalysisEventDetails.from_dict(_details)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        security_analysis_event = cls(
            analyzer=analyzer,
            id=id,
            kind=kind,
            policy=policy,
            risks=risks,
            source=source,
            timestamp=timestamp,
            details=details,
            parent_id=parent_id,
        )

        security_analysis_event.additional_properties = d
        return security_analysis_event

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
