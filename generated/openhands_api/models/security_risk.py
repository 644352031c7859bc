# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

SecurityRisk = Literal["HIGH", "LOW", "MEDIUM", "UNKNOWN"]

SECURITY_RISK_VALUES: set[SecurityRisk] = {
    "HIGH",
    "LOW",
    "MEDIUM",
    "UNKNOWN",
}


def check_security_risk(value: str) -> SecurityRisk:
    if value in SECURITY_RISK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SECURITY_RISK_VALUES!r}"
    )
