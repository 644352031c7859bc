# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

MessageEventSource = Literal["agent", "environment", "hook", "user"]

MESSAGE_EVENT_SOURCE_VALUES: set[MessageEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_message_event_source(value: str) -> MessageEventSource:
    if value in MESSAGE_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_EVENT_SOURCE_VALUES!r}"
    )
