# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_worktree_options_base import (
    ConversationWorktreeOptionsBase,
    check_conversation_worktree_options_base,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationWorktreeOptions")


@_attrs_define
class ConversationWorktreeOptions:
    """How the server creates a conversation's worktree (``worktree=True``)."""

    base: ConversationWorktreeOptionsBase | Unset = "default_branch"
    """ What the worktree branches from; `ref` uses `ref`. """
    branch_prefix: str | Unset = "openhands/"
    """ Start of the worktree's branch name; the conversation id ends it. """
    ref: None | str | Unset = UNSET
    """ Branch, tag or commit to branch from when `base` is `ref`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base: str | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base

        branch_prefix = self.branch_prefix

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if branch_prefix is not UNSET:
            field_dict["branch_prefix"] = branch_prefix
        if ref is not UNSET:
            field_dict["ref"] = ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _base = d.pop("base", UNSET)
        base: ConversationWorktreeOptionsBase | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = check_conversation_worktree_options_base(_base)

        branch_prefix = d.pop("branch_prefix", UNSET)

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        ref = _parse_ref(d.pop("ref", UNSET))

        conversation_worktree_options = cls(
            base=base,
            branch_prefix=branch_prefix,
            ref=ref,
        )

        conversation_worktree_options.additional_properties = d
        return conversation_worktree_options

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
