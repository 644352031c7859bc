# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMOutputReasoningSummaryType0 = Literal["auto", "concise", "detailed"]

LLM_OUTPUT_REASONING_SUMMARY_TYPE_0_VALUES: set[LLMOutputReasoningSummaryType0] = {
    "auto",
    "concise",
    "detailed",
}


def check_llm_output_reasoning_summary_type_0(
    value: str,
) -> LLMOutputReasoningSummaryType0:
    if value in LLM_OUTPUT_REASONING_SUMMARY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_OUTPUT_REASONING_SUMMARY_TYPE_0_VALUES!r}"
    )
