# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LaunchedAgentProfile")


@_attrs_define
class LaunchedAgentProfile:
    """Provenance snapshot recorded when an agent profile launches a conversation.

    Stored on ``StoredConversation`` and projected onto ``ConversationInfo`` so
    ts-client ``deriveSwitchPlan`` can identify which agent profile is current
    without fragile settings-comparison. See #3720.

    """

    agent_profile_id: UUID
    """ Stable id of the agent profile that launched the conversation. """
    revision: int
    """ Revision of the agent profile at launch time. """
    llm_profile_ref: None | str | Unset = UNSET
    """ Per-launch LLM profile override from `agent_launch_additions`. null means the profile's own
    `llm_profile_ref` was used. """
    secret_refs: list[str] | None | Unset = UNSET
    """ Secret allow-list captured at launch, also enforced on resume. null preserves unrestricted behavior for
    older conversations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_profile_id = str(self.agent_profile_id)

        revision = self.revision

        llm_profile_ref: None | str | Unset
        if isinstance(self.llm_profile_ref, Unset):
            llm_profile_ref = UNSET
        else:
            llm_profile_ref = self.llm_profile_ref

        secret_refs: list[str] | None | Unset
        if isinstance(self.secret_refs, Unset):
            secret_refs = UNSET
        elif isinstance(self.secret_refs, list):
            secret_refs = self.secret_refs

        else:
            secret_refs = self.secret_refs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_profile_id": agent_profile_id,
                "revision": revision,
            }
        )
        if llm_profile_ref is not UNSET:
            field_dict["llm_profile_ref"] = llm_profile_ref
        if secret_refs is not UNSET:
            field_dict["secret_refs"] = secret_refs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_profile_id = UUID(d.pop("agent_profile_id"))

        revision = d.pop("revision")

        def _parse_llm_profile_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        llm_profile_ref = _parse_llm_profile_ref(d.pop("llm_profile_ref", UNSET))

        def _parse_secret_refs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secret_refs_type_0 = cast(list[str], data)

                return secret_refs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        secret_refs = _parse_secret_refs(d.pop("secret_refs", UNSET))

        launched_agent_profile = cls(
            agent_profile_id=agent_profile_id,
            revision=revision,
            llm_profile_ref=llm_profile_ref,
            secret_refs=secret_refs,
        )

        launched_agent_profile.additional_properties = d
        return launched_agent_profile

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
