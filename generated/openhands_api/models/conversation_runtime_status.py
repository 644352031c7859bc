# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ConversationRuntimeStatus = Literal[
    "available", "error", "missing", "ownership_lost", "starting"
]

CONVERSATION_RUNTIME_STATUS_VALUES: set[ConversationRuntimeStatus] = {
    "available",
    "error",
    "missing",
    "ownership_lost",
    "starting",
}


def check_conversation_runtime_status(value: str) -> ConversationRuntimeStatus:
    if value in CONVERSATION_RUNTIME_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_RUNTIME_STATUS_VALUES!r}"
    )
