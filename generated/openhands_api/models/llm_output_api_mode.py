# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMOutputApiMode = Literal["auto", "chat", "responses"]

LLM_OUTPUT_API_MODE_VALUES: set[LLMOutputApiMode] = {
    "auto",
    "chat",
    "responses",
}


def check_llm_output_api_mode(value: str) -> LLMOutputApiMode:
    if value in LLM_OUTPUT_API_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_OUTPUT_API_MODE_VALUES!r}"
    )
