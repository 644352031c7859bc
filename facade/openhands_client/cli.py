"""``openhands-client``: look at and drive an agent server from a shell.

Exit codes: 0 success (for ``run``: the agent finished), 1 the run ended otherwise (error,
stuck, paused, waiting for confirmation, timeout), 2 bad usage, 3 no such conversation,
4 authentication failed, 5 the server could not be reached or failed, 6 the server does not
conform to the contract (``doctor``), 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import Any

from ._server import AsyncAgentServer
from ._state import ExecutionStatus
from .doctor import async_diagnose
from .errors import (
    AgentServerError,
    AuthenticationError,
    ConversationRunError,
    NotFoundError,
)
from .view import RunSummary, TerminalView

EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_AUTH, EXIT_SERVER = 0, 1, 2, 3, 4, 5
EXIT_NONCONFORMING, EXIT_INTERRUPTED = 6, 130
DEFAULT_URL = "http://127.0.0.1:8000"


def agent_from_env(model: str | None = None) -> dict[str, Any]:
    """The agent JSON built from LLM_MODEL, LLM_API_KEY, LLM_BASE_URL, LLM_NUM_RETRIES and
    AGENT_TOOLS (comma-separated tool names)."""
    llm: dict[str, Any] = {
        "model": model or os.environ.get("LLM_MODEL") or "openai/gpt-4o",
        "api_key": os.environ.get("LLM_API_KEY") or "unset",
        "usage_id": "agent",
    }
    if os.environ.get("LLM_BASE_URL"):
        llm["base_url"] = os.environ["LLM_BASE_URL"]
    if os.environ.get("LLM_NUM_RETRIES"):
        llm["num_retries"] = int(os.environ["LLM_NUM_RETRIES"])
    tools = [{"name": t.strip()} for t in os.environ.get("AGENT_TOOLS", "").split(",") if t.strip()]
    return {"kind": "Agent", "llm": llm, "tools": tools}


async def _run(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    view = TerminalView()
    started = time.monotonic()
    conversation = await server.start_conversation(
        agent_from_env(args.model), args.working_dir, callbacks=[view]
    )
    print(f"conversation {conversation.id}", flush=True)
    await conversation.send_message(args.task)
    try:
        with view.ticking():
            status: ExecutionStatus | None = await conversation.run(timeout=args.timeout)
    except ConversationRunError as exc:
        print(f"run failed: {exc}", file=sys.stderr)
        status = None
    summary = RunSummary.of(conversation.state, conversation.events, time.monotonic() - started)
    print("\n" + summary.render())
    return EXIT_OK if status is ExecutionStatus.FINISHED else EXIT_RUN_FAILED


async def _list(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    async for state in server.conversations(status=args.status):
        print(f"{state.id}  {state.execution_status.value:<24} {state.title or ''}")
    return EXIT_OK


async def _show(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    conversation = await server.attach_conversation(args.conversation_id)
    state = conversation.state
    raw = state.raw
    summary = RunSummary.of(state, conversation.events, 0.0)
    for label, value in [
        ("id", conversation.id),
        ("status", state.execution_status.value),
        ("title", state.title or ""),
        ("created", raw.get("created_at", "")),
        ("updated", raw.get("updated_at", "")),
        ("events", len(conversation.events)),
        ("tokens", f"{summary.prompt_tokens} prompt + {summary.completion_tokens} completion"),
        ("cost", f"${summary.cost:.4f}"),
    ]:
        print(f"{label + ':':<9}{value}")
    return EXIT_OK


async def _events(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    view = TerminalView(status_line=False)
    conversation = await server.attach_conversation(args.conversation_id)
    for event in conversation.events:
        view(event)
    if args.follow:
        # No await since attach returned: every later event reaches this stream.
        async for event in conversation.stream():
            view(event)
    return EXIT_OK


async def _info(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    info = await server.info()
    raw = info.to_dict()
    for key in ("title", "version", "sdk_version", "tools_version", "python_version", "uptime"):
        if key in raw:
            print(f"{key + ':':<16}{raw[key]}")
    if raw.get("capabilities"):
        print(f"{'capabilities:':<16}{', '.join(raw['capabilities'])}")
    return EXIT_OK


async def _doctor(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    if args.run and not os.environ.get("LLM_MODEL"):
        raise ValueError("doctor --run needs an LLM: set LLM_MODEL, LLM_API_KEY, LLM_BASE_URL")
    agent = agent_from_env() if args.run else None
    report = await async_diagnose(server.url, args.api_key, agent=agent, run_timeout=args.timeout)
    print(report.render())
    return EXIT_OK if report.ok else EXIT_NONCONFORMING


COMMANDS = {"run": _run, "list": _list, "show": _show, "events": _events, "info": _info}
COMMANDS["doctor"] = _doctor


def parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    top = argparse.ArgumentParser(
        prog="openhands-client",
        description="Look at and drive an OpenHands agent server.",
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--url", default=os.environ.get("AGENT_SERVER_URL", DEFAULT_URL),
                     help="server URL (env AGENT_SERVER_URL)")  # fmt: skip
    top.add_argument("--api-key", default=os.environ.get("SESSION_API_KEY") or None,
                     help="session API key (env SESSION_API_KEY)")  # fmt: skip
    sub = top.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="start a conversation on TASK, stream it, wait for the end")
    run.add_argument("task")
    run.add_argument("--model", help="the agent's LLM (env LLM_MODEL)")
    run.add_argument("--working-dir", default=tempfile.gettempdir())
    run.add_argument("--timeout", type=float, default=3600.0)
    listing = sub.add_parser("list", help="conversations with their status and title")
    listing.add_argument("--status", help="only conversations in this execution status")
    show = sub.add_parser("show", help="a conversation's state")
    show.add_argument("conversation_id")
    events = sub.add_parser("events", help="a conversation's events (then live, with --follow)")
    events.add_argument("conversation_id")
    events.add_argument("--follow", "-f", action="store_true")
    sub.add_parser("info", help="the server's versions and capabilities")
    doctor = sub.add_parser("doctor", help="check that the server conforms to openapi.yaml")
    doctor.add_argument("--url", default=argparse.SUPPRESS, help="as --url before doctor")
    doctor.add_argument("--api-key", default=argparse.SUPPRESS, help="as --api-key before doctor")
    doctor.add_argument("--run", action="store_true", help="also run a one-step conversation")
    doctor.add_argument("--timeout", type=float, default=300.0, help="for the --run conversation")
    return top


async def _main(args: argparse.Namespace) -> int:
    async with AsyncAgentServer(args.url, api_key=args.api_key) as server:
        return await COMMANDS[args.command](server, args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = parser().parse_args(argv)
    try:
        return asyncio.run(_main(args))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NotFoundError as exc:
        print(f"not found: {exc}", file=sys.stderr)
        return EXIT_NOT_FOUND
    except AuthenticationError as exc:
        print(f"authentication failed: {exc}", file=sys.stderr)
        return EXIT_AUTH
    except AgentServerError as exc:
        print(f"server error: {exc}", file=sys.stderr)
        return EXIT_SERVER
