# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ServerInfoAvailableConversationRuntimesItem = Literal["docker", "local"]

SERVER_INFO_AVAILABLE_CONVERSATION_RUNTIMES_ITEM_VALUES: set[
    ServerInfoAvailableConversationRuntimesItem
] = {
    "docker",
    "local",
}


def check_server_info_available_conversation_runtimes_item(
    value: str,
) -> ServerInfoAvailableConversationRuntimesItem:
    if value in SERVER_INFO_AVAILABLE_CONVERSATION_RUNTIMES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVER_INFO_AVAILABLE_CONVERSATION_RUNTIMES_ITEM_VALUES!r}"
    )
