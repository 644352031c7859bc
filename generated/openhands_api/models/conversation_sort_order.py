# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ConversationSortOrder = Literal[
    "CREATED_AT", "CREATED_AT_DESC", "UPDATED_AT", "UPDATED_AT_DESC"
]

CONVERSATION_SORT_ORDER_VALUES: set[ConversationSortOrder] = {
    "CREATED_AT",
    "CREATED_AT_DESC",
    "UPDATED_AT",
    "UPDATED_AT_DESC",
}


def check_conversation_sort_order(value: str) -> ConversationSortOrder:
    if value in CONVERSATION_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SORT_ORDER_VALUES!r}"
    )
