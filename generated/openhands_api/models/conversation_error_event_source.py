# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ConversationErrorEventSource = Literal["agent", "environment", "hook", "user"]

CONVERSATION_ERROR_EVENT_SOURCE_VALUES: set[ConversationErrorEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_conversation_error_event_source(value: str) -> ConversationErrorEventSource:
    if value in CONVERSATION_ERROR_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ERROR_EVENT_SOURCE_VALUES!r}"
    )
