"""The ``run`` command: start a conversation, show it live, wait for the run, then print the
answer and a summary, or say what is left running on the server."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from ._conversation import AsyncConversation
from ._server import AsyncAgentServer
from ._state import ExecutionStatus
from ._terminal_text import printable, redact_url
from ._token_stream import TokenUpdate
from .errors import ConversationRunError
from .events import Event
from .view import RunSummary, TerminalView

EXIT_OK, EXIT_RUN_FAILED, EXIT_INTERRUPTED = 0, 1, 130
_T = TypeVar("_T")


def check_run_args(args: argparse.Namespace) -> None:
    """Bad ``run`` arguments fail before anything is created or sent."""
    if not args.task.strip():
        raise ValueError("task must not be empty")
    if not args.timeout > 0:
        raise ValueError(f"--timeout must be positive, got {args.timeout!r}")
    if args.stream and args.one_line:
        raise ValueError(
            "--stream and --one-line exclude each other: a streamed answer is shown whole "
            "as it arrives, --one-line truncates every event to one line"
        )


def still_running(conversation: AsyncConversation, url: str) -> str:
    """What to tell a user who leaves a conversation running."""
    cid, cli = conversation.id, f"openhands-client --url {redact_url(url)}"
    return (
        f"conversation {cid} is still running on the server.\n"
        f"  follow it:  {cli} events {cid} --follow\n"
        f"  stop it:    {cli} interrupt {cid}"
    )


class PipedView:
    """``run``'s view as its callback, for output that may go into a pipe (``| head``).

    Once the pipe's reader is gone it prints nothing more, and once the agent is running it
    cancels the wait for the run (see :meth:`ending`): ``run`` then ends as after Ctrl-C, but
    quietly. (The run is started whenever the reader went away: the command's work is done.)
    ``run --stream`` on a terminal registers :meth:`show_tokens` as a token callback.
    """

    def __init__(self, view: TerminalView) -> None:
        self.view = view
        self.closed = self._running = self._ending = False
        self._waiting: asyncio.Task[Any] | None = None

    def __call__(self, event: Event) -> None:
        raw = event.to_dict()
        if raw.get("key") == "execution_status":
            self._running = raw.get("value") == ExecutionStatus.RUNNING.value
        self._show(self.view, event)
        if self.closed and self._running and self._waiting is not None and not self._ending:
            # On the next turn of the loop: a cancel that lands as the wait gets its result is
            # lost (asyncio.wait_for before 3.12 returns the result). Each later event tries
            # again until the wait is over.
            self._ending = True
            asyncio.get_running_loop().call_soon(self._end)

    def show_tokens(self, update: TokenUpdate) -> None:
        """Show a streamed answer as it arrives (:meth:`TerminalView.on_tokens`); a closed
        pipe ends the run as for events (on the next event)."""
        self._show(self.view.on_tokens, update)

    def _show(self, show: Callable[[_T], None], what: _T) -> None:
        if not self.closed:
            try:
                show(what)
            except BrokenPipeError:
                self.closed = True

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


async def run_command(
    server: AsyncAgentServer, args: argparse.Namespace, agent: dict[str, Any]
) -> int:
    """``run``: start a conversation with ``agent`` on ``args.task``, show it live, wait for the
    run; print the answer and a summary, or what is left running. The exit code."""
    output = PipedView(TerminalView(wrap=False if args.one_line else None))
    started = time.monotonic()
    conversation = await server.start_conversation(agent, args.working_dir, callbacks=[output])
    if args.stream and sys.stdout.isatty():  # a pipe or file gets whole lines only
        conversation.on_tokens(output.show_tokens)
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
        print(still_running(conversation, server.url), file=sys.stderr)
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


__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_RUN_FAILED",
    "PipedView",
    "check_run_args",
    "run_command",
    "still_running",
]
