# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ErrorClassificationUserAction = Literal["none", "retry", "settings"]

ERROR_CLASSIFICATION_USER_ACTION_VALUES: set[ErrorClassificationUserAction] = {
    "none",
    "retry",
    "settings",
}


def check_error_classification_user_action(value: str) -> ErrorClassificationUserAction:
    if value in ERROR_CLASSIFICATION_USER_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ERROR_CLASSIFICATION_USER_ACTION_VALUES!r}"
    )
