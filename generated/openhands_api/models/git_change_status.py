# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

GitChangeStatus = Literal["ADDED", "DELETED", "MOVED", "UPDATED"]

GIT_CHANGE_STATUS_VALUES: set[GitChangeStatus] = {
    "ADDED",
    "DELETED",
    "MOVED",
    "UPDATED",
}


def check_git_change_status(value: str) -> GitChangeStatus:
    if value in GIT_CHANGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GIT_CHANGE_STATUS_VALUES!r}"
    )
