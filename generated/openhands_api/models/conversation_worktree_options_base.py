# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ConversationWorktreeOptionsBase = Literal["default_branch", "head", "ref"]

CONVERSATION_WORKTREE_OPTIONS_BASE_VALUES: set[ConversationWorktreeOptionsBase] = {
    "default_branch",
    "head",
    "ref",
}


def check_conversation_worktree_options_base(
    value: str,
) -> ConversationWorktreeOptionsBase:
    if value in CONVERSATION_WORKTREE_OPTIONS_BASE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_WORKTREE_OPTIONS_BASE_VALUES!r}"
    )
