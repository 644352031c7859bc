# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMOutputAuthType = Literal["api_key", "subscription"]

LLM_OUTPUT_AUTH_TYPE_VALUES: set[LLMOutputAuthType] = {
    "api_key",
    "subscription",
}


def check_llm_output_auth_type(value: str) -> LLMOutputAuthType:
    if value in LLM_OUTPUT_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_OUTPUT_AUTH_TYPE_VALUES!r}"
    )
