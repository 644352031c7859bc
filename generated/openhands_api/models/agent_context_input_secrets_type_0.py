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


T = TypeVar("T", bound="AgentContextInputSecretsType0")


@_attrs_define
class AgentContextInputSecretsType0:
    additional_properties: dict[str, LookupSecretInput | StaticSecretInput | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, LookupSecretInput):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, StaticSecretInput):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        agent_context_input_secrets_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> LookupSecretInput | StaticSecretInput | str:
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
                if member is not None:
                    try:
                        return member.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return data  # type: ignore[return-value]

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        agent_context_input_secrets_type_0.additional_properties = additional_properties
        return agent_context_input_secrets_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LookupSecretInput | StaticSecretInput | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: LookupSecretInput | StaticSecretInput | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
