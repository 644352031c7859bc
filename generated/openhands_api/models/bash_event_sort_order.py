# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

BashEventSortOrder = Literal["TIMESTAMP", "TIMESTAMP_DESC"]

BASH_EVENT_SORT_ORDER_VALUES: set[BashEventSortOrder] = {
    "TIMESTAMP",
    "TIMESTAMP_DESC",
}


def check_bash_event_sort_order(value: str) -> BashEventSortOrder:
    if value in BASH_EVENT_SORT_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASH_EVENT_SORT_ORDER_VALUES!r}"
    )
