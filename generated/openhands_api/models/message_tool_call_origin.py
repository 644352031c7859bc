# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

MessageToolCallOrigin = Literal["completion", "responses"]

MESSAGE_TOOL_CALL_ORIGIN_VALUES: set[MessageToolCallOrigin] = {
    "completion",
    "responses",
}


def check_message_tool_call_origin(value: str) -> MessageToolCallOrigin:
    if value in MESSAGE_TOOL_CALL_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_TOOL_CALL_ORIGIN_VALUES!r}"
    )
