# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

WorkflowObservationStatus = Literal["completed", "error"]

WORKFLOW_OBSERVATION_STATUS_VALUES: set[WorkflowObservationStatus] = {
    "completed",
    "error",
}


def check_workflow_observation_status(value: str) -> WorkflowObservationStatus:
    if value in WORKFLOW_OBSERVATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WORKFLOW_OBSERVATION_STATUS_VALUES!r}"
    )
