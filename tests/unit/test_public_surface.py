"""The public surface is a decision: the exported names and public modules are pinned here.

Renaming or adding one fails these tests until the pins below change with it.
"""

from __future__ import annotations

import ast
import pkgutil
import re
from collections.abc import Iterable
from pathlib import Path

import openhands_client

EXPORTS = frozenset(
    {
        "SocketStatus",
        "AgentServer",
        "AgentServerError",
        "AsyncAgentServer",
        "AsyncConversation",
        "AsyncConversationControl",
        "AsyncRunningCommand",
        "AsyncWorkspace",
        "AuthenticationError",
        "Callback",
        "CapacityError",
        "ClientClosedError",
        "ClientOptions",
        "CloneResult",
        "CommandResult",
        "ConnectionState",
        "ConnectionStateCallback",
        "History",
        "CommandTimeoutError",
        "CreateOptions",
        "ConflictError",
        "Conversation",
        "ConversationControl",
        "ConversationOptions",
        "ConversationRunError",
        "ConversationState",
        "Event",
        "EventFilters",
        "EventSearchOptions",
        "EventLog",
        "ExecutionStatus",
        "GitProvider",
        "LocalFile",
        "MessageTooLargeError",
        "NotAnAgentServerError",
        "NotFoundError",
        "OutputChunk",
        "ProgressCallback",
        "ProtocolError",
        "ProviderError",
        "RepoMapping",
        "RepoSource",
        "RunResult",
        "RunTimeoutError",
        "RunningCommand",
        "ServerError",
        "ServerLostError",
        "ServerNotReadyError",
        "SocketRefusedError",
        "StartOptions",
        "StatusError",
        "StreamOverflowError",
        "TokenCallback",
        "TokenItem",
        "TokenItemStatus",
        "TokenKind",
        "TokenUpdate",
        "TransferResult",
        "TransportError",
        "UnknownEvent",
        "UnsupportedFeatureError",
        "ValidationError",
        "WaitTimeoutError",
        "Workspace",
        "decode_event",
    }
)
# Modules users import by name; every other module of the package starts with "_".
PUBLIC_MODULES = frozenset(
    {
        "cli",
        "doctor",
        "errors",
        "events",
        "fleet",
        "models",
        "presets",
        "providers",
        "testing",
        "view",
    }
)

PACKAGE = Path(openhands_client.__file__).parent


def drift(pinned: Iterable[str], actual: Iterable[str]) -> dict[str, list[str]]:
    """What was added to or removed from the pinned set (empty when in step)."""
    pinned, actual = set(pinned), set(actual)
    return {
        key: sorted(names)
        for key, names in (("added", actual - pinned), ("removed", pinned - actual))
        if names
    }


def public_modules() -> set[str]:
    return {
        module.name
        for module in pkgutil.iter_modules(openhands_client.__path__)
        if not module.name.startswith("_")
    }


def test_exports_are_pinned() -> None:
    assert drift(EXPORTS, openhands_client.__all__) == {}
    assert len(openhands_client.__all__) == len(set(openhands_client.__all__))


def test_every_export_exists() -> None:
    missing = [name for name in openhands_client.__all__ if not hasattr(openhands_client, name)]
    assert missing == []


def test_public_modules_are_pinned() -> None:
    assert drift(PUBLIC_MODULES, public_modules()) == {}


def test_a_drift_is_reported() -> None:
    # The pins themselves drifted: one name renamed, one module made public by accident.
    renamed = (EXPORTS - {"AgentServer"}) | {"SyncAgentServer"}
    assert drift(renamed, openhands_client.__all__) == {
        "added": ["AgentServer"],
        "removed": ["SyncAgentServer"],
    }
    assert drift(PUBLIC_MODULES - {"view"}, public_modules()) == {"added": ["view"]}


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    return {
        node.module.lstrip(".")
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
    }


def test_a_conversation_does_not_know_the_server() -> None:
    assert "_server" not in _imports("_conversation")
    assert "_sync_server" not in _imports("_sync_conversation")


def test_the_contributing_guide_layout_lists_every_module() -> None:
    guide = (Path(__file__).resolve().parents[2] / "CONTRIBUTING.md").read_text(encoding="utf-8")
    layout = guide.split("## Layout", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^  (\w+\.py) ", layout, flags=re.MULTILINE)
    assert len(listed) == len(set(listed))
    assert drift(listed, (path.name for path in PACKAGE.glob("*.py"))) == {}
