"""A harness that is cancelled, or whose tasks time out, leaves nothing running on the real
server (interrupt_on_exit); and stream(until="run_end") ends on a failed run."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM
from openhands_client import AsyncAgentServer, ExecutionStatus, RunTimeoutError
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.test_examples_and_cli import ROOT, environment, readme_snippets

pytestmark = pytest.mark.contract


def statuses(server: AgentServerProcess, ids: list[str]) -> dict[str, str]:
    with httpx.Client(base_url=server.url, headers=server.headers, timeout=30) as http:
        return {
            cid: str(http.get(f"/api/conversations/{cid}").json()["execution_status"])
            for cid in ids
        }


async def test_a_cancelled_batch_and_timed_out_tasks_leave_nothing_running(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    workdir = str(agent_server.workdir)
    async with AsyncAgentServer(
        agent_server.url, SESSION_API_KEY, interrupt_on_exit=True
    ) as server:
        convs = await asyncio.gather(
            *(server.start_conversation(make_agent("slow-think-40-200"), workdir) for _ in range(4))
        )
        ids = [str(conv.id) for conv in convs]
        for conv in convs:
            await conv.send_message("work for a long while")
        timed_out, cancelled, left = convs[0], convs[1:3], convs[3]
        batch = asyncio.ensure_future(asyncio.gather(*(c.run(timeout=120) for c in cancelled)))
        await left.run(blocking=False)  # still running when the client closes
        with pytest.raises(RunTimeoutError):
            await timed_out.run(timeout=1.5)
        assert all(c.state.execution_status is ExecutionStatus.RUNNING for c in cancelled)
        batch.cancel()  # Ctrl-C in an asyncio program cancels the main task the same way
        with pytest.raises(asyncio.CancelledError):
            await batch
        assert statuses(agent_server, ids[:3]) == dict.fromkeys(ids[:3], "paused")
    assert statuses(agent_server, ids) == dict.fromkeys(ids, "paused")


async def test_run_end_stream_ends_on_a_failed_run(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    agent = make_agent("error")
    agent["llm"]["num_retries"] = 0
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        conv = await server.start_conversation(agent, str(agent_server.workdir))
        await conv.send_message("fail")
        # The README's async quickstart, on a run that fails.
        kinds = [event.kind async for event in conv.stream(until="run_end", run=True)]
        assert "ConversationErrorEvent" in kinds
        result = conv.result()
        assert result.status is ExecutionStatus.ERROR
        assert conv.last_error is not None and result.error is not None
        assert "scripted failure" in result.error


def test_ctrl_c_in_the_readme_sync_quickstart_leaves_nothing_running(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "slow-think-30-300")
    code = readme_snippets()["Quickstart (sync)"]
    quickstart = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert quickstart.stdout is not None
    for line in quickstart.stdout:
        if "ActionEvent" in line:  # the agent is at work
            break
    quickstart.send_signal(signal.SIGINT)
    _, err = quickstart.communicate(timeout=60)
    assert "KeyboardInterrupt" in err
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
        params = {"sort_order": "CREATED_AT_DESC", "limit": 1}
        [newest] = http.get("/api/conversations/search", params=params).json()["items"]
    assert newest["execution_status"] == "paused"
