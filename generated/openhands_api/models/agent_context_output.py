# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_context_output_secrets_type_0 import (
        AgentContextOutputSecretsType0,
    )
    from ..models.marketplace_registration import MarketplaceRegistration
    from ..models.skill_output import SkillOutput

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        AgentContextOutputSecretsType0, \
        MarketplaceRegistration, \
        SkillOutput
    from ..models.agent_context_output_secrets_type_0 import (
        AgentContextOutputSecretsType0,
    )
    from ..models.marketplace_registration import MarketplaceRegistration
    from ..models.skill_output import SkillOutput

    _imported = True


T = TypeVar("T", bound="AgentContextOutput")


@_attrs_define
class AgentContextOutput:
    """Central structure for managing prompt extension.

    AgentContext unifies all the contextual inputs that shape how the system
    extends and interprets user prompts. It combines both static environment
    details and dynamic, user-activated extensions from skills.

    Specifically, it provides:
    - **Repository context / Repo Skills**: Information about the active codebase,
      branches, and repo-specific instructions contributed by repo skills.
    - **Runtime context**: Current execution environment (hosts, working
      directory, secrets, date, etc.).
    - **Conversation instructions**: Optional task- or channel-specific rules
      that constrain or guide the agent’s behavior across the session.
    - **Knowledge Skills**: Extensible components that can be triggered by user input
      to inject knowledge or domain-specific guidance.

    Together, these elements make AgentContext the primary container responsible
    for assembling, formatting, and injecting all prompt-relevant context into
    LLM interactions.

    """

    disabled_skills: list[str]
    """ Names of skills to EXCLUDE from this context — a deny-list applied after every skill source is loaded (auto-
    loaded user/public, explicit, and lazily-loaded project skills). A listed name absent from the loaded set is a
    harmless no-op. [] (the default) keeps every skill. This is the single, drift-tolerant skill-selection mechanism
    (agent profiles set it from their own deny-list; #4017). """
    registered_marketplaces: list[MarketplaceRegistration]
    """ Marketplace registrations for plugin resolution. Registrations with auto_load=True or a list of plugin names
    are resolved by LocalConversation at startup. """
    skills: list[SkillOutput]
    """ List of available skills that can extend the user's input. """
    load_memory: bool = False
    """ Whether to load persistent agent memory (MEMORY.md indexes under ~/.openhands/memory/ and
    <workspace>/.openhands/memory/) into the system prompt. Like load_project_skills, this flag is not resolved by
    AgentContext itself (the workspace path is unknown at validation time); LocalConversation resolves it lazily on
    the first send_message() / run() and stores the result in memory_context. """
    load_project_skills: bool = False
    """ Whether to automatically load project skills from the conversation workspace (e.g. .openhands/skills/,
    AGENTS.md). Unlike load_user_skills / load_public_skills, this flag is not resolved by AgentContext itself (the
    workspace path is unknown at validation time); LocalConversation resolves it lazily on the first send_message()
    / run(), when the workspace is known. Also unlike load_user_skills / load_public_skills (which yield to explicit
    skills on a name conflict), resolved project skills are authoritative: a project skill overrides a same-named
    skill already present in `skills`. """
    load_public_skills: bool = False
    """ Whether to automatically load skills from the public OpenHands skills repository at
    https://github.com/OpenHands/extensions. This allows you to get the latest skills without SDK updates. """
    load_user_skills: bool = False
    """ Whether to automatically load user skills from ~/.openhands/skills/ and ~/.openhands/microagents/ (for
    backward compatibility).  """
    current_datetime: None | str | Unset = UNSET
    """ Current date and time information to provide to the agent. Can be a datetime object (which will be formatted
    as ISO 8601) or a pre-formatted string. When provided, this information is included in the system prompt to give
    the agent awareness of the current time context. Defaults to the current (timezone-aware) datetime. """
    marketplace_path: None | str | Unset = "marketplaces/default.json"
    """ Relative marketplace JSON path within the public skills repository. Set to None to load all public skills
    without marketplace filtering. """
    secrets: AgentContextOutputSecretsType0 | None | Unset = UNSET
    """ Dictionary mapping secret keys to values or secret sources. Secrets are used for authentication and
    sensitive data handling. Values can be either strings or SecretSource instances (str | SecretSource). """
    system_message_suffix: None | str | Unset = UNSET
    """ Optional suffix to append to the system prompt. """
    user_message_suffix: None | str | Unset = UNSET
    """ Optional suffix to append to the user's message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        disabled_skills = self.disabled_skills

        load_memory = self.load_memory

        load_project_skills = self.load_project_skills

        load_public_skills = self.load_public_skills

        load_user_skills = self.load_user_skills

        registered_marketplaces = []
        for registered_marketplaces_item_data in self.registered_marketplaces:
            registered_marketplaces_item = registered_marketplaces_item_data.to_dict()
            registered_marketplaces.append(registered_marketplaces_item)

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        current_datetime: None | str | Unset
        if isinstance(self.current_datetime, Unset):
            current_datetime = UNSET
        else:
            current_datetime = self.current_datetime

        marketplace_path: None | str | Unset
        if isinstance(self.marketplace_path, Unset):
            marketplace_path = UNSET
        else:
            marketplace_path = self.marketplace_path

        secrets: dict[str, Any] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, AgentContextOutputSecretsType0):
            secrets = self.secrets.to_dict()
        else:
            secrets = self.secrets

        system_message_suffix: None | str | Unset
        if isinstance(self.system_message_suffix, Unset):
            system_message_suffix = UNSET
        else:
            system_message_suffix = self.system_message_suffix

        user_message_suffix: None | str | Unset
        if isinstance(self.user_message_suffix, Unset):
            user_message_suffix = UNSET
        else:
            user_message_suffix = self.user_message_suffix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disabled_skills": disabled_skills,
                "load_memory": load_memory,
                "load_project_skills": load_project_skills,
                "load_public_skills": load_public_skills,
                "load_user_skills": load_user_skills,
                "registered_marketplaces": registered_marketplaces,
                "skills": skills,
            }
        )
        if current_datetime is not UNSET:
            field_dict["current_datetime"] = current_datetime
        if marketplace_path is not UNSET:
            field_dict["marketplace_path"] = marketplace_path
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if system_message_suffix is not UNSET:
            field_dict["system_message_suffix"] = system_message_suffix
        if user_message_suffix is not UNSET:
            field_dict["user_message_suffix"] = user_message_suffix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        disabled_skills = cast(list[str], d.pop("disabled_skills"))

        load_memory = d.pop("load_memory")

        load_project_skills = d.pop("load_project_skills")

        load_public_skills = d.pop("load_public_skills")

        load_user_skills = d.pop("load_user_skills")

        registered_marketplaces = []
        _registered_marketplaces = d.pop("registered_marketplaces")
        for registered_marketplaces_item_data in _registered_marketplaces:
            registered_marketplaces_item = MarketplaceRegistration.from_dict(
                registered_marketplaces_item_data
            )

            registered_marketplaces.append(registered_marketplaces_item)

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillOutput.from_dict(skills_item_data)

            skills.append(skills_item)

        def _parse_current_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        current_datetime = _parse_current_datetime(d.pop("current_datetime", UNSET))

        def _parse_marketplace_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        marketplace_path = _parse_marketplace_path(d.pop("marketplace_path", UNSET))

        def _parse_secrets(
            data: object,
        ) -> AgentContextOutputSecretsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secrets_type_0 = AgentContextOutputSecretsType0.from_dict(data)

                return secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        secrets = _parse_secrets(d.pop("secrets", UNSET))

        def _parse_system_message_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        system_message_suffix = _parse_system_message_suffix(
            d.pop("system_message_suffix", UNSET)
        )

        def _parse_user_message_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        user_message_suffix = _parse_user_message_suffix(
            d.pop("user_message_suffix", UNSET)
        )

        agent_context_output = cls(
            disabled_skills=disabled_skills,
            load_memory=load_memory,
            load_project_skills=load_project_skills,
            load_public_skills=load_public_skills,
            load_user_skills=load_user_skills,
            registered_marketplaces=registered_marketplaces,
            skills=skills,
            current_datetime=current_datetime,
            marketplace_path=marketplace_path,
            secrets=secrets,
            system_message_suffix=system_message_suffix,
            user_message_suffix=user_message_suffix,
        )

        agent_context_output.additional_properties = d
        return agent_context_output

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
