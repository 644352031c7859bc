"""Drive several conversations at once from one event loop, and follow one of them live.

Environment: AGENT_SERVER_URL, SESSION_API_KEY, LLM_MODEL, LLM_API_KEY, LLM_BASE_URL,
WORKING_DIR (see quickstart.py), and COUNT (how many conversations; default 5).

Ctrl-C, or a task outliving its timeout, interrupts the agents still running on the server
(``interrupt_on_exit=True``): nothing is left running, or spending, when this script ends.
Each outcome is a ``RunResult``; ``result.to_json()`` is one line of a JSON-lines file.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import tempfile

from openhands_client import AsyncAgentServer, ConversationRunError, ExecutionStatus, RunResult
from openhands_client.cli import agent_from_env
from openhands_client.view import TerminalView


async def solve(server: AsyncAgentServer, task: str, *, live: bool) -> RunResult:
    """One conversation from start to finish (deleted on the server when closed): its record.

    With ``live`` its events are printed as they arrive. A failed or timed-out run is a
    record too (its ``status`` and ``error`` say why); the timed-out agent is interrupted.
    """
    conversation = await server.start_conversation(
        agent_from_env(),
        working_dir=os.environ.get("WORKING_DIR", tempfile.gettempdir()),
        callbacks=[TerminalView(status_line=False)] if live else [],
        delete_on_close=True,
    )
    await conversation.send_message(task)
    with contextlib.suppress(ConversationRunError):  # a failure is in the record
        await conversation.run(timeout=600)
    return conversation.result()


async def main() -> int:
    """Run COUNT tasks concurrently, follow the first live; print each outcome."""
    url = os.environ.get("AGENT_SERVER_URL", "http://127.0.0.1:8000")
    count = int(os.environ.get("COUNT", "5"))
    key = os.environ.get("SESSION_API_KEY") or None
    async with AsyncAgentServer(url, key, interrupt_on_exit=True) as server:
        print(f"{count} conversations at once; the events of the first one, live:")
        results = await asyncio.gather(
            *(solve(server, f"task number {i}", live=i == 0) for i in range(count))
        )
    print()
    for result in results:
        outcome = result.error or result.final_answer
        print(f"{result.id}  {result.status.value:<10} {result.events:>3} events  {outcome}")
    return 0 if all(r.status is ExecutionStatus.FINISHED for r in results) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
