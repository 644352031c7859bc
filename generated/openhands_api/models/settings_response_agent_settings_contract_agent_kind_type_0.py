# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

SettingsResponseAgentSettingsContractAgentKindType0 = Literal["acp", "openhands"]

SETTINGS_RESPONSE_AGENT_SETTINGS_CONTRACT_AGENT_KIND_TYPE_0_VALUES: set[
    SettingsResponseAgentSettingsContractAgentKindType0
] = {
    "acp",
    "openhands",
}


def check_settings_response_agent_settings_contract_agent_kind_type_0(
    value: str,
) -> SettingsResponseAgentSettingsContractAgentKindType0:
    if value in SETTINGS_RESPONSE_AGENT_SETTINGS_CONTRACT_AGENT_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SETTINGS_RESPONSE_AGENT_SETTINGS_CONTRACT_AGENT_KIND_TYPE_0_VALUES!r}"
    )
