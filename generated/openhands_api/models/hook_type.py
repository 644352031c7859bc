# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

HookType = Literal["agent", "command", "prompt"]

HOOK_TYPE_VALUES: set[HookType] = {
    "agent",
    "command",
    "prompt",
}


def check_hook_type(value: str) -> HookType:
    if value in HOOK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HOOK_TYPE_VALUES!r}")
