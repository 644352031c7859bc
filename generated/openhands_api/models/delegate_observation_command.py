# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

DelegateObservationCommand = Literal["delegate", "spawn"]

DELEGATE_OBSERVATION_COMMAND_VALUES: set[DelegateObservationCommand] = {
    "delegate",
    "spawn",
}


def check_delegate_observation_command(value: str) -> DelegateObservationCommand:
    if value in DELEGATE_OBSERVATION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELEGATE_OBSERVATION_COMMAND_VALUES!r}"
    )
