"""Which generated operations a workspace calls: the server's own, or a conversation's runtime.

The runtime routes (``/api/conversations/{id}/bash|file|git``) take the same arguments plus
the conversation id, and run where that conversation's agent runs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from uuid import UUID

from openhands_api.api import bash, files, git, runtime

_NAMES = (
    "execute_bash_command",
    "start_bash_command",
    "search_bash_events",
    "stop_bash_command",
    "upload_file",
    "download_file",
    "archive_directory",
    "create_directory",
    "download_trajectory",
    "git_changes",
    "git_diff",
    "git_commits",
)
_SERVER_PACKAGES = (bash, files, git)


@dataclass(frozen=True)
class Routes:
    """The operation modules by their server-level name, and the arguments they all take."""

    operations: dict[str, ModuleType]
    scope: dict[str, Any] = field(default_factory=dict)

    def op(self, name: str) -> ModuleType:
        """The generated module of the operation ``name`` (its server-level name)."""
        return self.operations[name]

    def kwargs(self, name: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The request of operation ``name``, built by its own ``build_request``."""
        built: dict[str, Any] = self.op(name).build_request(*args, **self.scope, **kwargs)
        return built


def _module(package: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{package.__name__}.{name}")


def _server_module(name: str) -> ModuleType:
    for package in _SERVER_PACKAGES:
        try:
            return _module(package, name)
        except ModuleNotFoundError:
            continue
    raise LookupError(f"no server-level operation {name!r}")


SERVER = Routes({name: _server_module(name) for name in _NAMES})
"""The server's own routes (``/api/bash|file|git``)."""


def for_conversation(conversation_id: UUID) -> Routes:
    """The routes of the runtime of conversation ``conversation_id``."""
    return Routes(
        {name: _module(runtime, f"runtime_{name}") for name in _NAMES},
        {"runtime_conversation_id": conversation_id},
    )
