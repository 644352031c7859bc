# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

SearchBashEventsKindEqType0 = Literal["BashCommand", "BashOutput"]

SEARCH_BASH_EVENTS_KIND_EQ_TYPE_0_VALUES: set[SearchBashEventsKindEqType0] = {
    "BashCommand",
    "BashOutput",
}


def check_search_bash_events_kind_eq_type_0(value: str) -> SearchBashEventsKindEqType0:
    if value in SEARCH_BASH_EVENTS_KIND_EQ_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_BASH_EVENTS_KIND_EQ_TYPE_0_VALUES!r}"
    )
