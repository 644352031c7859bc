# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LLMOutputCapabilityOverrides")


@_attrs_define
class LLMOutputCapabilityOverrides:
    """Explicit model capability overrides. Supported keys include supports_reasoning_effort, thinking_mode (adaptive,
    manual, none, or unknown), supports_sampling_params, supports_prompt_cache, supports_stop_words,
    supports_responses_api, supports_vision, and supports_prompt_cache_retention. Overrides take precedence over LiteLLM
    metadata and SDK fallbacks.

    """

    additional_properties: dict[str, bool | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        llm_output_capability_overrides = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> bool | str:
                return data  # type: ignore[return-value]

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        llm_output_capability_overrides.additional_properties = additional_properties
        return llm_output_capability_overrides

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
