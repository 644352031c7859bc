# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

RuntimeSearchBashEventsKindEqType0 = Literal["BashCommand", "BashOutput"]

RUNTIME_SEARCH_BASH_EVENTS_KIND_EQ_TYPE_0_VALUES: set[
    RuntimeSearchBashEventsKindEqType0
] = {
    "BashCommand",
    "BashOutput",
}


def check_runtime_search_bash_events_kind_eq_type_0(
    value: str,
) -> RuntimeSearchBashEventsKindEqType0:
    if value in RUNTIME_SEARCH_BASH_EVENTS_KIND_EQ_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_SEARCH_BASH_EVENTS_KIND_EQ_TYPE_0_VALUES!r}"
    )
