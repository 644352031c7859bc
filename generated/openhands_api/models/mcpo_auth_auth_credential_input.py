# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcpo_auth_authentication_input import MCPOAuthAuthenticationInput
    from ..models.mcpo_auth_state_input import MCPOAuthStateInput

_imported = False


def _import_lazily() -> None:
    global _imported, MCPOAuthAuthenticationInput, MCPOAuthStateInput
    from ..models.mcpo_auth_authentication_input import MCPOAuthAuthenticationInput
    from ..models.mcpo_auth_state_input import MCPOAuthStateInput

    _imported = True


T = TypeVar("T", bound="MCPOAuthAuthCredentialInput")


@_attrs_define
class MCPOAuthAuthCredentialInput:
    strategy: Literal["oauth2"] = "oauth2"
    authentication: MCPOAuthAuthenticationInput | None | Unset = UNSET
    state: MCPOAuthStateInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        strategy = self.strategy

        authentication: dict[str, Any] | None | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        elif isinstance(self.authentication, MCPOAuthAuthenticationInput):
            authentication = self.authentication.to_dict()
        else:
            authentication = self.authentication

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, MCPOAuthStateInput):
            state = self.state.to_dict()
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "strategy": strategy,
            }
        )
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        strategy = d.pop("strategy")
        if strategy != "oauth2":
            raise ValueError(f"strategy must match const 'oauth2', got '{strategy}'")

        def _parse_authentication(
            data: object,
        ) -> MCPOAuthAuthenticationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                authentication_type_0 = MCPOAuthAuthenticationInput.from_dict(data)

                return authentication_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        def _parse_state(data: object) -> MCPOAuthStateInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_0 = MCPOAuthStateInput.from_dict(data)

                return state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        state = _parse_state(d.pop("state", UNSET))

        mcpo_auth_auth_credential_input = cls(
            strategy=strategy,
            authentication=authentication,
            state=state,
        )

        mcpo_auth_auth_credential_input.additional_properties = d
        return mcpo_auth_auth_credential_input

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
