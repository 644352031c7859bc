"""A server killed mid-run and restarted: the client recovers by itself, nothing is lost."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, ConversationRunError, ExecutionStatus
from tests.conftest import AgentFactory
from tests.contract.helpers import assert_log_is_servers, eventually

pytestmark = pytest.mark.contract


def test_sigkill_mid_run_then_restart(
    server_factory: Callable[..., AgentServerProcess], make_agent: AgentFactory
) -> None:
    process = server_factory(api_key="crash-key").start()
    with AgentServer(process.url, api_key="crash-key") as server:
        conv = server.start_conversation(make_agent("slow-think-40-200"), str(process.workdir))
        conv.send_message("a long task")
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["status"] = conv.run(timeout=120)
            except ConversationRunError as exc:
                outcome["error"] = exc
            outcome["at"] = time.monotonic()

        runner = threading.Thread(target=run)
        runner.start()
        eventually(lambda: sum(e.kind == "ActionEvent" for e in conv.events) >= 3, what="actions")
        process.kill()
        killed_at = time.monotonic()
        time.sleep(1.0)
        assert runner.is_alive()  # run() neither returned nor raised while the server was gone
        process.restart()
        restarted_at = time.monotonic()
        runner.join(timeout=30)
        assert not runner.is_alive()
        assert outcome["at"] - restarted_at < 10
        error = outcome.get("error")
        assert isinstance(error, ConversationRunError), outcome
        assert error.conversation_id == conv.id
        assert error.status == "error"
        assert killed_at < outcome["at"]

        eventually(lambda: conv.is_connected, what="the socket to reconnect by itself")
        conv.send_message("carry on")
        assert conv.run(timeout=120) is ExecutionStatus.FINISHED
        assert_log_is_servers(conv, process)
