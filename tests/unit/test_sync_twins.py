"""The sync twins of the conversation API added for issue 10 match their async originals."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    AsyncConversation,
    AsyncConversationControl,
    AsyncWorkspace,
    Conversation,
    ConversationControl,
    Workspace,
)

TWINS: list[tuple[type[Any], type[Any], list[str]]] = [
    (
        AsyncConversation,
        Conversation,
        [
            "fork",
            "search_events",
            "count_events",
            "get_event",
            "pending_actions",
            "navigate",
            "switch_llm",
            "switch_profile",
            "switch_acp_model",
            "load_plugin",
            "runtime_workspace",
        ],
    ),
    (AsyncAgentServer, AgentServer, ["start_conversation", "control"]),
    (
        AsyncConversationControl,
        ConversationControl,
        ["create", "info", "status", "send_message", "run", "pause", "interrupt"],
    ),
    (
        AsyncWorkspace,
        Workspace,
        ["download_directory", "create_directory", "download_trajectory", "git_commits"],
    ),
]


def _parameters(function: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def _first_line(function: Any) -> str:
    return (inspect.getdoc(function) or "").splitlines()[0]


@pytest.mark.parametrize(
    ("async_class", "sync_class", "name"),
    [(a, s, name) for a, s, names in TWINS for name in names],
)
def test_sync_twin_has_the_same_parameters_and_first_doc_line(
    async_class: type[Any], sync_class: type[Any], name: str
) -> None:
    original, twin = getattr(async_class, name), getattr(sync_class, name)
    assert _parameters(twin) == _parameters(original)
    assert _first_line(twin) == _first_line(original)


def test_api_properties_are_twins() -> None:
    assert _first_line(AgentServer.api.fget) == _first_line(AsyncAgentServer.api.fget)
