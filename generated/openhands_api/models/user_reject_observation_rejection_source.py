# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

UserRejectObservationRejectionSource = Literal["hook", "user"]

USER_REJECT_OBSERVATION_REJECTION_SOURCE_VALUES: set[
    UserRejectObservationRejectionSource
] = {
    "hook",
    "user",
}


def check_user_reject_observation_rejection_source(
    value: str,
) -> UserRejectObservationRejectionSource:
    if value in USER_REJECT_OBSERVATION_REJECTION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_REJECT_OBSERVATION_REJECTION_SOURCE_VALUES!r}"
    )
