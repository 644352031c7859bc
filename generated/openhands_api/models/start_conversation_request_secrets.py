# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lookup_secret_input import LookupSecretInput
    from ..models.static_secret_input import StaticSecretInput

_imported = False


def _import_lazily() -> None:
    global _imported, LookupSecretInput, StaticSecretInput
    from ..models.lookup_secret_input import LookupSecretInput
    from ..models.static_secret_input import StaticSecretInput

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="StartConversationRequestSecrets")


@_attrs_define
class StartConversationRequestSecrets:
    """Secrets available in the conversation"""

    additional_properties: dict[str, LookupSecretInput | StaticSecretInput] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, LookupSecretInput):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        start_conversation_request_secrets = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> LookupSecretInput | StaticSecretInput:
                global _kinds_additional_property
                try:
                    table = _kinds_additional_property
                except NameError:
                    table = _kinds_additional_property = {
                        "LookupSecret": (".lookup_secret_input", "LookupSecretInput"),
                        "StaticSecret": (".static_secret_input", "StaticSecretInput"),
                    }
                kind_ = data.get("kind") if isinstance(data, dict) else None
                member = table.get(kind_)
                if isinstance(member, tuple):
                    module_, class_ = member
                    member = table[kind_] = getattr(
                        importlib.import_module(module_, __package__), class_
                    )
                if member is None:
                    if isinstance(data, dict):
                        raise ValueError(
                            f"kind {data.get('kind')!r} is none of {sorted(table)}"
                        )
                    raise TypeError(f"expected an object, got {type(data).__name__}")
                return member.from_dict(data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        start_conversation_request_secrets.additional_properties = additional_properties
        return start_conversation_request_secrets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LookupSecretInput | StaticSecretInput:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: LookupSecretInput | StaticSecretInput
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
