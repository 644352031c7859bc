"""Server providers: start an agent server, hand back its URL and session key, stop it.

:class:`AsyncLocalServer` (``openhands-agent-server`` as a local child process) and
:class:`AsyncRuntimeAPIServer` (a sandboxed server from the OpenHands Runtime API) share the
small :class:`AsyncServerProvider` interface; :class:`LocalServer` and
:class:`RuntimeAPIServer` are their synchronous twins. :class:`~openhands_client.fleet.AgentFleet`
takes providers as well as URLs.
"""

from ._local_server import AsyncLocalServer
from ._provider import AsyncServerProvider, ServerEndpoint
from ._provider_options import LocalServerOptions, RuntimeAPIOptions
from ._runtime_api import AsyncRuntimeAPIServer
from ._sync_provider import LocalServer, RuntimeAPIServer, ServerProvider
from .errors import ProviderError

__all__ = [
    "AsyncLocalServer",
    "AsyncRuntimeAPIServer",
    "AsyncServerProvider",
    "LocalServer",
    "LocalServerOptions",
    "ProviderError",
    "RuntimeAPIOptions",
    "RuntimeAPIServer",
    "ServerEndpoint",
    "ServerProvider",
]
