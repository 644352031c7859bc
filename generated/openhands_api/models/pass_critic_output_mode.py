# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

PassCriticOutputMode = Literal["all_actions", "finish_and_message"]

PASS_CRITIC_OUTPUT_MODE_VALUES: set[PassCriticOutputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_pass_critic_output_mode(value: str) -> PassCriticOutputMode:
    if value in PASS_CRITIC_OUTPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASS_CRITIC_OUTPUT_MODE_VALUES!r}"
    )
