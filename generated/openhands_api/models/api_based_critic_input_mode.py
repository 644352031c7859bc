# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

APIBasedCriticInputMode = Literal["all_actions", "finish_and_message"]

API_BASED_CRITIC_INPUT_MODE_VALUES: set[APIBasedCriticInputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_api_based_critic_input_mode(value: str) -> APIBasedCriticInputMode:
    if value in API_BASED_CRITIC_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {API_BASED_CRITIC_INPUT_MODE_VALUES!r}"
    )
