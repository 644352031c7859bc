"""Token first-delta latency (``make bench ONLY=tokens``), this client only.

One conversation whose LLM streams (``stream: true``; the scripted LLM's ``talk-MS`` script
sends its answer a word a chunk, MS milliseconds apart) gets several messages, one run each:
from the moment the message is sent, how long until the first streamed delta reaches the
client, and until the durable message that retires the stream. The reference client
(``RemoteConversation``) has no typed token stream to compare with.

Driver side: :func:`section` (``Bench.tokens``); measurement side, in a fresh process on
``.venv``: ``python -m bench.tokens '<json arguments>'``.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from bench.common import Args, arguments, emit

if TYPE_CHECKING:
    from bench.driver import Bench


def section(bench: Bench) -> dict[str, Any]:
    """Run the measurement against the bench's server; the ``tokens`` results section."""
    from bench import driver, report

    settings = bench.settings
    agent = bench.agent(settings.tokens_script)
    agent["llm"]["stream"] = True
    args = {**bench.base, "agent": agent, "runs": settings.tokens_runs}
    result = driver.run_program("ours", ["bench.tokens", "measure", json.dumps(args)])
    runs = result["runs"]
    ours = {"runs": runs, "median": report.summarize(runs)}
    return {"tokens": {"script": settings.tokens_script, "ours": ours}}


def measure(args: Args) -> Args:
    """Each run: send a message (with ``run``), note when the first delta and the message that
    retires its item reach the client, wait for the run's end."""
    import asyncio

    from openhands_client import AsyncAgentServer, TokenItemStatus, TokenUpdate

    async def drive() -> list[Args]:
        runs: list[Args] = []
        async with AsyncAgentServer(args["url"], args["api_key"]) as server:
            conversation = await server.start_conversation(
                args["agent"], args["working_dir"], autotitle=False, delete_on_close=True
            )
            async with conversation:
                current: Args = {}

                def note(update: TokenUpdate) -> None:
                    now = time.perf_counter()
                    if update.kind == "text":
                        current.setdefault("first_delta_at", now)
                        current["deltas"] = current.get("deltas", 0) + 1
                    elif update.item.status is TokenItemStatus.FINAL:
                        current["final_at"] = now
                        current["lossy"] = update.item.lossy

                conversation.on_tokens(note)
                for index in range(int(args["runs"])):
                    current.clear()
                    sent = time.perf_counter()
                    await conversation.send_message(f"message {index}", run=True)
                    await conversation.run(timeout=120)
                    runs.append(
                        {
                            "first_delta_seconds": current["first_delta_at"] - sent,
                            "durable_seconds": current["final_at"] - sent,
                            "deltas": current["deltas"],
                            "lossy": current["lossy"],
                        }
                    )
        return runs

    return {"runs": asyncio.run(drive())}


if __name__ == "__main__":
    name, measured = arguments()
    if name != "measure":
        raise SystemExit(f"unknown measurement {name!r}")
    emit(measure(measured))
