# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcpo_auth_client_info_state_output import (
        MCPOAuthClientInfoStateOutput,
    )
    from ..models.mcpo_auth_token_state_output import MCPOAuthTokenStateOutput

_imported = False


def _import_lazily() -> None:
    global _imported, MCPOAuthClientInfoStateOutput, MCPOAuthTokenStateOutput
    from ..models.mcpo_auth_client_info_state_output import (
        MCPOAuthClientInfoStateOutput,
    )
    from ..models.mcpo_auth_token_state_output import MCPOAuthTokenStateOutput

    _imported = True


T = TypeVar("T", bound="MCPOAuthStateOutput")


@_attrs_define
class MCPOAuthStateOutput:
    client_info: MCPOAuthClientInfoStateOutput | None | Unset = UNSET
    token_expires_at: float | None | Unset = UNSET
    tokens: MCPOAuthTokenStateOutput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        client_info: dict[str, Any] | None | Unset
        if isinstance(self.client_info, Unset):
            client_info = UNSET
        elif isinstance(self.client_info, MCPOAuthClientInfoStateOutput):
            client_info = self.client_info.to_dict()
        else:
            client_info = self.client_info

        token_expires_at: float | None | Unset
        if isinstance(self.token_expires_at, Unset):
            token_expires_at = UNSET
        else:
            token_expires_at = self.token_expires_at

        tokens: dict[str, Any] | None | Unset
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        elif isinstance(self.tokens, MCPOAuthTokenStateOutput):
            tokens = self.tokens.to_dict()
        else:
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_info is not UNSET:
            field_dict["client_info"] = client_info
        if token_expires_at is not UNSET:
            field_dict["token_expires_at"] = token_expires_at
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_client_info(
            data: object,
        ) -> MCPOAuthClientInfoStateOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_info_type_0 = MCPOAuthClientInfoStateOutput.from_dict(data)

                return client_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        client_info = _parse_client_info(d.pop("client_info", UNSET))

        def _parse_token_expires_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        token_expires_at = _parse_token_expires_at(d.pop("token_expires_at", UNSET))

        def _parse_tokens(data: object) -> MCPOAuthTokenStateOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tokens_type_0 = MCPOAuthTokenStateOutput.from_dict(data)

                return tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        tokens = _parse_tokens(d.pop("tokens", UNSET))

        mcpo_auth_state_output = cls(
            client_info=client_info,
            token_expires_at=token_expires_at,
            tokens=tokens,
        )

        mcpo_auth_state_output.additional_properties = d
        return mcpo_auth_state_output

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
