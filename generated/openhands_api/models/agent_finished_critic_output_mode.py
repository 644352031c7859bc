# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

AgentFinishedCriticOutputMode = Literal["all_actions", "finish_and_message"]

AGENT_FINISHED_CRITIC_OUTPUT_MODE_VALUES: set[AgentFinishedCriticOutputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_agent_finished_critic_output_mode(
    value: str,
) -> AgentFinishedCriticOutputMode:
    if value in AGENT_FINISHED_CRITIC_OUTPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_FINISHED_CRITIC_OUTPUT_MODE_VALUES!r}"
    )
