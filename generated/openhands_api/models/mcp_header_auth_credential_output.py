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

if TYPE_CHECKING:
    from ..models.mcp_header_auth_credential_output_headers import (
        MCPHeaderAuthCredentialOutputHeaders,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, MCPHeaderAuthCredentialOutputHeaders
    from ..models.mcp_header_auth_credential_output_headers import (
        MCPHeaderAuthCredentialOutputHeaders,
    )

    _imported = True


T = TypeVar("T", bound="MCPHeaderAuthCredentialOutput")


@_attrs_define
class MCPHeaderAuthCredentialOutput:
    headers: MCPHeaderAuthCredentialOutputHeaders
    strategy: Literal["header"] = "header"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        headers = self.headers.to_dict()

        strategy = self.strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "headers": headers,
                "strategy": strategy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        headers = MCPHeaderAuthCredentialOutputHeaders.from_dict(d.pop("headers"))

        strategy = d.pop("strategy")
        if strategy != "header":
            raise ValueError(f"strategy must match const 'header', got '{strategy}'")

        mcp_header_auth_credential_output = cls(
            headers=headers,
            strategy=strategy,
        )

        mcp_header_auth_credential_output.additional_properties = d
        return mcp_header_auth_credential_output

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
