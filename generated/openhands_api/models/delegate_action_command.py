# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

DelegateActionCommand = Literal["delegate", "spawn"]

DELEGATE_ACTION_COMMAND_VALUES: set[DelegateActionCommand] = {
    "delegate",
    "spawn",
}


def check_delegate_action_command(value: str) -> DelegateActionCommand:
    if value in DELEGATE_ACTION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELEGATE_ACTION_COMMAND_VALUES!r}"
    )
