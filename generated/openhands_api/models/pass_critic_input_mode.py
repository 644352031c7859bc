# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

PassCriticInputMode = Literal["all_actions", "finish_and_message"]

PASS_CRITIC_INPUT_MODE_VALUES: set[PassCriticInputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_pass_critic_input_mode(value: str) -> PassCriticInputMode:
    if value in PASS_CRITIC_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASS_CRITIC_INPUT_MODE_VALUES!r}"
    )
