# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

CondensationSource = Literal["agent", "environment", "hook", "user"]

CONDENSATION_SOURCE_VALUES: set[CondensationSource] = {
    "agent",
    "environment",
    "hook",
    "user",
}


def check_condensation_source(value: str) -> CondensationSource:
    if value in CONDENSATION_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONDENSATION_SOURCE_VALUES!r}"
    )
