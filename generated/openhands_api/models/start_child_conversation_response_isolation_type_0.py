# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

StartChildConversationResponseIsolationType0 = Literal["shared", "worktree"]

START_CHILD_CONVERSATION_RESPONSE_ISOLATION_TYPE_0_VALUES: set[
    StartChildConversationResponseIsolationType0
] = {
    "shared",
    "worktree",
}


def check_start_child_conversation_response_isolation_type_0(
    value: str,
) -> StartChildConversationResponseIsolationType0:
    if value in START_CHILD_CONVERSATION_RESPONSE_ISOLATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_CHILD_CONVERSATION_RESPONSE_ISOLATION_TYPE_0_VALUES!r}"
    )
