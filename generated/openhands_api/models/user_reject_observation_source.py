# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

UserRejectObservationSource = Literal["agent", "environment", "hook", "user"]

USER_REJECT_OBSERVATION_SOURCE_VALUES: set[UserRejectObservationSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_user_reject_observation_source(value: str) -> UserRejectObservationSource:
    if value in USER_REJECT_OBSERVATION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_REJECT_OBSERVATION_SOURCE_VALUES!r}"
    )
