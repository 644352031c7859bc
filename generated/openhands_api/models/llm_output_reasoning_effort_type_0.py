# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMOutputReasoningEffortType0 = Literal["high", "low", "medium", "none", "xhigh"]

LLM_OUTPUT_REASONING_EFFORT_TYPE_0_VALUES: set[LLMOutputReasoningEffortType0] = {
    "high",
    "low",
    "medium",
    "none",
    "xhigh",
}


def check_llm_output_reasoning_effort_type_0(
    value: str,
) -> LLMOutputReasoningEffortType0:
    if value in LLM_OUTPUT_REASONING_EFFORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_OUTPUT_REASONING_EFFORT_TYPE_0_VALUES!r}"
    )
