# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenUsage")


@_attrs_define
class TokenUsage:
    """Metric tracking detailed token usage per completion call."""

    cache_read_tokens: int = 0
    """ Cache read tokens must be non-negative """
    cache_write_tokens: int = 0
    """ Cache write tokens must be non-negative """
    completion_tokens: int = 0
    """ Completion tokens must be non-negative """
    context_window: int = 0
    """ Context window must be non-negative """
    model: str = ""
    per_turn_token: int = 0
    """ Per turn tokens must be non-negative """
    prompt_tokens: int = 0
    """ Prompt tokens must be non-negative """
    reasoning_tokens: int = 0
    """ Reasoning tokens must be non-negative """
    response_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_read_tokens = self.cache_read_tokens

        cache_write_tokens = self.cache_write_tokens

        completion_tokens = self.completion_tokens

        context_window = self.context_window

        model = self.model

        per_turn_token = self.per_turn_token

        prompt_tokens = self.prompt_tokens

        reasoning_tokens = self.reasoning_tokens

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_read_tokens": cache_read_tokens,
                "cache_write_tokens": cache_write_tokens,
                "completion_tokens": completion_tokens,
                "context_window": context_window,
                "model": model,
                "per_turn_token": per_turn_token,
                "prompt_tokens": prompt_tokens,
                "reasoning_tokens": reasoning_tokens,
                "response_id": response_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_read_tokens = d.pop("cache_read_tokens")

        cache_write_tokens = d.pop("cache_write_tokens")

        completion_tokens = d.pop("completion_tokens")

        context_window = d.pop("context_window")

        model = d.pop("model")

        per_turn_token = d.pop("per_turn_token")

        prompt_tokens = d.pop("prompt_tokens")

        reasoning_tokens = d.pop("reasoning_tokens")

        response_id = d.pop("response_id")

        token_usage = cls(
            cache_read_tokens=cache_read_tokens,
            cache_write_tokens=cache_write_tokens,
            completion_tokens=completion_tokens,
            context_window=context_window,
            model=model,
            per_turn_token=per_turn_token,
            prompt_tokens=prompt_tokens,
            reasoning_tokens=reasoning_tokens,
            response_id=response_id,
        )

        token_usage.additional_properties = d
        return token_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
