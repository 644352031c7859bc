# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ActionEventSource = Literal["agent", "environment", "hook", "user"]

ACTION_EVENT_SOURCE_VALUES: set[ActionEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_action_event_source(value: str) -> ActionEventSource:
    if value in ACTION_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTION_EVENT_SOURCE_VALUES!r}"
    )
