# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

StartChildConversationActionIsolation = Literal["shared", "worktree"]

START_CHILD_CONVERSATION_ACTION_ISOLATION_VALUES: set[
    StartChildConversationActionIsolation
] = {
    "shared",
    "worktree",
}


def check_start_child_conversation_action_isolation(
    value: str,
) -> StartChildConversationActionIsolation:
    if value in START_CHILD_CONVERSATION_ACTION_ISOLATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_CHILD_CONVERSATION_ACTION_ISOLATION_VALUES!r}"
    )
