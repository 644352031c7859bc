"""The server's secret store by reference: each stored secret as a ``LookupSecret`` the server
resolves when the agent needs it (upstream's ``RemoteWorkspace.get_secrets``)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING
from urllib.parse import quote

from openhands_api import models as _models
from openhands_api.api.settings import list_secrets
from openhands_api.types import UNSET

from . import _checks
from ._connection import Connection, without_credentials
from ._http import call

if TYPE_CHECKING:
    from .models import LookupSecret


async def stored_secrets(
    connection: Connection, names: Collection[str] | None, agent_profile_id: str | None
) -> dict[str, LookupSecret]:
    """The stored secrets (those in ``names``, if given) as ``LookupSecret`` references."""
    if names is not None:
        if isinstance(names, str) or not isinstance(names, Collection):
            raise TypeError(f"names must be a collection of str, not {type(names).__name__}")
        for name in names:
            _checks.text(name, "a secret name")
    profile = _checks.optional_text(agent_profile_id, "agent_profile_id")
    listed = await call(
        connection.api,
        list_secrets.build_request(agent_profile_id=UNSET if profile is None else profile),
        list_secrets.parse_response,
        _models.SecretsListResponse,
        "list stored secrets",
    )
    base = without_credentials(connection.base_url)[0].rstrip("/")
    headers = {"X-Session-API-Key": connection.api_key} if connection.api_key else {}
    return {
        item.name: _models.LookupSecretInput(
            url=f"{base}/api/settings/secrets/{quote(item.name, safe='')}",
            description=item.description,
            headers=_models.LookupSecretInputHeaders.from_dict(headers),
        )
        for item in listed.secrets
        if names is None or item.name in names
    }
