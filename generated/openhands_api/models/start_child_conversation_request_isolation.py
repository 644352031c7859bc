# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

StartChildConversationRequestIsolation = Literal["shared", "worktree"]

START_CHILD_CONVERSATION_REQUEST_ISOLATION_VALUES: set[
    StartChildConversationRequestIsolation
] = {
    "shared",
    "worktree",
}


def check_start_child_conversation_request_isolation(
    value: str,
) -> StartChildConversationRequestIsolation:
    if value in START_CHILD_CONVERSATION_REQUEST_ISOLATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_CHILD_CONVERSATION_REQUEST_ISOLATION_VALUES!r}"
    )
