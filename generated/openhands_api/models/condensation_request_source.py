# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

CondensationRequestSource = Literal["agent", "environment", "hook", "user"]

CONDENSATION_REQUEST_SOURCE_VALUES: set[CondensationRequestSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_condensation_request_source(value: str) -> CondensationRequestSource:
    if value in CONDENSATION_REQUEST_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONDENSATION_REQUEST_SOURCE_VALUES!r}"
    )
