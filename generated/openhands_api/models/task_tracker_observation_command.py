# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

TaskTrackerObservationCommand = Literal["plan", "view"]

TASK_TRACKER_OBSERVATION_COMMAND_VALUES: set[TaskTrackerObservationCommand] = {
    "plan",
    "view",
}


def check_task_tracker_observation_command(value: str) -> TaskTrackerObservationCommand:
    if value in TASK_TRACKER_OBSERVATION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_TRACKER_OBSERVATION_COMMAND_VALUES!r}"
    )
