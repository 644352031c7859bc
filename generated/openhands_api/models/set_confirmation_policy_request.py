# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.always_confirm_input import AlwaysConfirmInput
    from ..models.confirm_risky_input import ConfirmRiskyInput
    from ..models.never_confirm_input import NeverConfirmInput

_imported = False


def _import_lazily() -> None:
    global _imported, AlwaysConfirmInput, ConfirmRiskyInput, NeverConfirmInput
    from ..models.always_confirm_input import AlwaysConfirmInput
    from ..models.confirm_risky_input import ConfirmRiskyInput
    from ..models.never_confirm_input import NeverConfirmInput

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="SetConfirmationPolicyRequest")


@_attrs_define
class SetConfirmationPolicyRequest:
    """Payload to set confirmation policy for a conversation."""

    policy: AlwaysConfirmInput | ConfirmRiskyInput | NeverConfirmInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        policy: dict[str, Any]
        if isinstance(self.policy, AlwaysConfirmInput):
            policy = self.policy.to_dict()
        elif isinstance(self.policy, ConfirmRiskyInput):
            policy = self.policy.to_dict()
        else:
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)

        def _parse_policy(
            data: object,
        ) -> AlwaysConfirmInput | ConfirmRiskyInput | NeverConfirmInput:
            global _kinds_policy
            try:
                table = _kinds_policy
            except NameError:
                table = _kinds_policy = {
                    "AlwaysConfirm": (".always_confirm_input", "AlwaysConfirmInput"),
                    "ConfirmRisky": (".confirm_risky_input", "ConfirmRiskyInput"),
                    "NeverConfirm": (".never_confirm_input", "NeverConfirmInput"),
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

        policy = _parse_policy(d.pop("policy"))

        set_confirmation_policy_request = cls(
            policy=policy,
        )

        set_confirmation_policy_request.additional_properties = d
        return set_confirmation_policy_request

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
