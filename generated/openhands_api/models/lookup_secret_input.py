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
    from ..models.lookup_secret_input_headers import LookupSecretInputHeaders

_imported = False


def _import_lazily() -> None:
    global _imported, LookupSecretInputHeaders
    from ..models.lookup_secret_input_headers import LookupSecretInputHeaders

    _imported = True


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="LookupSecretInput")


@_attrs_define
class LookupSecretInput:
    """A secret looked up from some external url"""

    url: str
    kind: Literal["LookupSecret"] = "LookupSecret"
    description: None | str | Unset = UNSET
    """ Optional description for this secret """
    headers: LookupSecretInputHeaders | Unset = _attrs_field(
        default=UNSET, repr=_secret_repr
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "LookupSecret":
            raise ValueError(f"kind must match const 'LookupSecret', got '{kind}'")

        url = d.pop("url")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        description = _parse_description(d.pop("description", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: LookupSecretInputHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = LookupSecretInputHeaders.from_dict(_headers)

        lookup_secret_input = cls(
            kind=kind,
            url=url,
            description=description,
            headers=headers,
        )

        lookup_secret_input.additional_properties = d
        return lookup_secret_input

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
