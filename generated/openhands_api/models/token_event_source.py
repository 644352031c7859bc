# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

TokenEventSource = Literal["agent", "environment", "hook", "user"]

TOKEN_EVENT_SOURCE_VALUES: set[TokenEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_token_event_source(value: str) -> TokenEventSource:
    if value in TOKEN_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOKEN_EVENT_SOURCE_VALUES!r}"
    )
