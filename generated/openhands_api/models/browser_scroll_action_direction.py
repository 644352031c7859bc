# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

BrowserScrollActionDirection = Literal["down", "up"]

BROWSER_SCROLL_ACTION_DIRECTION_VALUES: set[BrowserScrollActionDirection] = {
    "down",
    "up",
}


def check_browser_scroll_action_direction(value: str) -> BrowserScrollActionDirection:
    if value in BROWSER_SCROLL_ACTION_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BROWSER_SCROLL_ACTION_DIRECTION_VALUES!r}"
    )
