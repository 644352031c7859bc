"""The settings and Agent Profiles stored on the server: read, and the settings changed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openhands_api import models as _models
from openhands_api.api.settings import get_settings, list_agent_profiles, update_settings

from . import _checks
from ._connection import Connection
from ._http import call

if TYPE_CHECKING:
    from openhands_api.models.agent_profile_list_response import AgentProfileListResponse
    from openhands_api.models.settings_response import SettingsResponse


class ServerSettings:
    """What the server stores for every client: its settings and Agent Profiles (part of
    :class:`AsyncAgentServer`)."""

    _connection: Connection

    async def agent_profiles(self) -> AgentProfileListResponse:
        """The Agent Profiles stored on the server (``.profiles``: each one's ``id``, ``name``,
        ``agent_kind``, ``llm_profile_ref``) and ``.active_agent_profile_id`` (every supported
        server; the server makes a ``default`` one active when none is).

        A profile's ``id`` is what a start without ``agent`` takes as
        ``request={"agent_profile_id": ...}``.
        """
        return await call(
            self._connection.api,
            list_agent_profiles.build_request(),
            list_agent_profiles.parse_response,
            _models.AgentProfileListResponse,
            "list agent profiles",
        )

    async def settings(self) -> SettingsResponse:
        """The settings stored on the server (``GET /api/settings``; every supported server):
        ``agent_settings`` (the agent a start without ``agent`` is built from: its ``llm``,
        tools, condenser, MCP servers), ``conversation_settings``, whether an LLM API key is set
        (``llm_api_key_is_set``), the active LLM and agent profiles (``active_profile``,
        ``active_agent_profile_id``; from 1.52 ``active_meta_profile``) and ``misc_settings``.

        Secret values come redacted (``"**********"``): the client never asks the server to
        expose them, so they are in no answer, repr or log. :meth:`update_settings` changes
        them.
        """
        return await call(
            self._connection.api,
            get_settings.build_request(),
            get_settings.parse_response,
            _models.SettingsResponse,
            "get settings",
        )

    async def update_settings(
        self,
        *,
        agent_settings_diff: Mapping[str, Any] | None = None,
        conversation_settings_diff: Mapping[str, Any] | None = None,
        misc_settings_diff: Mapping[str, Any] | None = None,
    ) -> SettingsResponse:
        """Change the settings stored on the server (``PATCH /api/settings``; every supported
        server) and return them as they are now, secrets redacted.

        Each diff is deep-merged into what the server holds: nested objects merge, lists are
        replaced, and ``None`` inside a nested object deletes that entry. The server checks the
        result and refuses what is not valid (:class:`StatusError`, 422). These are the
        server's own settings, shared by every client: what a start without an agent is built
        from, and what the OpenHands app shows.
        """
        diffs = {
            "agent_settings_diff": agent_settings_diff,
            "conversation_settings_diff": conversation_settings_diff,
            "misc_settings_diff": misc_settings_diff,
        }
        given = {
            name: _checks.mapping(diff, name) for name, diff in diffs.items() if diff is not None
        }
        if not given:
            raise ValueError("update_settings needs at least one of " + ", ".join(diffs))
        body = _models.SettingsUpdateRequest.from_dict({k: dict(v) for k, v in given.items()})
        return await call(
            self._connection.api,
            update_settings.build_request(body=body),
            update_settings.parse_response,
            _models.SettingsResponse,
            "update settings",
        )
