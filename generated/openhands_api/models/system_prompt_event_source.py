# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

SystemPromptEventSource = Literal["agent", "environment", "hook", "user"]

SYSTEM_PROMPT_EVENT_SOURCE_VALUES: set[SystemPromptEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_system_prompt_event_source(value: str) -> SystemPromptEventSource:
    if value in SYSTEM_PROMPT_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SYSTEM_PROMPT_EVENT_SOURCE_VALUES!r}"
    )
