# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

AgentErrorEventSource = Literal["agent", "environment", "hook", "user"]

AGENT_ERROR_EVENT_SOURCE_VALUES: set[AgentErrorEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_agent_error_event_source(value: str) -> AgentErrorEventSource:
    if value in AGENT_ERROR_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_ERROR_EVENT_SOURCE_VALUES!r}"
    )
