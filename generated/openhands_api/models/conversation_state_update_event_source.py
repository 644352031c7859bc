# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ConversationStateUpdateEventSource = Literal["agent", "environment", "hook", "user"]

CONVERSATION_STATE_UPDATE_EVENT_SOURCE_VALUES: set[
    ConversationStateUpdateEventSource
] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_conversation_state_update_event_source(
    value: str,
) -> ConversationStateUpdateEventSource:
    if value in CONVERSATION_STATE_UPDATE_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_STATE_UPDATE_EVENT_SOURCE_VALUES!r}"
    )
