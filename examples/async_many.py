"""Drive several conversations at once from one event loop, and follow one of them live.

Environment: AGENT_SERVER_URL, SESSION_API_KEY, LLM_MODEL, LLM_API_KEY, LLM_BASE_URL (see
quickstart.py), and COUNT (how many conversations; default 5).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile

from openhands_client import AsyncAgentServer, AsyncConversation, ExecutionStatus
from openhands_client.cli import agent_from_env


async def solve(server: AsyncAgentServer, task: str) -> AsyncConversation:
    """One conversation from start to finish (deleted on the server when closed)."""
    conversation = await server.start_conversation(
        agent_from_env(), working_dir=tempfile.gettempdir(), delete_on_close=True
    )
    await conversation.send_message(task)
    await conversation.run(timeout=600)
    return conversation


async def main() -> int:
    """Run COUNT tasks concurrently; print each outcome; exit 0 if all finished."""
    url = os.environ.get("AGENT_SERVER_URL", "http://127.0.0.1:8000")
    count = int(os.environ.get("COUNT", "5"))
    async with AsyncAgentServer(url, api_key=os.environ.get("SESSION_API_KEY") or None) as server:
        conversations = await asyncio.gather(
            *(solve(server, f"task number {i}") for i in range(count))
        )
        for conversation in conversations:
            actions = [e.tool_name for e in conversation.events if e.kind == "ActionEvent"]
            status = conversation.state.execution_status.value
            print(
                f"{conversation.id}  {status:<10} {len(conversation.events):>3} events  {actions}"
            )
        finished = all(c.state.execution_status is ExecutionStatus.FINISHED for c in conversations)
    return 0 if finished else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
