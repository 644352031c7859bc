# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

EmptyPatchCriticOutputMode = Literal["all_actions", "finish_and_message"]

EMPTY_PATCH_CRITIC_OUTPUT_MODE_VALUES: set[EmptyPatchCriticOutputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_empty_patch_critic_output_mode(value: str) -> EmptyPatchCriticOutputMode:
    if value in EMPTY_PATCH_CRITIC_OUTPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMPTY_PATCH_CRITIC_OUTPUT_MODE_VALUES!r}"
    )
