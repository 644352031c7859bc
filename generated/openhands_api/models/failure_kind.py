# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

FailureKind = Literal[
    "agent_action",
    "auth",
    "config",
    "internal",
    "quota",
    "rate_limit",
    "transient",
    "unknown",
]

FAILURE_KIND_VALUES: set[FailureKind] = {
    "agent_action",
    "auth",
    "config",
    "internal",
    "quota",
    "rate_limit",
    "transient",
    "unknown",
}


def check_failure_kind(value: str) -> FailureKind:
    if value in FAILURE_KIND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FAILURE_KIND_VALUES!r}"
    )
