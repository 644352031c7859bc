# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ServerInfoConversationRuntime = Literal["docker", "local"]

SERVER_INFO_CONVERSATION_RUNTIME_VALUES: set[ServerInfoConversationRuntime] = {
    "docker",
    "local",
}


def check_server_info_conversation_runtime(value: str) -> ServerInfoConversationRuntime:
    if value in SERVER_INFO_CONVERSATION_RUNTIME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVER_INFO_CONVERSATION_RUNTIME_VALUES!r}"
    )
