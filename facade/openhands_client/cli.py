"""``openhands-client``: look at and drive an agent server from a shell.

Exit codes: 0 success (for run: the agent finished), 1 the run ended otherwise (error,
stuck, paused, waiting for confirmation, timeout), 2 bad usage, 3 no such conversation,
4 authentication failed, 5 the server could not be reached, failed, or is not an agent
server, 6 the server does not conform to the contract (doctor), 130 interrupted (Ctrl-C).
Output into a closed pipe ends quietly with 0. Whatever the server or the agent wrote is printed
with its control characters escaped, and a URL without its user:password@.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from typing import Any
from uuid import UUID

from . import _cli_args as cli_args
from ._cli_batch import batch
from ._conversation import AsyncConversation
from ._server import AsyncAgentServer
from ._state import ExecutionStatus
from ._terminal_text import json_line, printable, redact_url
from .doctor import async_diagnose
from .errors import (
    AgentServerError,
    AuthenticationError,
    ConversationRunError,
    NotFoundError,
)
from .events import Event, is_persisted
from .view import RunSummary, TerminalView

EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE, EXIT_NOT_FOUND, EXIT_AUTH, EXIT_SERVER = 0, 1, 2, 3, 4, 5
EXIT_NONCONFORMING, EXIT_INTERRUPTED = 6, 130


def agent_from_env(model: str | None = None) -> dict[str, Any]:
    """The agent JSON built from ``model`` (else LLM_MODEL), LLM_API_KEY, LLM_BASE_URL,
    LLM_NUM_RETRIES and AGENT_TOOLS (comma-separated tool names).

    Raises ``ValueError`` when no model is given: there is no silent default.
    """
    model = model or os.environ.get("LLM_MODEL")
    if not model:
        raise ValueError("no LLM model: set LLM_MODEL (e.g. openai/gpt-4o) or pass --model")
    # Without a key a placeholder is sent: litellm's OpenAI client refuses to call without one.
    api_key = os.environ.get("LLM_API_KEY") or "none"
    llm: dict[str, Any] = {"model": model, "api_key": api_key, "usage_id": "agent"}
    if os.environ.get("LLM_BASE_URL"):
        llm["base_url"] = os.environ["LLM_BASE_URL"]
    if os.environ.get("LLM_NUM_RETRIES"):
        try:
            llm["num_retries"] = int(os.environ["LLM_NUM_RETRIES"])
        except ValueError:
            raise ValueError("LLM_NUM_RETRIES must be an integer") from None
    tools = [{"name": t.strip()} for t in os.environ.get("AGENT_TOOLS", "").split(",") if t.strip()]
    return {"kind": "Agent", "llm": llm, "tools": tools}


def _still_running(conversation: AsyncConversation, url: str) -> str:
    """What to tell a user who leaves a conversation running."""
    cid, cli = conversation.id, f"openhands-client --url {redact_url(url)}"
    return (
        f"conversation {cid} is still running on the server.\n"
        f"  follow it:  {cli} events {cid} --follow\n"
        f"  stop it:    {cli} interrupt {cid}"
    )


class _PipedView:
    """``run``'s view as its callback, for output that may go into a pipe (``| head``).

    Once the pipe's reader is gone it prints nothing more, and once the agent is running it
    cancels the wait for the run (see :meth:`ending`): ``run`` then ends as after Ctrl-C, but
    quietly. (The run is started whenever the reader went away: the command's work is done.)
    """

    def __init__(self, view: TerminalView) -> None:
        self.view = view
        self.closed = self._running = self._ending = False
        self._waiting: asyncio.Task[Any] | None = None

    def __call__(self, event: Event) -> None:
        raw = event.to_dict()
        if raw.get("key") == "execution_status":
            self._running = raw.get("value") == ExecutionStatus.RUNNING.value
        if not self.closed:
            try:
                self.view(event)
            except BrokenPipeError:
                self.closed = True
        if self.closed and self._running and self._waiting is not None and not self._ending:
            # On the next turn of the loop: a cancel that lands as the wait gets its result is
            # lost (asyncio.wait_for before 3.12 returns the result). Each later event tries
            # again until the wait is over.
            self._ending = True
            asyncio.get_running_loop().call_soon(self._end)

    def _end(self) -> None:
        self._ending = False
        if self._waiting is not None:
            self._waiting.cancel()

    @contextlib.contextmanager
    def ending(self) -> Iterator[None]:
        """Within this block, a closed pipe (once the agent runs) cancels the current task."""
        self._waiting = asyncio.current_task()
        try:
            yield
        finally:
            self._waiting = None


async def _run(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    _check_run_args(args)
    agent = agent_from_env(args.model)
    output = _PipedView(TerminalView(wrap=False if args.one_line else None))
    started = time.monotonic()
    conversation = await server.start_conversation(agent, args.working_dir, callbacks=[output])
    print(f"conversation {conversation.id} (model {agent['llm']['model']})", flush=True)
    await conversation.send_message(args.task)
    status: ExecutionStatus | None = None
    left_running = interrupted = False
    try:
        with output.view.ticking(), output.ending():
            status = await conversation.run(timeout=args.timeout)
    except ConversationRunError as exc:
        print(f"run failed: {printable(str(exc), lines=True)}", file=sys.stderr)
        left_running = conversation.state.execution_status is ExecutionStatus.RUNNING
    except asyncio.CancelledError:  # Ctrl-C (see _main) or a closed pipe: say what is left
        left_running = interrupted = True
        task = asyncio.current_task()
        if task is not None and hasattr(task, "uncancel"):  # Python >= 3.11
            task.uncancel()
    if left_running and args.interrupt_on_exit:
        await conversation.interrupt()
        print(f"interrupted conversation {conversation.id}", file=sys.stderr)
    elif left_running:
        print(_still_running(conversation, server.url), file=sys.stderr)
    if output.closed:
        raise BrokenPipeError  # the reader is gone: end quietly (see main)
    if interrupted:
        return EXIT_INTERRUPTED
    answer = await conversation.final_response()
    if answer:
        print(f"\nanswer: {printable(answer, lines=True)}")
    summary = RunSummary.of(conversation.state, conversation.events, time.monotonic() - started)
    print("\n" + summary.render())
    return EXIT_OK if status is ExecutionStatus.FINISHED else EXIT_RUN_FAILED


def _print_json(value: Any) -> None:
    print(json_line(value))


async def _resolve(server: AsyncAgentServer, given: str) -> UUID:
    """The conversation id ``given`` in full or as a unique prefix (as git takes hashes), with
    or without its dashes."""
    with contextlib.suppress(ValueError):
        return UUID(given)
    digits = given.lower().replace("-", "")
    if not digits or any(c not in "0123456789abcdef" for c in digits):
        raise ValueError(f"conversation id must be a UUID or a prefix of one, got {given!r}")
    matches = [info.id async for info in server.conversations() if info.id.hex.startswith(digits)]
    if not matches:
        where = redact_url(server.url)
        raise NotFoundError(f"no conversation id on {where} starts with {given!r}")
    if len(matches) > 1:
        shown = ", ".join(str(m) for m in matches[:5])
        raise ValueError(f"{given!r} is ambiguous: it starts {len(matches)} ids ({shown})")
    return matches[0]


def _check_run_args(args: argparse.Namespace) -> None:
    """Bad ``run`` arguments fail before anything is created or sent."""
    if not args.task.strip():
        raise ValueError("task must not be empty")
    if not args.timeout > 0:
        raise ValueError(f"--timeout must be positive, got {args.timeout!r}")


async def _list(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    async for state in server.conversations(status=args.status, sort=args.sort):
        if args.json:
            _print_json(state.raw)
        else:
            status, title = printable(state.execution_status.value), printable(state.title or "")
            print(f"{state.id}  {status:<24} {title}")
    return EXIT_OK


async def _show(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    conversation = await server.attach_conversation(await _resolve(server, args.conversation_id))
    state = conversation.state
    summary = RunSummary.of(state, conversation.events)
    if args.json:
        _print_json({**state.raw, "event_count": summary.events})
        return EXIT_OK
    for label, value in [
        ("id", conversation.id),
        ("status", state.execution_status.value),
        ("title", state.title or ""),
        ("created", state.raw.get("created_at", "")),
        ("updated", state.raw.get("updated_at", "")),
        ("events", f"{summary.events} in the log"),
        ("tokens", f"{summary.prompt_tokens} prompt + {summary.completion_tokens} completion"),
        ("cost", f"${summary.cost:.4f}"),
    ]:
        print(f"{label + ':':<9}{printable(str(value))}")
    return EXIT_OK


async def _events(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    conversation = await server.attach_conversation(await _resolve(server, args.conversation_id))

    def show(event: Event) -> None:
        if not args.json:
            view(event)
        elif is_persisted(event):  # the log's events only: stream-only snapshots are not kept
            _print_json(event.to_dict())

    view = TerminalView(status_line=False, wrap=False if args.one_line else None)
    for event in conversation.events:
        show(event)
    if not args.json:
        hidden = len(conversation.events) - view.shown
        print(f"-- {len(conversation.events)} events in the log ({hidden} state updates hidden)")
    if args.follow:
        status = printable(conversation.state.execution_status.value)
        print(
            f"-- following conversation {conversation.id} ({status}); Ctrl-C to stop",
            file=sys.stderr,
            flush=True,
        )
        # No await since attach returned: every later event reaches this stream.
        async for event in conversation.stream():
            show(event)
    return EXIT_OK


async def _info(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    raw = (await server.info()).to_dict()
    if args.json:
        _print_json(raw)
        return EXIT_OK
    for key in ("title", "version", "sdk_version", "tools_version", "python_version", "uptime"):
        if key in raw:
            print(f"{key + ':':<16}{_shown(raw[key])}")
    capabilities = raw.get("capabilities")
    if capabilities:
        names = capabilities if isinstance(capabilities, list) else [capabilities]
        print(f"{'capabilities:':<16}{', '.join(map(_shown, names))}")
    return EXIT_OK


def _shown(value: Any) -> str:
    """A value of the server's JSON on one line: a string as it is, anything else as JSON;
    either way with its control characters escaped."""
    return printable(value) if isinstance(value, str) else json_line(value)


async def _doctor(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    if args.run and not os.environ.get("LLM_MODEL"):
        raise ValueError("doctor --run needs an LLM: set LLM_MODEL, LLM_API_KEY, LLM_BASE_URL")
    agent = agent_from_env() if args.run else None
    report = await async_diagnose(server.url, args.api_key, agent=agent, run_timeout=args.timeout)
    print(report.render())
    return EXIT_OK if report.ok else EXIT_NONCONFORMING


async def _control(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    """interrupt, pause or delete a conversation."""
    conversation_id = await _resolve(server, args.conversation_id)
    control = server.control(conversation_id)
    await getattr(control, args.command)()
    print(f"{cli_args.DONE[args.command]} conversation {conversation_id}")
    return EXIT_OK


COMMANDS = {
    "run": _run,
    "list": _list,
    "show": _show,
    "events": _events,
    "info": _info,
    "interrupt": _control,
    "pause": _control,
    "delete": _control,
    "doctor": _doctor,
}
# Commands about no particular conversation: a 404 means the URL is not an agent server's.
_SERVER_COMMANDS = frozenset({"list", "info"})


def parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    return cli_args.parser(__doc__.split("\n\n", 1)[1])


async def _main(args: argparse.Namespace) -> int:
    task = asyncio.current_task()
    assert task is not None
    loop = asyncio.get_running_loop()
    # Ctrl-C cancels the command, which then says what it leaves behind.
    loop.add_signal_handler(signal.SIGINT, task.cancel)
    try:
        if args.command == "batch":
            return await batch(args, agent_from_env(args.model))
        async with AsyncAgentServer(args.url, api_key=args.api_key) as server:
            return await COMMANDS[args.command](server, args)
    finally:
        loop.remove_signal_handler(signal.SIGINT)


@contextlib.contextmanager
def _quiet_broken_pipe() -> Iterator[None]:
    """A reader that stops early (``| head``) ends the output quietly."""
    try:
        yield
    except BrokenPipeError:
        # Python flushes stdout again at exit: point it at /dev/null first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(EXIT_OK) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = parser().parse_args(argv)
    cli_args.warn_if_key_flag(args)
    with _quiet_broken_pipe():
        code = _exit_code(args)
        sys.stdout.flush()  # inside: a closed pipe shows here, not at interpreter exit
        return code


def _exit_code(args: argparse.Namespace) -> int:
    """Run the command; map what it raised to the exit code (and one line on stderr)."""
    try:
        return asyncio.run(_main(args))
    except (KeyboardInterrupt, asyncio.CancelledError):
        return EXIT_INTERRUPTED
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        # ValueErrors (and a RecursionError) about an answer that could not be read: the
        # server's doing, never bad usage.
        print(f"server error: an unreadable answer: {type(exc).__name__}", file=sys.stderr)
        return EXIT_SERVER
    except ValueError as exc:
        _complain("error", exc)
        return EXIT_USAGE
    except NotFoundError as exc:
        if args.command in _SERVER_COMMANDS:
            _complain(f"error: {redact_url(args.url)} is not an agent server's root", exc)
            return EXIT_SERVER
        _complain("not found", exc)
        return EXIT_NOT_FOUND
    except AuthenticationError as exc:
        _complain("authentication failed", exc)
        return EXIT_AUTH
    except AgentServerError as exc:
        _complain("server error", exc)
        return EXIT_SERVER


def _complain(what: str, exc: BaseException) -> None:
    """One line (or a few) on stderr: ``what``, then the error, which may quote the server."""
    print(f"{what}: {printable(str(exc), lines=True)}", file=sys.stderr)
