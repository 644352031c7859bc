# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

StartConversationRequestConversationRuntimeType0 = Literal["docker", "local"]

START_CONVERSATION_REQUEST_CONVERSATION_RUNTIME_TYPE_0_VALUES: set[
    StartConversationRequestConversationRuntimeType0
] = {
    "docker",
    "local",
}


def check_start_conversation_request_conversation_runtime_type_0(
    value: str,
) -> StartConversationRequestConversationRuntimeType0:
    if value in START_CONVERSATION_REQUEST_CONVERSATION_RUNTIME_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_CONVERSATION_REQUEST_CONVERSATION_RUNTIME_TYPE_0_VALUES!r}"
    )
