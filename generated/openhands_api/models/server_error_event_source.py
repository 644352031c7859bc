# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ServerErrorEventSource = Literal["agent", "environment", "hook", "user"]

SERVER_ERROR_EVENT_SOURCE_VALUES: set[ServerErrorEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_server_error_event_source(value: str) -> ServerErrorEventSource:
    if value in SERVER_ERROR_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVER_ERROR_EVENT_SOURCE_VALUES!r}"
    )
