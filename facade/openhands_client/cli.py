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
import posixpath
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import Any
from uuid import UUID

from . import _cli_args as cli_args
from . import presets
from ._cli_batch import batch
from ._cli_run import EXIT_INTERRUPTED, EXIT_OK, check_run_args, run_command
from ._cli_run import EXIT_RUN_FAILED as EXIT_RUN_FAILED  # the exit codes all live in cli
from ._server import AsyncAgentServer
from ._terminal_text import json_line, printable, redact_url
from .doctor import async_diagnose
from .errors import (
    AgentServerError,
    AuthenticationError,
    NotFoundError,
)
from .events import Event, is_persisted
from .view import RunSummary, TerminalView, TransferProgress

EXIT_USAGE, EXIT_NOT_FOUND, EXIT_AUTH, EXIT_SERVER, EXIT_NONCONFORMING = 2, 3, 4, 5, 6


def agent_from_env(
    model: str | None = None, preset: str = "coding", *, stream: bool = False
) -> dict[str, Any]:
    """The JSON of the ``preset`` agent (``coding`` or ``read-only``, see
    :mod:`openhands_client.presets`) on the LLM from ``model`` (else LLM_MODEL), LLM_API_KEY,
    LLM_BASE_URL and LLM_NUM_RETRIES; AGENT_TOOLS (comma-separated tool names), if set,
    replaces the preset's tools. With ``stream`` the agent's LLM streams its answers
    (``"stream": true``; its condenser's copy does not: nobody watches a summary).

    Raises ``ValueError`` when no model is given: there is no silent default.
    """
    if preset not in cli_args.PRESETS:
        raise ValueError(f"preset must be one of {', '.join(cli_args.PRESETS)}, got {preset!r}")
    make = presets.coding_agent if preset == "coding" else presets.read_only_agent
    agent = make(presets.llm_from_env(model)).to_dict()
    if stream:
        agent["llm"]["stream"] = True
    tools = os.environ.get("AGENT_TOOLS")
    if tools is not None:
        agent["tools"] = [{"name": t.strip()} for t in tools.split(",") if t.strip()]
    return agent


async def _run(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    check_run_args(args)
    agent = agent_from_env(args.model, args.preset, stream=args.stream)
    return await run_command(server, args, agent)


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
    report = await async_diagnose(
        server.url,
        args.api_key,
        agent=agent,
        run_timeout=args.timeout,
        verify=cli_args.verify(args),
    )
    print(report.render())
    return EXIT_OK if report.ok else EXIT_NONCONFORMING


async def _control(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    """interrupt, pause or delete a conversation."""
    conversation_id = await _resolve(server, args.conversation_id)
    control = server.control(conversation_id)
    await getattr(control, args.command)()
    print(f"{cli_args.DONE[args.command]} conversation {conversation_id}")
    return EXIT_OK


def _remote_file(path: str) -> tuple[str, str]:
    """(directory, path) of an absolute remote file path."""
    if not path.startswith("/") or path.endswith("/"):
        raise ValueError(f"the remote path must be an absolute file path, got {path!r}")
    return posixpath.dirname(path) or "/", path


async def _upload(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    directory, remote = _remote_file(args.remote)
    if not os.path.isfile(args.local):
        raise ValueError(f"no such local file: {args.local!r}")
    progress = TransferProgress(f"upload {os.path.basename(args.local)}")
    await server.workspace(directory).upload(args.local, remote, progress=progress)
    progress.done()
    return EXIT_OK


async def _download(server: AsyncAgentServer, args: argparse.Namespace) -> int:
    directory, remote = _remote_file(args.remote)
    progress = TransferProgress(f"download {posixpath.basename(remote)}")
    await server.workspace(directory).download(remote, args.local, progress=progress)
    progress.done()
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
    "upload": _upload,
    "download": _download,
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
        verify = cli_args.verify(args)
        if args.command == "batch":
            if verify is not True:
                raise ValueError("batch does not take --tls-ca or --insecure yet")
            return await batch(args, agent_from_env(args.model))
        async with AsyncAgentServer(args.url, api_key=args.api_key, verify=verify) as server:
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
