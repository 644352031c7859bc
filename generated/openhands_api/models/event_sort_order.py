# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

EventSortOrder = Literal["TIMESTAMP", "TIMESTAMP_DESC"]

EVENT_SORT_ORDER_VALUES: set[EventSortOrder] = {
    "TIMESTAMP",
    "TIMESTAMP_DESC",
}


def check_event_sort_order(value: str) -> EventSortOrder:
    if value in EVENT_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_SORT_ORDER_VALUES!r}"
    )
