# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_response_agent_settings_contract import (
        SettingsResponseAgentSettingsContract,
    )
    from ..models.settings_response_conversation_settings import (
        SettingsResponseConversationSettings,
    )
    from ..models.settings_response_misc_settings import SettingsResponseMiscSettings

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        SettingsResponseAgentSettingsContract, \
        SettingsResponseConversationSettings, \
        SettingsResponseMiscSettings
    from ..models.settings_response_agent_settings_contract import (
        SettingsResponseAgentSettingsContract,
    )
    from ..models.settings_response_conversation_settings import (
        SettingsResponseConversationSettings,
    )
    from ..models.settings_response_misc_settings import SettingsResponseMiscSettings

    _imported = True


T = TypeVar("T", bound="SettingsResponse")


@_attrs_define
class SettingsResponse:
    """Response model for GET /api/settings.

    Contains the full settings payload including agent configuration,
    conversation settings, active LLM profile, miscellaneous frontend-owned
    settings, and a flag indicating whether an LLM API key is set.

    The ``agent_settings`` and ``conversation_settings`` fields are raw dicts
    because the server controls secret serialization via context. Use the
    typed accessor methods for validation:

    Example::

        response = SettingsResponse.model_validate(api_response.json())
        agent = response.get_agent_settings()  # Returns AgentSettingsConfig
        conv = response.get_conversation_settings()  # Returns ConversationSettings

    ``misc_settings`` is an opaque container for frontend-owned data that the
    agent-server persists but does not interpret — see the docstring of
    :class:`PersistedSettings.misc_settings`.

    """

    agent_settings: SettingsResponseAgentSettingsContract
    conversation_settings: SettingsResponseConversationSettings
    llm_api_key_is_set: bool
    misc_settings: SettingsResponseMiscSettings
    active_agent_profile_id: None | str | Unset = UNSET
    """ Stable id of the currently active AgentProfile, if one is set. """
    active_meta_profile: None | str | Unset = UNSET
    """ Name of the currently active meta-profile, if one is selected. """
    active_profile: None | str | Unset = UNSET
    """ Name of the currently active LLM profile, if one is selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        agent_settings = self.agent_settings.to_dict()

        conversation_settings = self.conversation_settings.to_dict()

        llm_api_key_is_set = self.llm_api_key_is_set

        misc_settings = self.misc_settings.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_settings": agent_settings,
                "conversation_settings": conversation_settings,
                "llm_api_key_is_set": llm_api_key_is_set,
                "misc_settings": misc_settings,
            }
        )
        if active_agent_profile_id is not UNSET:
            field_dict["active_agent_profile_id"] = active_agent_profile_id
        if active_meta_profile is not UNSET:
            field_dict["active_meta_profile"] = active_meta_profile
        if active_profile is not UNSET:
            field_dict["active_profile"] = active_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        agent_settings = SettingsResponseAgentSettingsContract.from_dict(
            d.pop("agent_settings")
        )

        conversation_settings = SettingsResponseConversationSettings.from_dict(
            d.pop("conversation_settings")
        )

        llm_api_key_is_set = d.pop("llm_api_key_is_set")

        misc_settings = SettingsResponseMiscSettings.from_dict(d.pop("misc_settings"))

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

        settings_response = cls(
            agent_settings=agent_settings,
            conversation_settings=conversation_settings,
            llm_api_key_is_set=llm_api_key_is_set,
            misc_settings=misc_settings,
            active_agent_profile_id=active_agent_profile_id,
            active_meta_profile=active_meta_profile,
            active_profile=active_profile,
        )

        settings_response.additional_properties = d
        return settings_response

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
