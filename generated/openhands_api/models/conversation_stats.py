# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_stats_usage_to_metrics import (
        ConversationStatsUsageToMetrics,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, ConversationStatsUsageToMetrics
    from ..models.conversation_stats_usage_to_metrics import (
        ConversationStatsUsageToMetrics,
    )

    _imported = True


T = TypeVar("T", bound="ConversationStats")


@_attrs_define
class ConversationStats:
    """Token usage and cost per LLM of a conversation, keyed by the LLM's usage_id. The stream sends snapshots (no
    costs/response_latencies/token_usages lists); REST sends them in full.

    """

    usage_to_metrics: ConversationStatsUsageToMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        usage_to_metrics = self.usage_to_metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usage_to_metrics": usage_to_metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        usage_to_metrics = ConversationStatsUsageToMetrics.from_dict(
            d.pop("usage_to_metrics")
        )

        conversation_stats = cls(
            usage_to_metrics=usage_to_metrics,
        )

        conversation_stats.additional_properties = d
        return conversation_stats

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
