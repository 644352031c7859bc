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
    from ..models.lookup_secret_output_headers import LookupSecretOutputHeaders

_imported = False


def _import_lazily() -> None:
    global _imported, LookupSecretOutputHeaders
    from ..models.lookup_secret_output_headers import LookupSecretOutputHeaders

    _imported = True


T = TypeVar("T", bound="LookupSecretOutput")


@_attrs_define
class LookupSecretOutput:
    """A secret looked up from some external url"""

    headers: LookupSecretOutputHeaders
    url: str
    kind: Literal["LookupSecret"] = "LookupSecret"
    description: None | str | Unset = UNSET
    """ Optional description for this secret """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        headers = self.headers.to_dict()

        kind = self.kind

        url = self.url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "headers": headers,
                "kind": kind,
                "url": url,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        headers = LookupSecretOutputHeaders.from_dict(d.pop("headers"))

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

        lookup_secret_output = cls(
            headers=headers,
            kind=kind,
            url=url,
            description=description,
        )

        lookup_secret_output.additional_properties = d
        return lookup_secret_output

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
