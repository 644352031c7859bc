# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMInputApiMode = Literal["auto", "chat", "responses"]

LLM_INPUT_API_MODE_VALUES: set[LLMInputApiMode] = {
    "auto",
    "chat",
    "responses",
}


def check_llm_input_api_mode(value: str) -> LLMInputApiMode:
    if value in LLM_INPUT_API_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_INPUT_API_MODE_VALUES!r}"
    )
