# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ObservationEventSource = Literal["agent", "environment", "hook", "user"]

OBSERVATION_EVENT_SOURCE_VALUES: set[ObservationEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_observation_event_source(value: str) -> ObservationEventSource:
    if value in OBSERVATION_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBSERVATION_EVENT_SOURCE_VALUES!r}"
    )
