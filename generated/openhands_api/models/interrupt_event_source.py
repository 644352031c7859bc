# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

InterruptEventSource = Literal["agent", "environment", "hook", "user"]

INTERRUPT_EVENT_SOURCE_VALUES: set[InterruptEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_interrupt_event_source(value: str) -> InterruptEventSource:
    if value in INTERRUPT_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTERRUPT_EVENT_SOURCE_VALUES!r}"
    )
