# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

TaskTrackerActionCommand = Literal["plan", "view"]

TASK_TRACKER_ACTION_COMMAND_VALUES: set[TaskTrackerActionCommand] = {
    "plan",
    "view",
}


def check_task_tracker_action_command(value: str) -> TaskTrackerActionCommand:
    if value in TASK_TRACKER_ACTION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_TRACKER_ACTION_COMMAND_VALUES!r}"
    )
