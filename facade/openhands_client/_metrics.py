"""A conversation's cost and token usage over every LLM it used."""

from __future__ import annotations

from collections.abc import Iterable

from openhands_api.models.cost import Cost
from openhands_api.models.metrics import Metrics
from openhands_api.models.response_latency import ResponseLatency
from openhands_api.models.token_usage import TokenUsage
from openhands_api.types import Unset


def _sum_usage(total: TokenUsage, other: TokenUsage) -> TokenUsage:
    """``total + other`` as upstream's ``TokenUsage.__add__``."""
    return TokenUsage(
        model=total.model,
        prompt_tokens=total.prompt_tokens + other.prompt_tokens,
        completion_tokens=total.completion_tokens + other.completion_tokens,
        cache_read_tokens=total.cache_read_tokens + other.cache_read_tokens,
        cache_write_tokens=total.cache_write_tokens + other.cache_write_tokens,
        reasoning_tokens=total.reasoning_tokens + other.reasoning_tokens,
        context_window=max(total.context_window, other.context_window),
        per_turn_token=other.per_turn_token,
        response_id=total.response_id,
    )


def combine_metrics(per_llm: Iterable[Metrics]) -> Metrics:
    """One :class:`Metrics` for several LLMs, as upstream's ``get_combined_metrics()``.

    Costs and token counts add up; the lists of costs, latencies and usages (absent from
    the stream's snapshots) are concatenated.
    """
    usage = TokenUsage(model="default")
    cost = 0.0
    budget: float | None = None
    costs: list[Cost] = []
    latencies: list[ResponseLatency] = []
    usages: list[TokenUsage] = []
    for metrics in per_llm:
        cost += metrics.accumulated_cost
        if budget is None and not isinstance(metrics.max_budget_per_task, Unset):
            budget = metrics.max_budget_per_task
        usage = _sum_usage(usage, metrics.accumulated_token_usage)
        costs += [] if isinstance(metrics.costs, Unset) else metrics.costs
        latencies += (
            [] if isinstance(metrics.response_latencies, Unset) else metrics.response_latencies
        )
        usages += [] if isinstance(metrics.token_usages, Unset) else metrics.token_usages
    return Metrics(
        accumulated_token_usage=usage,
        max_budget_per_task=budget,
        accumulated_cost=cost,
        costs=costs,
        response_latencies=latencies,
        token_usages=usages,
    )
