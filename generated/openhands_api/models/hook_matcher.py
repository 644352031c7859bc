# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_definition import HookDefinition

_imported = False


def _import_lazily() -> None:
    global _imported, HookDefinition
    from ..models.hook_definition import HookDefinition

    _imported = True


T = TypeVar("T", bound="HookMatcher")


@_attrs_define
class HookMatcher:
    """Matches events to hooks based on patterns.

    Supports exact match, wildcard (*), and regex (auto-detected or /pattern/).

    """

    hooks: list[HookDefinition] | Unset = UNSET
    matcher: str | Unset = "*"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        hooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hooks, Unset):
            hooks = []
            for hooks_item_data in self.hooks:
                hooks_item = hooks_item_data.to_dict()
                hooks.append(hooks_item)

        matcher = self.matcher

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hooks is not UNSET:
            field_dict["hooks"] = hooks
        if matcher is not UNSET:
            field_dict["matcher"] = matcher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        _hooks = d.pop("hooks", UNSET)
        hooks: list[HookDefinition] | Unset = UNSET
        if _hooks is not UNSET:
            hooks = []
            for hooks_item_data in _hooks:
                hooks_item = HookDefinition.from_dict(hooks_item_data)

                hooks.append(hooks_item)

        matcher = d.pop("matcher", UNSET)

        hook_matcher = cls(
            hooks=hooks,
            matcher=matcher,
        )

        hook_matcher.additional_properties = d
        return hook_matcher

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
