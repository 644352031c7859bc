"""Token streams against the real server: an LLM with ``stream: true`` streams its answer."""

from __future__ import annotations

import io

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import STREAM_TEXT
from openhands_client import (
    AsyncAgentServer,
    ExecutionStatus,
    TokenItemStatus,
    TokenUpdate,
)
from openhands_client._compat import ServerRelease
from openhands_client.events import sent_kind
from openhands_client.view import TerminalView
from tests.conftest import SESSION_API_KEY, AgentFactory

pytestmark = pytest.mark.contract

TOKEN_STREAMS_SINCE = "1.52.0"
"""The oldest tested server that sends token streams on the session socket (1.45.0 sends
none: the stream then yields nothing and ends with the run)."""


async def test_a_streamed_answer_arrives_as_deltas_and_is_retired_by_its_message(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    agent = make_agent("talk")
    agent["llm"]["stream"] = True
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        streams = ServerRelease((await server.info()).version, frozenset()).at_least(
            TOKEN_STREAMS_SINCE
        )
        out = io.StringIO()
        view = TerminalView(out, color=False, status_line=False)
        conv = await server.start_conversation(
            agent,
            str(agent_server.workdir),
            autotitle=False,
            delete_on_close=True,
            callbacks=[view],
        )
        async with conv:
            await conv.send_message("say something")
            got: list[TokenUpdate] = [
                u async for u in conv.stream_tokens(until="run_end", run=True)
            ]
            assert conv.state.execution_status is ExecutionStatus.FINISHED
            answer = [
                e for e in conv.events if sent_kind(e) == "MessageEvent" and e.source == "agent"
            ]
            assert len(answer) == 1, "the run's answer is one message"
            await conv._feed.callbacks.drained()
            assert out.getvalue().count(STREAM_TEXT) == 1, "the view shows the answer once"
            if not streams:
                assert got == []
                return
            deltas = [u for u in got if u.kind == "text"]
            assert len(deltas) > 1, "the answer came in several deltas"
            assert "".join(u.delta for u in deltas) == STREAM_TEXT
            last = got[-1].item
            assert last.status is TokenItemStatus.FINAL, [u.item.status for u in got]
            assert last.item_id == answer[0].id and last.event is not None
            assert (last.final, last.text, last.lossy) == (STREAM_TEXT, STREAM_TEXT, False)
            assert {u.item.item_id for u in got} == {last.item_id}
            assert not conv._feed.tokens.open_items
            assert [e.id for e in conv.events].count(last.item_id) == 1
