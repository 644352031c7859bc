"""What the connected server supports: its version and capabilities, read once per client."""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass

from openhands_api import models as _models
from openhands_api.api.server import get_server_info

from ._connection import Connection
from ._http import call
from ._terminal_text import printable, redact_url
from .errors import NotFoundError, ProtocolError, UnsupportedFeatureError

logger = logging.getLogger("openhands_client.compat")

OLDEST_TESTED = "1.45.0"
NEWEST_TESTED = "1.58.2"
"""The openhands-agent-server versions `make test` runs the contract tests against (inclusive).
Conversations are refused on older servers; newer ones are used with a warning."""

IDEMPOTENT_CREATE = "start_conversation(conversation_id=...)"
CONTROL_CREATE = "control(conversation_id).create()"
RUNTIME_ROUTES = "runtime_workspace()"
FEATURE_CAPABILITIES: dict[str, str] = {
    # Create-or-attach by id, retried while the server is full: safe only if a re-sent create
    # for one id is deduplicated, which servers announce with this capability.
    IDEMPOTENT_CREATE: "idempotent_conversation_create_v1",
    CONTROL_CREATE: "idempotent_conversation_create_v1",
    # Conversation-addressed bash, file and git routes (/api/conversations/{id}/bash|file|git).
    RUNTIME_ROUTES: "conversation_runtime_routes_v1",
}
"""A client feature -> the ``/server_info`` capability the server must announce for it."""

SWITCH_LLM = "switch_llm()"
SWITCH_LLM_SINCE = "1.57.0"
"""Older servers (seen on 1.52.0) answer ``switch_llm`` with success and keep the old LLM."""

STOP_COMMAND = "RunningCommand.stop()"
STOP_COMMAND_SINCE = "1.52.0"
"""Older servers have no route to stop a running command (they answer a bare 404)."""

START_CHILD = "start_child()"
START_CHILD_SINCE = "1.57.0"
"""Older servers have no child conversations to start (``POST .../children``: a bare 404)."""

KINDS_BY_CLASS_NAME = "1.57.0"
"""From this version on, ``/events/search`` and ``/events/count`` match ``kind`` by class name
(``ActionEvent``); older servers match only the full Python path, so the client filters."""


def parse_version(text: str) -> tuple[int, ...] | None:
    """``"1.58.2"`` -> ``(1, 58, 2)``; None when ``text`` does not start with a version."""
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", text)
    return tuple(int(part) for part in match.group(1).split(".")) if match else None


_OLDEST = parse_version(OLDEST_TESTED) or ()
_NEWEST = parse_version(NEWEST_TESTED) or ()


@dataclass(frozen=True)
class ServerRelease:
    """The server's version (as it reports it) and the capabilities it announces."""

    version: str
    capabilities: frozenset[str]

    def at_least(self, version: str) -> bool:
        """Whether the server's version is ``version`` or newer (False if it reports none)."""
        mine = parse_version(self.version)
        return mine is not None and mine >= (parse_version(version) or ())

    def older_than(self, version: str) -> bool:
        """Whether the server's version is older than ``version`` (False if it reports none)."""
        mine = parse_version(self.version)
        return mine is not None and mine < (parse_version(version) or ())

    def offers(self, feature: str) -> bool:
        """Whether the server announces the capability ``feature`` needs."""
        return FEATURE_CAPABILITIES[feature] in self.capabilities

    @property
    def supported(self) -> bool:
        """Whether ``version`` is within the range this client is tested against."""
        version = parse_version(self.version)
        return version is not None and _OLDEST <= version <= _NEWEST


def _capability_names(capabilities: object) -> frozenset[str]:
    """The names among ``/server_info``'s capabilities: whatever JSON the server sent there,
    only its strings count."""
    if not isinstance(capabilities, list):
        return frozenset()
    return frozenset(name for name in capabilities if isinstance(name, str))


class ServerCompat:
    """Reads ``/server_info`` once, on first need; warns once if the server is out of range."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._release: ServerRelease | None = None
        self._lock = asyncio.Lock()

    async def release(self) -> ServerRelease:
        """The server's version and capabilities (one request per client)."""
        async with self._lock:
            if self._release is None:
                try:
                    info = await call(
                        self._connection.api,
                        get_server_info.build_request(),
                        get_server_info.parse_response,
                        _models.ServerInfo,
                        "server info",
                    )
                except (NotFoundError, ProtocolError) as exc:
                    body = exc.body if isinstance(exc, ProtocolError) else None
                    if not (isinstance(body, dict) and isinstance(body.get("version"), str)):
                        # Not served here (a proxy exposing only /api, a replay server): go on
                        # as a server of unknown version that announces nothing.
                        logger.warning("cannot read the server's version (%s)", printable(str(exc)))
                        self._release = ServerRelease("", frozenset())
                        return self._release
                    # A server outside the tested range may lack fields the spec requires:
                    # its version and capabilities still say what it is.
                    version, capabilities = body["version"], body.get("capabilities")
                else:
                    version, capabilities = info.version, info.capabilities
                self._release = ServerRelease(version, _capability_names(capabilities))
                if not self._release.supported:
                    logger.warning(
                        "the agent server at %s runs openhands-agent-server %s; this client is "
                        "tested with %s to %s: some operations may fail or stay untyped",
                        redact_url(self._connection.base_url),
                        printable(self._release.version) or "(unknown version)",
                        OLDEST_TESTED,
                        NEWEST_TESTED,
                    )
        return self._release

    async def supports(self, feature: str) -> bool:
        """Whether the server announces the capability ``feature`` needs."""
        return (await self.release()).offers(feature)

    async def require_version(self, feature: str, since: str) -> None:
        """Raise :class:`UnsupportedFeatureError` unless the server is ``since`` or newer."""
        release = await self.release()
        if not release.at_least(since):
            raise self._refusal(feature, f"openhands-agent-server {since} or newer", release)

    async def require(self, feature: str) -> None:
        """Raise :class:`UnsupportedFeatureError` unless the server supports ``feature``."""
        release = await self.release()
        if not release.offers(feature):
            capability = FEATURE_CAPABILITIES[feature]
            raise self._refusal(feature, f"an agent server announcing {capability!r}", release)

    async def require_oldest_tested(self, feature: str) -> None:
        """Raise :class:`UnsupportedFeatureError` if the server is older than
        :data:`OLDEST_TESTED` (a server that reports no version is accepted)."""
        release = await self.release()
        if release.older_than(OLDEST_TESTED):
            oldest = f"openhands-agent-server {OLDEST_TESTED} or newer (the oldest supported)"
            raise self._refusal(feature, oldest, release)

    def _refusal(self, feature: str, needs: str, release: ServerRelease) -> UnsupportedFeatureError:
        return UnsupportedFeatureError(
            f"{feature} needs {needs}; the server at {redact_url(self._connection.base_url)} runs "
            f"openhands-agent-server {release.version or '(unknown version)'}",
            feature=feature,
            server_version=release.version,
        )
