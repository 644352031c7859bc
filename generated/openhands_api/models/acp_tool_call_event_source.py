# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ACPToolCallEventSource = Literal["agent", "environment", "hook", "user"]

ACP_TOOL_CALL_EVENT_SOURCE_VALUES: set[ACPToolCallEventSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_acp_tool_call_event_source(value: str) -> ACPToolCallEventSource:
    if value in ACP_TOOL_CALL_EVENT_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACP_TOOL_CALL_EVENT_SOURCE_VALUES!r}"
    )
