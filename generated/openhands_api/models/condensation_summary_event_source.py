# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

CondensationSummaryEventSource = Literal["agent", "environment", "hook", "user"]

CONDENSATION_SUMMARY_EVENT_SOURCE_VALUES: set[CondensationSummaryEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_condensation_summary_event_source(
    value: str,
) -> CondensationSummaryEventSource:
    if value in CONDENSATION_SUMMARY_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONDENSATION_SUMMARY_EVENT_SOURCE_VALUES!r}"
    )
