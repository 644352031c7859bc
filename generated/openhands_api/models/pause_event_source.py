# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

PauseEventSource = Literal["agent", "environment", "hook", "user"]

PAUSE_EVENT_SOURCE_VALUES: set[PauseEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_pause_event_source(value: str) -> PauseEventSource:
    if value in PAUSE_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PAUSE_EVENT_SOURCE_VALUES!r}"
    )
