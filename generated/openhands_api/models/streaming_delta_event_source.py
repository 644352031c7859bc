# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

StreamingDeltaEventSource = Literal["agent", "environment", "hook", "user"]

STREAMING_DELTA_EVENT_SOURCE_VALUES: set[StreamingDeltaEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_streaming_delta_event_source(value: str) -> StreamingDeltaEventSource:
    if value in STREAMING_DELTA_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAMING_DELTA_EVENT_SOURCE_VALUES!r}"
    )
