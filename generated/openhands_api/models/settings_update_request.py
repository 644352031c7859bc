# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_update_request_agent_settings_patch_contract import (
        SettingsUpdateRequestAgentSettingsPatchContract,
    )
    from ..models.settings_update_request_conversation_settings_diff_type_0 import (
        SettingsUpdateRequestConversationSettingsDiffType0,
    )
    from ..models.settings_update_request_misc_settings_diff_type_0 import (
        SettingsUpdateRequestMiscSettingsDiffType0,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        SettingsUpdateRequestAgentSettingsPatchContract, \
        SettingsUpdateRequestConversationSettingsDiffType0, \
        SettingsUpdateRequestMiscSettingsDiffType0
    from ..models.settings_update_request_agent_settings_patch_contract import (
        SettingsUpdateRequestAgentSettingsPatchContract,
    )
    from ..models.settings_update_request_conversation_settings_diff_type_0 import (
        SettingsUpdateRequestConversationSettingsDiffType0,
    )
    from ..models.settings_update_request_misc_settings_diff_type_0 import (
        SettingsUpdateRequestMiscSettingsDiffType0,
    )

    _imported = True


T = TypeVar("T", bound="SettingsUpdateRequest")


@_attrs_define
class SettingsUpdateRequest:
    """Request model for PATCH /api/settings.

    Supports partial updates via diff objects that are deep-merged with
    existing settings. ``misc_settings_diff`` is deep-merged into the
    persisted ``misc_settings`` block with the same semantics as
    ``agent_settings_diff`` and ``conversation_settings_diff``: nested dicts
    merge recursively, and lists are replaced wholesale rather than merged.
    Because ``misc_settings`` is opaque to the agent-server, callers are
    responsible for the shape of what they store there.

    """

    active_agent_profile_id: None | str | Unset = UNSET
    """ Stable id of the active AgentProfile to persist; null clears it. """
    active_meta_profile: None | str | Unset = UNSET
    """ Name of the active meta-profile to persist; null clears it. """
    active_profile: None | str | Unset = UNSET
    """ Name of the active LLM profile to persist; null clears it. """
    agent_settings_diff: (
        None | SettingsUpdateRequestAgentSettingsPatchContract | Unset
    ) = UNSET
    conversation_settings_diff: (
        None | SettingsUpdateRequestConversationSettingsDiffType0 | Unset
    ) = UNSET
    misc_settings_diff: None | SettingsUpdateRequestMiscSettingsDiffType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        active_agent_profile_id: None | str | Unset
        if isinstance(self.active_agent_profile_id, Unset):
            active_agent_profile_id = UNSET
        else:
            active_agent_profile_id = self.active_agent_profile_id

        active_meta_profile: None | str | Unset
        if isinstance(self.active_meta_profile, Unset):
            active_meta_profile = UNSET
        else:
            active_meta_profile = self.active_meta_profile

        active_profile: None | str | Unset
        if isinstance(self.active_profile, Unset):
            active_profile = UNSET
        else:
            active_profile = self.active_profile

        agent_settings_diff: dict[str, Any] | None | Unset
        if isinstance(self.agent_settings_diff, Unset):
            agent_settings_diff = UNSET
        elif isinstance(
            self.agent_settings_diff, SettingsUpdateRequestAgentSettingsPatchContract
        ):
            agent_settings_diff = self.agent_settings_diff.to_dict()
        else:
            agent_settings_diff = self.agent_settings_diff

        conversation_settings_diff: dict[str, Any] | None | Unset
        if isinstance(self.conversation_settings_diff, Unset):
            conversation_settings_diff = UNSET
        elif isinstance(
            self.conversation_settings_diff,
            SettingsUpdateRequestConversationSettingsDiffType0,
        ):
            conversation_settings_diff = self.conversation_settings_diff.to_dict()
        else:
            conversation_settings_diff = self.conversation_settings_diff

        misc_settings_diff: dict[str, Any] | None | Unset
        if isinstance(self.misc_settings_diff, Unset):
            misc_settings_diff = UNSET
        elif isinstance(
            self.misc_settings_diff, SettingsUpdateRequestMiscSettingsDiffType0
        ):
            misc_settings_diff = self.misc_settings_diff.to_dict()
        else:
            misc_settings_diff = self.misc_settings_diff

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_agent_profile_id is not UNSET:
            field_dict["active_agent_profile_id"] = active_agent_profile_id
        if active_meta_profile is not UNSET:
            field_dict["active_meta_profile"] = active_meta_profile
        if active_profile is not UNSET:
            field_dict["active_profile"] = active_profile
        if agent_settings_diff is not UNSET:
            field_dict["agent_settings_diff"] = agent_settings_diff
        if conversation_settings_diff is not UNSET:
            field_dict["conversation_settings_diff"] = conversation_settings_diff
        if misc_settings_diff is not UNSET:
            field_dict["misc_settings_diff"] = misc_settings_diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_active_agent_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        active_agent_profile_id = _parse_active_agent_profile_id(
            d.pop("active_agent_profile_id", UNSET)
        )

        def _parse_active_meta_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        active_meta_profile = _parse_active_meta_profile(
            d.pop("active_meta_profile", UNSET)
        )

        def _parse_active_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        active_profile = _parse_active_profile(d.pop("active_profile", UNSET))

        def _parse_agent_settings_diff(
            data: object,
        ) -> None | SettingsUpdateRequestAgentSettingsPatchContract | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_settings_diff_agent_settings_patch_contract = (
                    SettingsUpdateRequestAgentSettingsPatchContract.from_dict(data)
                )

                return agent_settings_diff_agent_settings_patch_contract
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        agent_settings_diff = _parse_agent_settings_diff(
            d.pop("agent_settings_diff", UNSET)
        )

        def _parse_conversation_settings_diff(
            data: object,
        ) -> None | SettingsUpdateRequestConversationSettingsDiffType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_settings_diff_type_0 = (
                    SettingsUpdateRequestConversationSettingsDiffType0.from_dict(data)
                )

                return conversation_settings_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        conversation_settings_diff = _parse_conversation_settings_diff(
            d.pop("conversation_settings_diff", UNSET)
        )

        def _parse_misc_settings_diff(
            data: object,
        ) -> None | SettingsUpdateRequestMiscSettingsDiffType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                misc_settings_diff_type_0 = (
                    SettingsUpdateRequestMiscSettingsDiffType0.from_dict(data)
                )

                return misc_settings_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        misc_settings_diff = _parse_misc_settings_diff(
            d.pop("misc_settings_diff", UNSET)
        )

        settings_update_request = cls(
            active_agent_profile_id=active_agent_profile_id,
            active_meta_profile=active_meta_profile,
            active_profile=active_profile,
            agent_settings_diff=agent_settings_diff,
            conversation_settings_diff=conversation_settings_diff,
            misc_settings_diff=misc_settings_diff,
        )

        settings_update_request.additional_properties = d
        return settings_update_request

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
