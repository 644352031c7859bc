# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost import Cost
    from ..models.response_latency import ResponseLatency
    from ..models.token_usage import TokenUsage

_imported = False


def _import_lazily() -> None:
    global _imported, Cost, ResponseLatency, TokenUsage
    from ..models.cost import Cost
    from ..models.response_latency import ResponseLatency
    from ..models.token_usage import TokenUsage

    _imported = True


T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """Metrics class can record various metrics during running and evaluation.
    We track:
      - accumulated_cost and costs
      - max_budget_per_task (budget limit)
      - A list of ResponseLatency
      - A list of TokenUsage (one per call).

    """

    accumulated_token_usage: TokenUsage
    """ Metric tracking detailed token usage per completion call. """
    accumulated_cost: float = 0.0
    """ Total accumulated cost, must be non-negative """
    model_name: str = "default"
    """ Name of the model """
    costs: list[Cost] | Unset = UNSET
    """ List of individual costs """
    max_budget_per_task: float | None | Unset = UNSET
    """ Maximum budget per task """
    response_latencies: list[ResponseLatency] | Unset = UNSET
    """ List of response latencies """
    token_usages: list[TokenUsage] | Unset = UNSET
    """ List of token usage records """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        accumulated_cost = self.accumulated_cost

        accumulated_token_usage = self.accumulated_token_usage.to_dict()

        model_name = self.model_name

        costs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item = costs_item_data.to_dict()
                costs.append(costs_item)

        max_budget_per_task: float | None | Unset
        if isinstance(self.max_budget_per_task, Unset):
            max_budget_per_task = UNSET
        else:
            max_budget_per_task = self.max_budget_per_task

        response_latencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.response_latencies, Unset):
            response_latencies = []
            for response_latencies_item_data in self.response_latencies:
                response_latencies_item = response_latencies_item_data.to_dict()
                response_latencies.append(response_latencies_item)

        token_usages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.token_usages, Unset):
            token_usages = []
            for token_usages_item_data in self.token_usages:
                token_usages_item = token_usages_item_data.to_dict()
                token_usages.append(token_usages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accumulated_cost": accumulated_cost,
                "accumulated_token_usage": accumulated_token_usage,
                "model_name": model_name,
            }
        )
        if costs is not UNSET:
            field_dict["costs"] = costs
        if max_budget_per_task is not UNSET:
            field_dict["max_budget_per_task"] = max_budget_per_task
        if response_latencies is not UNSET:
            field_dict["response_latencies"] = response_latencies
        if token_usages is not UNSET:
            field_dict["token_usages"] = token_usages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        accumulated_cost = d.pop("accumulated_cost")

        accumulated_token_usage = TokenUsage.from_dict(d.pop("accumulated_token_usage"))

        model_name = d.pop("model_name")

        _costs = d.pop("costs", UNSET)
        costs: list[Cost] | Unset = UNSET
        if _costs is not UNSET:
            costs = []
            for costs_item_data in _costs:
                costs_item = Cost.from_dict(costs_item_data)

                costs.append(costs_item)

        def _parse_max_budget_per_task(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_budget_per_task = _parse_max_budget_per_task(
            d.pop("max_budget_per_task", UNSET)
        )

        _response_latencies = d.pop("response_latencies", UNSET)
        response_latencies: list[ResponseLatency] | Unset = UNSET
        if _response_latencies is not UNSET:
            response_latencies = []
            for response_latencies_item_data in _response_latencies:
                response_latencies_item = ResponseLatency.from_dict(
                    response_latencies_item_data
                )

                response_latencies.append(response_latencies_item)

        _token_usages = d.pop("token_usages", UNSET)
        token_usages: list[TokenUsage] | Unset = UNSET
        if _token_usages is not UNSET:
            token_usages = []
            for token_usages_item_data in _token_usages:
                token_usages_item = TokenUsage.from_dict(token_usages_item_data)

                token_usages.append(token_usages_item)

        metrics = cls(
            accumulated_cost=accumulated_cost,
            accumulated_token_usage=accumulated_token_usage,
            model_name=model_name,
            costs=costs,
            max_budget_per_task=max_budget_per_task,
            response_latencies=response_latencies,
            token_usages=token_usages,
        )

        metrics.additional_properties = d
        return metrics

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
