# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

SecurityAnalysisEventSource = Literal["agent", "environment", "hook", "user"]

SECURITY_ANALYSIS_EVENT_SOURCE_VALUES: set[SecurityAnalysisEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_security_analysis_event_source(value: str) -> SecurityAnalysisEventSource:
    if value in SECURITY_ANALYSIS_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SECURITY_ANALYSIS_EVENT_SOURCE_VALUES!r}"
    )
