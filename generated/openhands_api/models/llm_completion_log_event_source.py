# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMCompletionLogEventSource = Literal["agent", "environment", "hook", "user"]

LLM_COMPLETION_LOG_EVENT_SOURCE_VALUES: set[LLMCompletionLogEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_llm_completion_log_event_source(value: str) -> LLMCompletionLogEventSource:
    if value in LLM_COMPLETION_LOG_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_COMPLETION_LOG_EVENT_SOURCE_VALUES!r}"
    )
