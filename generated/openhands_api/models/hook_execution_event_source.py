# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

HookExecutionEventSource = Literal["agent", "environment", "hook", "user"]

HOOK_EXECUTION_EVENT_SOURCE_VALUES: set[HookExecutionEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_hook_execution_event_source(value: str) -> HookExecutionEventSource:
    if value in HOOK_EXECUTION_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {HOOK_EXECUTION_EVENT_SOURCE_VALUES!r}"
    )
