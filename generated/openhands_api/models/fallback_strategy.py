# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FallbackStrategy")


@_attrs_define
class FallbackStrategy:
    """Encapsulates fallback behavior for LLM calls.

    When the primary LLM fails with a transient error (after retries),
    this strategy tries alternate LLMs loaded from LLMProfileStore profiles.
    Fallback is per-call: each new request starts with the primary model.

    """

    fallback_llms: list[str]
    """ Ordered list of LLM profile names to try on transient failure. """
    profile_store_dir: None | str | Unset = UNSET
    """ Path to directory containing profiles. If not specified, defaults to `.openhands/profiles`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_llms = self.fallback_llms

        profile_store_dir: None | str | Unset
        if isinstance(self.profile_store_dir, Unset):
            profile_store_dir = UNSET
        else:
            profile_store_dir = self.profile_store_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fallback_llms": fallback_llms,
            }
        )
        if profile_store_dir is not UNSET:
            field_dict["profile_store_dir"] = profile_store_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_llms = cast(list[str], d.pop("fallback_llms"))

        def _parse_profile_store_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        profile_store_dir = _parse_profile_store_dir(d.pop("profile_store_dir", UNSET))

        fallback_strategy = cls(
            fallback_llms=fallback_llms,
            profile_store_dir=profile_store_dir,
        )

        fallback_strategy.additional_properties = d
        return fallback_strategy

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
