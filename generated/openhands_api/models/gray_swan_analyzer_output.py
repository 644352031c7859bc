# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="GraySwanAnalyzerOutput")


@_attrs_define
class GraySwanAnalyzerOutput:
    """Security analyzer using GraySwan's Cygnal API for AI safety monitoring.

    This analyzer sends conversation history and pending actions to the GraySwan
    Cygnal API for security analysis. The API returns a violation score which is
    mapped to SecurityRisk levels.

    Environment Variables:
        GRAYSWAN_API_KEY: Required API key for GraySwan authentication
        GRAYSWAN_POLICY_ID: Optional policy ID for custom GraySwan policy

    Example:
        >>> from openhands.sdk.security.grayswan import GraySwanAnalyzer
        >>> analyzer = GraySwanAnalyzer()
        >>> risk = analyzer.security_risk(action_event)

    """

    api_url: str = "https://api.grayswan.ai/cygnal/monitor"
    """ GraySwan Cygnal API endpoint """
    history_limit: int = 20
    """ Number of recent events to include as context """
    kind: Literal["GraySwanAnalyzer"] = "GraySwanAnalyzer"
    low_threshold: float = 0.3
    """ Risk threshold for LOW classification (score <= threshold) """
    max_message_chars: int = 30000
    """ Max characters for conversation processing """
    medium_threshold: float = 0.7
    """ Risk threshold for MEDIUM classification (score <= threshold) """
    timeout: float = 30.0
    """ Request timeout in seconds """
    api_key: None | str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    """ GraySwan API key (via GRAYSWAN_API_KEY env var) """
    policy_id: None | str | Unset = UNSET
    """ GraySwan policy ID (via GRAYSWAN_POLICY_ID env var) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_url = self.api_url

        history_limit = self.history_limit

        kind = self.kind

        low_threshold = self.low_threshold

        max_message_chars = self.max_message_chars

        medium_threshold = self.medium_threshold

        timeout = self.timeout

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        policy_id: None | str | Unset
        if isinstance(self.policy_id, Unset):
            policy_id = UNSET
        else:
            policy_id = self.policy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_url": api_url,
                "history_limit": history_limit,
                "kind": kind,
                "low_threshold": low_threshold,
                "max_message_chars": max_message_chars,
                "medium_threshold": medium_threshold,
                "timeout": timeout,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_url = d.pop("api_url")

        history_limit = d.pop("history_limit")

        kind = d.pop("kind")
        if kind != "GraySwanAnalyzer":
            raise ValueError(f"kind must match const 'GraySwanAnalyzer', got '{kind}'")

        low_threshold = d.pop("low_threshold")

        max_message_chars = d.pop("max_message_chars")

        medium_threshold = d.pop("medium_threshold")

        timeout = d.pop("timeout")

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_policy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        policy_id = _parse_policy_id(d.pop("policy_id", UNSET))

        gray_swan_analyzer_output = cls(
            api_url=api_url,
            history_limit=history_limit,
            kind=kind,
            low_threshold=low_threshold,
            max_message_chars=max_message_chars,
            medium_threshold=medium_threshold,
            timeout=timeout,
            api_key=api_key,
            policy_id=policy_id,
        )

        gray_swan_analyzer_output.additional_properties = d
        return gray_swan_analyzer_output

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
