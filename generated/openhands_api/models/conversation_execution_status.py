# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ConversationExecutionStatus = Literal[
    "deleting",
    "error",
    "finished",
    "idle",
    "paused",
    "running",
    "stuck",
    "waiting_for_confirmation",
]

CONVERSATION_EXECUTION_STATUS_VALUES: set[ConversationExecutionStatus] = {
    "deleting",
    "error",
    "finished",
    "idle",
    "paused",
    "running",
    "stuck",
    "waiting_for_confirmation",
}


def check_conversation_execution_status(value: str) -> ConversationExecutionStatus:
    if value in CONVERSATION_EXECUTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_EXECUTION_STATUS_VALUES!r}"
    )
