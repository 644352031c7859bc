"""Helpers shared by the facade's contract tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from harness.agent_server import AgentServerProcess
from openhands_client._compat import ServerRelease

ASK_AGENT_LEAVES_THE_LOG_SINCE = "1.52.0"
"""Older servers (seen on 1.45.0) persist one ``stats`` state update when ``ask_agent`` is
answered (the question's LLM cost); from this version on the log is left as it was."""


def server_items(server: AgentServerProcess, path: str) -> list[dict[str, Any]]:
    """Every item of a paged search (``path``), straight from the server's REST API."""
    items: list[dict[str, Any]] = []
    page_id: str | None = None
    with httpx.Client(base_url=server.url, headers=server.headers, timeout=30) as http:
        while True:
            params: dict[str, Any] = {"limit": 100}
            if page_id:
                params["page_id"] = page_id
            page = http.get(path, params=params)
            page.raise_for_status()
            body = page.json()
            items += body["items"]
            page_id = body.get("next_page_id")
            if not page_id:
                return items


def server_log(server: AgentServerProcess, conversation_id: object) -> list[dict[str, Any]]:
    """Every persisted event of a conversation, straight from the server's REST API."""
    return server_items(server, f"/api/conversations/{conversation_id}/events/search")


def expected_ids(server: AgentServerProcess, conversation_id: object) -> list[str]:
    """The server's log as ids, in its own (``seq``) order: the client's documented order."""
    return [e["id"] for e in server_log(server, conversation_id)]


def eventually(check: Callable[[], bool], timeout: float = 15.0, what: str = "condition") -> None:
    """Poll ``check`` until it holds, or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"{what} did not hold within {timeout} s"
        time.sleep(0.05)


def condenser_agent(agent: dict[str, Any]) -> dict[str, Any]:
    """``agent`` with an LLM-summarising condenser on the same scripted LLM."""
    return {**agent, "condenser": {"kind": "LLMSummarizingCondenser", "llm": agent["llm"]}}


def assert_log_is_servers(
    conversation: Any, server: AgentServerProcess, timeout: float = 5.0
) -> None:
    """The client's log equals the server's (a background title update may land just after)."""
    deadline = time.monotonic() + timeout
    while True:
        ours, theirs = [e.id for e in conversation.events], expected_ids(server, conversation.id)
        if ours == theirs or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert ours == theirs


def server_release(server: AgentServerProcess) -> ServerRelease:
    """The real server's version and capabilities, from its ``/server_info``."""
    info = httpx.get(f"{server.url}/server_info", timeout=30).raise_for_status().json()
    return ServerRelease(str(info["version"]), frozenset(info.get("capabilities") or ()))


def ask_agent_log_entries(release: ServerRelease) -> list[tuple[str, str]]:
    """What answering ``ask_agent`` adds to the log on this server: (kind, state key) pairs."""
    if release.at_least(ASK_AGENT_LEAVES_THE_LOG_SINCE):
        return []
    return [("ConversationStateUpdateEvent", "stats")]
