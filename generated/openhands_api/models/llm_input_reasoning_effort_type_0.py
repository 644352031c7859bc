# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

LLMInputReasoningEffortType0 = Literal["high", "low", "medium", "none", "xhigh"]

LLM_INPUT_REASONING_EFFORT_TYPE_0_VALUES: set[LLMInputReasoningEffortType0] = {
    "high",
    "low",
    "medium",
    "none",
    "xhigh",
}


def check_llm_input_reasoning_effort_type_0(value: str) -> LLMInputReasoningEffortType0:
    if value in LLM_INPUT_REASONING_EFFORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_INPUT_REASONING_EFFORT_TYPE_0_VALUES!r}"
    )
