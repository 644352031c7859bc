# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

HookExecutionEventHookEventType = Literal[
    "PostToolUse",
    "PreToolUse",
    "SessionEnd",
    "SessionStart",
    "Stop",
    "UserPromptSubmit",
]

HOOK_EXECUTION_EVENT_HOOK_EVENT_TYPE_VALUES: set[HookExecutionEventHookEventType] = {
    "PostToolUse",
    "PreToolUse",
    "SessionEnd",
    "SessionStart",
    "Stop",
    "UserPromptSubmit",
}


def check_hook_execution_event_hook_event_type(
    value: str,
) -> HookExecutionEventHookEventType:
    if value in HOOK_EXECUTION_EVENT_HOOK_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOOK_EXECUTION_EVENT_HOOK_EVENT_TYPE_VALUES!r}"
    )
