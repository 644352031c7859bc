"""What a server stores for its agents, read by the client: LLM profiles and secrets (a part
of :class:`AsyncAgentServer`)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from openhands_api import models as _models
from openhands_api.api.settings import list_profiles

from . import _stored_secrets
from ._connection import Connection
from ._http import call

if TYPE_CHECKING:
    from openhands_api.models.profile_list_response import ProfileListResponse

    from .models import LookupSecret


class ServerStore:
    """The server's stored LLM profiles and secrets, read over the server's connection."""

    _connection: Connection

    async def llm_profiles(self) -> ProfileListResponse:
        """The LLM profiles stored on the server (``.profiles``: each one's ``name``, ``model``,
        ``base_url`` and whether its API key is set, never the key) and ``.active_profile``.

        A profile's name is what ``conv.switch_profile(name)`` and a start request's
        ``agent_launch_additions.llm_profile_ref`` take.
        """
        return await call(
            self._connection.api,
            list_profiles.build_request(),
            list_profiles.parse_response,
            _models.ProfileListResponse,
            "list LLM profiles",
        )

    async def stored_secrets(
        self, names: Collection[str] | None = None, *, agent_profile_id: str | None = None
    ) -> dict[str, LookupSecret]:
        """The secrets stored on the server (those in ``names``, if given; those an agent
        profile may use, with ``agent_profile_id``), as ``LookupSecret`` references by name.

        Pass them as ``secrets=`` or to ``update_secrets``: the server reads each value from
        its own store when the agent needs it, and the value never passes through this client
        (upstream's ``RemoteWorkspace.get_secrets``). A reference carries this client's URL and
        session key: the server must reach itself at that URL.
        """
        return await _stored_secrets.stored_secrets(self._connection, names, agent_profile_id)
