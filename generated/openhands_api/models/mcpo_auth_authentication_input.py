# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcpo_auth_authentication_input_client_auth_method_type_0 import (
    MCPOAuthAuthenticationInputClientAuthMethodType0,
    check_mcpo_auth_authentication_input_client_auth_method_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcpo_auth_authentication_input_additional_client_metadata_type_0 import (
        MCPOAuthAuthenticationInputAdditionalClientMetadataType0,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, MCPOAuthAuthenticationInputAdditionalClientMetadataType0
    from ..models.mcpo_auth_authentication_input_additional_client_metadata_type_0 import (
        MCPOAuthAuthenticationInputAdditionalClientMetadataType0,
    )

    _imported = True


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="MCPOAuthAuthenticationInput")


@_attrs_define
class MCPOAuthAuthenticationInput:
    type_: Literal["oauth"]
    additional_client_metadata: (
        MCPOAuthAuthenticationInputAdditionalClientMetadataType0 | None | Unset
    ) = UNSET
    client_auth_method: (
        MCPOAuthAuthenticationInputClientAuthMethodType0 | None | Unset
    ) = UNSET
    client_id: None | str | Unset = UNSET
    client_metadata_url: None | str | Unset = UNSET
    client_name: None | str | Unset = UNSET
    client_secret: None | str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    scopes: list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        type_ = self.type_

        additional_client_metadata: dict[str, Any] | None | Unset
        if isinstance(self.additional_client_metadata, Unset):
            additional_client_metadata = UNSET
        elif isinstance(
            self.additional_client_metadata,
            MCPOAuthAuthenticationInputAdditionalClientMetadataType0,
        ):
            additional_client_metadata = self.additional_client_metadata.to_dict()
        else:
            additional_client_metadata = self.additional_client_metadata

        client_auth_method: None | str | Unset
        if isinstance(self.client_auth_method, Unset):
            client_auth_method = UNSET
        elif isinstance(self.client_auth_method, str):
            client_auth_method = self.client_auth_method
        else:
            client_auth_method = self.client_auth_method

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_metadata_url: None | str | Unset
        if isinstance(self.client_metadata_url, Unset):
            client_metadata_url = UNSET
        else:
            client_metadata_url = self.client_metadata_url

        client_name: None | str | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        scopes: list[str] | None | str | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if additional_client_metadata is not UNSET:
            field_dict["additional_client_metadata"] = additional_client_metadata
        if client_auth_method is not UNSET:
            field_dict["client_auth_method"] = client_auth_method
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_metadata_url is not UNSET:
            field_dict["client_metadata_url"] = client_metadata_url
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "oauth":
            raise ValueError(f"type must match const 'oauth', got '{type_}'")

        def _parse_additional_client_metadata(
            data: object,
        ) -> MCPOAuthAuthenticationInputAdditionalClientMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_client_metadata_type_0 = (
                    MCPOAuthAuthenticationInputAdditionalClientMetadataType0.from_dict(
                        data
                    )
                )

                return additional_client_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        additional_client_metadata = _parse_additional_client_metadata(
            d.pop("additional_client_metadata", UNSET)
        )

        def _parse_client_auth_method(
            data: object,
        ) -> MCPOAuthAuthenticationInputClientAuthMethodType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_auth_method_type_0 = (
                    check_mcpo_auth_authentication_input_client_auth_method_type_0(data)
                )

                return client_auth_method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        client_auth_method = _parse_client_auth_method(
            d.pop("client_auth_method", UNSET)
        )

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_metadata_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        client_metadata_url = _parse_client_metadata_url(
            d.pop("client_metadata_url", UNSET)
        )

        def _parse_client_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        client_name = _parse_client_name(d.pop("client_name", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_scopes(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_1 = cast(list[str], data)

                return scopes_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        scopes = _parse_scopes(d.pop("scopes", UNSET))

        mcpo_auth_authentication_input = cls(
            type_=type_,
            additional_client_metadata=additional_client_metadata,
            client_auth_method=client_auth_method,
            client_id=client_id,
            client_metadata_url=client_metadata_url,
            client_name=client_name,
            client_secret=client_secret,
            scopes=scopes,
        )

        mcpo_auth_authentication_input.additional_properties = d
        return mcpo_auth_authentication_input

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
