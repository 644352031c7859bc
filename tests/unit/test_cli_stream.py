"""``openhands-client run --stream``: the agent's LLM streams; a terminal shows the answer as it
arrives, a pipe gets whole lines only (the answer once, as without ``--stream``)."""

from __future__ import annotations

import io
import json
from functools import partial
from typing import Any

import pytest

from openhands_client import AsyncAgentServer, TokenItem, TokenUpdate, cli
from openhands_client._cli_run import PipedView
from openhands_client.testing import RunContext
from openhands_client.view import TerminalView
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer

CHUNKS = ["The answer ", "arrives ", "word by word."]
ANSWER = "".join(CHUNKS)


class _Terminal(io.StringIO):
    """Captured output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


async def _streaming(run: RunContext) -> None:
    await run.status("running")
    await run.stream(CHUNKS)
    await run.status("finished")


def _run(fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    """``run`` against ``fake`` with a model whose run streams its answer."""
    monkeypatch.setattr(
        cli, "AsyncAgentServer", partial(AsyncAgentServer, transport=fake.transport)
    )
    fake.scripts["streams"] = _streaming
    argv = ["--url", fake.url, "--api-key", API_KEY, "run", "hi", "--working-dir", "/w"]
    return cli.main([*argv, "--model", "streams", *extra])


def _agent(fake: FakeAgentServer) -> dict[str, Any]:
    (start,) = fake.requests_to("POST", r"/api/conversations$")
    agent: dict[str, Any] = json.loads(start.content)["agent"]
    return agent


def test_run_stream_on_a_terminal_shows_the_answer_as_it_arrives_once(
    fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    out = _Terminal()
    monkeypatch.setattr("sys.stdout", out)
    assert _run(fake, monkeypatch, "--stream") == cli.EXIT_OK
    agent = _agent(fake)
    assert agent["llm"]["stream"] is True
    assert agent["condenser"]["llm"].get("stream") is not True, "the condenser streams too"
    lines = out.getvalue().splitlines()
    streamed = [line for line in lines if "(streaming)" in line]
    assert len(streamed) == 1 and streamed[0].endswith(ANSWER), lines
    assert not [line for line in lines if "MessageEvent" in line and "agent" in line], lines
    assert f"answer: {ANSWER}" in lines


def test_run_stream_into_a_pipe_prints_whole_lines_as_without_it(
    fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(fake, monkeypatch, "--stream") == cli.EXIT_OK
    assert _agent(fake)["llm"]["stream"] is True
    lines = capsys.readouterr().out.splitlines()
    assert not [line for line in lines if "(streaming)" in line], lines
    answered = [line for line in lines if "MessageEvent" in line and line.endswith(ANSWER)]
    assert len(answered) == 1, lines
    assert f"answer: {ANSWER}" in lines


def test_run_without_stream_leaves_the_llm_unstreamed(
    fake: FakeAgentServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdout", _Terminal())
    assert _run(fake, monkeypatch) == cli.EXIT_OK
    assert _agent(fake)["llm"].get("stream") is not True


class _GonePipe(io.StringIO):
    """A pipe whose reader has gone: every write raises ``BrokenPipeError``."""

    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_a_closed_pipe_under_a_streamed_answer_stops_the_output() -> None:
    """A token update that meets a closed pipe closes the view as an event does: nothing more
    is written (``run`` then ends quietly)."""
    output = PipedView(TerminalView(_GonePipe(), color=False, status_line=False))
    item = TokenItem(item_id="answer", attempt=0)
    output.show_tokens(TokenUpdate(item=item, kind="text", delta="The answer"))
    assert output.closed
