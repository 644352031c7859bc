# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

TaskItemStatus = Literal["done", "in_progress", "todo"]

TASK_ITEM_STATUS_VALUES: set[TaskItemStatus] = {
    "done",
    "in_progress",
    "todo",
}


def check_task_item_status(value: str) -> TaskItemStatus:
    if value in TASK_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_ITEM_STATUS_VALUES!r}"
    )
