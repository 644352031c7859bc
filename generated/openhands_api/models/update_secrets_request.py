# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_secrets_request_secrets import UpdateSecretsRequestSecrets

_imported = False


def _import_lazily() -> None:
    global _imported, UpdateSecretsRequestSecrets
    from ..models.update_secrets_request_secrets import UpdateSecretsRequestSecrets

    _imported = True


T = TypeVar("T", bound="UpdateSecretsRequest")


@_attrs_define
class UpdateSecretsRequest:
    """Payload to update secrets in a conversation."""

    secrets: UpdateSecretsRequestSecrets
    """ Dictionary mapping secret keys to values """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        secrets = self.secrets.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secrets": secrets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        secrets = UpdateSecretsRequestSecrets.from_dict(d.pop("secrets"))

        update_secrets_request = cls(
            secrets=secrets,
        )

        update_secrets_request.additional_properties = d
        return update_secrets_request

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
