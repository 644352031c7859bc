"""The gate for features a server offers only when its ``/server_info`` lists a capability.

One small function, so that it can be pointed at a shared, cached capability reader.
"""

from __future__ import annotations

from openhands_api.api.server import get_server_info
from openhands_api.models.server_info import ServerInfo

from ._connection import Connection
from ._http import call
from .errors import AgentServerError

RUNTIME_ROUTES = "conversation_runtime_routes_v1"
"""Conversation-addressed bash, file and git routes (``/api/conversations/{id}/bash|file|git``)."""


class UnsupportedFeatureError(AgentServerError):
    """The server does not offer this feature (its ``/server_info`` lacks the capability)."""


async def require(connection: Connection, capability: str, feature: str) -> None:
    """Return if the server lists ``capability``; else raise :class:`UnsupportedFeatureError`."""
    info = await call(
        get_server_info.asyncio_detailed, ServerInfo, "server info", client=connection.api
    )
    capabilities = info.capabilities if isinstance(info.capabilities, list) else []
    if capability not in capabilities:
        raise UnsupportedFeatureError(f"{feature} needs the server capability {capability!r}")
