# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hook_matcher import HookMatcher

_imported = False


def _import_lazily() -> None:
    global _imported, HookMatcher
    from ..models.hook_matcher import HookMatcher

    _imported = True


T = TypeVar("T", bound="HookConfig")


@_attrs_define
class HookConfig:
    """Configuration for all hooks.

    Hooks can be configured either by loading from `.openhands/hooks.json` or
    by directly instantiating with typed fields:

        # Direct instantiation with typed fields (recommended):
        config = HookConfig(
            pre_tool_use=[
                HookMatcher(
                    matcher="terminal",
                    hooks=[HookDefinition(command="block_dangerous.sh")]
                )
            ]
        )

        # Load from JSON file:
        config = HookConfig.load(".openhands/hooks.json")

    """

    post_tool_use: list[HookMatcher] | Unset = UNSET
    """ Hooks that run after tool execution """
    pre_tool_use: list[HookMatcher] | Unset = UNSET
    """ Hooks that run before tool execution """
    session_end: list[HookMatcher] | Unset = UNSET
    """ Hooks that run when a session ends """
    session_start: list[HookMatcher] | Unset = UNSET
    """ Hooks that run when a session starts """
    stop: list[HookMatcher] | Unset = UNSET
    """ Hooks that run when the agent attempts to stop """
    user_prompt_submit: list[HookMatcher] | Unset = UNSET
    """ Hooks that run when user submits a prompt """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        post_tool_use: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_tool_use, Unset):
            post_tool_use = []
            for post_tool_use_item_data in self.post_tool_use:
                post_tool_use_item = post_tool_use_item_data.to_dict()
                post_tool_use.append(post_tool_use_item)

        pre_tool_use: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pre_tool_use, Unset):
            pre_tool_use = []
            for pre_tool_use_item_data in self.pre_tool_use:
                pre_tool_use_item = pre_tool_use_item_data.to_dict()
                pre_tool_use.append(pre_tool_use_item)

        session_end: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.session_end, Unset):
            session_end = []
            for session_end_item_data in self.session_end:
                session_end_item = session_end_item_data.to_dict()
                session_end.append(session_end_item)

        session_start: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.session_start, Unset):
            session_start = []
            for session_start_item_data in self.session_start:
                session_start_item = session_start_item_data.to_dict()
                session_start.append(session_start_item)

        stop: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = []
            for stop_item_data in self.stop:
                stop_item = stop_item_data.to_dict()
                stop.append(stop_item)

        user_prompt_submit: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_prompt_submit, Unset):
            user_prompt_submit = []
            for user_prompt_submit_item_data in self.user_prompt_submit:
                user_prompt_submit_item = user_prompt_submit_item_data.to_dict()
                user_prompt_submit.append(user_prompt_submit_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_tool_use is not UNSET:
            field_dict["post_tool_use"] = post_tool_use
        if pre_tool_use is not UNSET:
            field_dict["pre_tool_use"] = pre_tool_use
        if session_end is not UNSET:
            field_dict["session_end"] = session_end
        if session_start is not UNSET:
            field_dict["session_start"] = session_start
        if stop is not UNSET:
            field_dict["stop"] = stop
        if user_prompt_submit is not UNSET:
            field_dict["user_prompt_submit"] = user_prompt_submit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        _post_tool_use = d.pop("post_tool_use", UNSET)
        post_tool_use: list[HookMatcher] | Unset = UNSET
        if _post_tool_use is not UNSET:
            post_tool_use = []
            for post_tool_use_item_data in _post_tool_use:
                post_tool_use_item = HookMatcher.from_dict(post_tool_use_item_data)

                post_tool_use.append(post_tool_use_item)

        _pre_tool_use = d.pop("pre_tool_use", UNSET)
        pre_tool_use: list[HookMatcher] | Unset = UNSET
        if _pre_tool_use is not UNSET:
            pre_tool_use = []
            for pre_tool_use_item_data in _pre_tool_use:
                pre_tool_use_item = HookMatcher.from_dict(pre_tool_use_item_data)

                pre_tool_use.append(pre_tool_use_item)

        _session_end = d.pop("session_end", UNSET)
        session_end: list[HookMatcher] | Unset = UNSET
        if _session_end is not UNSET:
            session_end = []
            for session_end_item_data in _session_end:
                session_end_item = HookMatcher.from_dict(session_end_item_data)

                session_end.append(session_end_item)

        _session_start = d.pop("session_start", UNSET)
        session_start: list[HookMatcher] | Unset = UNSET
        if _session_start is not UNSET:
            session_start = []
            for session_start_item_data in _session_start:
                session_start_item = HookMatcher.from_dict(session_start_item_data)

                session_start.append(session_start_item)

        _stop = d.pop("stop", UNSET)
        stop: list[HookMatcher] | Unset = UNSET
        if _stop is not UNSET:
            stop = []
            for stop_item_data in _stop:
                stop_item = HookMatcher.from_dict(stop_item_data)

                stop.append(stop_item)

        _user_prompt_submit = d.pop("user_prompt_submit", UNSET)
        user_prompt_submit: list[HookMatcher] | Unset = UNSET
        if _user_prompt_submit is not UNSET:
            user_prompt_submit = []
            for user_prompt_submit_item_data in _user_prompt_submit:
                user_prompt_submit_item = HookMatcher.from_dict(
                    user_prompt_submit_item_data
                )

                user_prompt_submit.append(user_prompt_submit_item)

        hook_config = cls(
            post_tool_use=post_tool_use,
            pre_tool_use=pre_tool_use,
            session_end=session_end,
            session_start=session_start,
            stop=stop,
            user_prompt_submit=user_prompt_submit,
        )

        hook_config.additional_properties = d
        return hook_config

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
