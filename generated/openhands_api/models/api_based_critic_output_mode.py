# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

APIBasedCriticOutputMode = Literal["all_actions", "finish_and_message"]

API_BASED_CRITIC_OUTPUT_MODE_VALUES: set[APIBasedCriticOutputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_api_based_critic_output_mode(value: str) -> APIBasedCriticOutputMode:
    if value in API_BASED_CRITIC_OUTPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {API_BASED_CRITIC_OUTPUT_MODE_VALUES!r}"
    )
