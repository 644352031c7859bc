# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

AgentDefinitionLevelType0 = Literal[
    "builtin", "plugin", "programmatic", "project", "user"
]

AGENT_DEFINITION_LEVEL_TYPE_0_VALUES: set[AgentDefinitionLevelType0] = {
    "builtin",
    "plugin",
    "programmatic",
    "project",
    "user",
}


def check_agent_definition_level_type_0(value: str) -> AgentDefinitionLevelType0:
    if value in AGENT_DEFINITION_LEVEL_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_DEFINITION_LEVEL_TYPE_0_VALUES!r}"
    )
