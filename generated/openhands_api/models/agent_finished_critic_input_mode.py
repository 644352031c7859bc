# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

AgentFinishedCriticInputMode = Literal["all_actions", "finish_and_message"]

AGENT_FINISHED_CRITIC_INPUT_MODE_VALUES: set[AgentFinishedCriticInputMode] = {
    "all_actions",
    "finish_and_message",
}


def check_agent_finished_critic_input_mode(value: str) -> AgentFinishedCriticInputMode:
    if value in AGENT_FINISHED_CRITIC_INPUT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_FINISHED_CRITIC_INPUT_MODE_VALUES!r}"
    )
