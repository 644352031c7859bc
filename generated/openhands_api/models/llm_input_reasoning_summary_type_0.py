# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMInputReasoningSummaryType0 = Literal["auto", "concise", "detailed"]

LLM_INPUT_REASONING_SUMMARY_TYPE_0_VALUES: set[LLMInputReasoningSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_llm_input_reasoning_summary_type_0(
    value: str,
) -> LLMInputReasoningSummaryType0:
    if value in LLM_INPUT_REASONING_SUMMARY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_INPUT_REASONING_SUMMARY_TYPE_0_VALUES!r}"
    )
