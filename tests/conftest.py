"""Shared fixtures: a scripted LLM and one real agent server per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from harness.agent_server import AgentServerProcess, agent_spec
from harness.scripted_llm import ScriptedLLM

# Every character that breaks a key when it is put in a URL or form without quoting.
SESSION_API_KEY = "k+y/with=odd&chars%20"

AgentFactory = Callable[..., dict[str, Any]]


@pytest.fixture(scope="session")
def scripted_llm() -> Iterator[ScriptedLLM]:
    """A started ScriptedLLM shared by the session."""
    with ScriptedLLM() as llm:
        yield llm


@pytest.fixture(scope="session")
def agent_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AgentServerProcess]:
    """The real agent server, started once per session, with an awkward API key."""
    with AgentServerProcess(
        tmp_path_factory.mktemp("agent-server"), api_key=SESSION_API_KEY
    ) as server:
        yield server


@pytest.fixture
def make_agent(scripted_llm: ScriptedLLM) -> AgentFactory:
    """``make_agent("think-2")``: the agent JSON for a scripted-LLM script."""

    def make(script: str = "think-2") -> dict[str, Any]:
        return agent_spec(scripted_llm.base_url, script)

    return make


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[Callable[..., AgentServerProcess]]:
    """Private, unstarted servers in this test's tmp dir; all are stopped after the test."""
    servers: list[AgentServerProcess] = []

    def make(**kwargs: Any) -> AgentServerProcess:
        workdir = tmp_path / f"server-{len(servers)}"
        workdir.mkdir()
        servers.append(AgentServerProcess(workdir, **kwargs))
        return servers[-1]

    yield make
    for server in servers:
        server.stop()
