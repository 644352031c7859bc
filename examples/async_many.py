"""Drive several conversations at once from one event loop, and follow one of them live.

Environment: AGENT_SERVER_URL, SESSION_API_KEY, LLM_MODEL, LLM_API_KEY, LLM_BASE_URL,
WORKING_DIR (see quickstart.py), and COUNT (how many conversations; default 5).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

from openhands_client import AsyncAgentServer, AsyncConversation, ExecutionStatus
from openhands_client.cli import agent_from_env
from openhands_client.view import TerminalView


async def solve(server: AsyncAgentServer, task: str, *, live: bool) -> AsyncConversation:
    """One conversation from start to finish (deleted on the server when closed).

    With ``live`` its events are printed as they arrive.
    """
    conversation = await server.start_conversation(
        agent_from_env(),
        working_dir=os.environ.get("WORKING_DIR", tempfile.gettempdir()),
        callbacks=[TerminalView(status_line=False)] if live else [],
        delete_on_close=True,
    )
    await conversation.send_message(task)
    await conversation.run(timeout=600)
    return conversation


async def main() -> int:
    """Run COUNT tasks concurrently, follow the first live; print each outcome."""
    url = os.environ.get("AGENT_SERVER_URL", "http://127.0.0.1:8000")
    count = int(os.environ.get("COUNT", "5"))
    async with AsyncAgentServer(url, api_key=os.environ.get("SESSION_API_KEY") or None) as server:
        print(f"{count} conversations at once; the events of the first one, live:")
        conversations = await asyncio.gather(
            *(solve(server, f"task number {i}", live=i == 0) for i in range(count))
        )
        print()
        for conversation in conversations:
            status = conversation.state.execution_status.value
            answer = await conversation.final_response()
            print(f"{conversation.id}  {status:<10} {len(conversation.events):>3} events  {answer}")
        finished = all(c.state.execution_status is ExecutionStatus.FINISHED for c in conversations)
    return 0 if finished else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
