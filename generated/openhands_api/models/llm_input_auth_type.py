# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMInputAuthType = Literal["api_key", "subscription"]

LLM_INPUT_AUTH_TYPE_VALUES: set[LLMInputAuthType] = {
    "api_key",
    "subscription",
}


def check_llm_input_auth_type(value: str) -> LLMInputAuthType:
    if value in LLM_INPUT_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_INPUT_AUTH_TYPE_VALUES!r}"
    )
