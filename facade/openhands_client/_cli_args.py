"""The grammar of ``openhands-client``: every argument, environment variable and default."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from ._conversation_search import SORT_ORDERS, STATUSES
from ._options import DEFAULT_URL, Verify, from_env
from ._version import __version__

PRESETS = ("coding", "read-only")
DONE = {"interrupt": "interrupted", "pause": "paused", "delete": "deleted"}
_ID_HELP = "the conversation id, or a unique prefix of it (as git takes hashes)"
_RUN_EPILOG = """\
environment (the agent's LLM):
  LLM_MODEL        the model, e.g. openai/gpt-4o (required unless --model is given)
  LLM_API_KEY      the model's API key (default: none; a placeholder for keyless endpoints)
  LLM_BASE_URL     an OpenAI-compatible endpoint (default: the provider's)
  LLM_NUM_RETRIES  how often the server retries a failing LLM call (default: the server's)
  AGENT_TOOLS      comma-separated tools replacing the preset's, e.g. terminal,file_editor
                   (the server always adds think and finish)

Ctrl-C or --timeout leave the conversation running on the server (the command says how
to follow or stop it) unless --interrupt-on-exit is given.

--stream sets the agent's LLM "stream": true. On a terminal each answer then grows on one
line as its tokens arrive (servers before 1.52 send none: it is shown when complete); output
into a pipe or a file gets whole lines only, as without --stream."""


_BATCH_EPILOG = """\
TASKS has one JSON object per line: {"id": "t1", "message": "...", "working_dir": "..."}
(working_dir optional; default --working-dir). Each finished task appends one JSON line
to --output (id, status, final_answer, cost, tokens, duration, server); a rerun skips
the tasks already there, so rerun after a crash, Ctrl-C or a dead server to finish.
The agent's LLM comes from the environment, as for run (LLM_MODEL, ...).

exit codes: 0 every task has finished (status finished), 1 some did not (or were lost
with their server, or could not start: rerun), 2 bad usage, 5 no server could start."""


def add_batch(batch: argparse.ArgumentParser) -> None:
    """The ``batch`` command's arguments."""
    batch.add_argument("tasks", help="the tasks, a JSON-lines file")
    where = batch.add_mutually_exclusive_group()
    where.add_argument(
        "--servers",
        nargs="+",
        metavar="URL",
        help="agent server URLs, each with the key SESSION_API_KEY / --api-key (default: --url)",
    )
    where.add_argument(
        "--local",
        type=int,
        metavar="N",
        help="start N local agent servers (from --server-python), stopped at the end",
    )
    batch.add_argument(
        "--server-python",
        help="for --local: the Python or venv with openhands-agent-server (default: this one)",
    )
    batch.add_argument(
        "--output", "-o", default="results.jsonl", help="the results (default results.jsonl)"
    )
    batch.add_argument("--concurrency", type=int, default=8, help="tasks run at once (default 8)")
    batch.add_argument("--model", help="the agent's LLM (default: env LLM_MODEL)")
    batch.add_argument(
        "--working-dir",
        default=os.environ.get("WORKING_DIR"),
        help="the agent's directory on the servers' machines (env WORKING_DIR)",
    )
    batch.add_argument(
        "--timeout", type=float, default=3600.0, help="seconds per task's run (default 3600)"
    )


KEY_FLAG_WARNING = (
    "warning: --api-key is visible to other local users in the process list; "
    "prefer the SESSION_API_KEY environment variable"
)


class _KeyFromFlag(argparse.Action):
    """Stores ``--api-key`` and notes that it came from the command line."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        namespace.api_key_from_flag = True
        setattr(namespace, self.dest, values)


def warn_if_key_flag(args: argparse.Namespace) -> None:
    """Warn on stderr, once however often it was given, when ``--api-key`` was used: other
    local users see it in the process list."""
    if getattr(args, "api_key_from_flag", False):
        print(KEY_FLAG_WARNING, file=sys.stderr)


def _connection_options(defaults: bool) -> argparse.ArgumentParser:
    """--url and --api-key, accepted before and after the subcommand."""
    options = argparse.ArgumentParser(add_help=False)
    url, key = from_env()
    options.add_argument(
        "--url",
        default=url if defaults else argparse.SUPPRESS,
        help=f"the agent server's root URL (env AGENT_SERVER_URL; default {DEFAULT_URL})",
    )
    tls = options.add_mutually_exclusive_group()
    tls.add_argument(
        "--tls-ca",
        metavar="PATH",
        default=None if defaults else argparse.SUPPRESS,
        help="trust the CA certificates in PATH (a PEM file or a directory) for https:// "
        "and the event socket (default: the system's)",
    )
    tls.add_argument(
        "--insecure",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help="do not verify the server's TLS certificate (anyone on the path can read the key)",
    )
    options.add_argument(
        "--api-key",
        action=_KeyFromFlag,
        default=key if defaults else argparse.SUPPRESS,
        help="the server's session API key (default: env SESSION_API_KEY, none if unset); "
        "prefer SESSION_API_KEY: other local users see a flag in the process list",
    )
    return options


def _json_option(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument("--json", action="store_true", help=f"print {what}")


def _one_line_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--one-line",
        action="store_true",
        help="one truncated line per event (default: messages, errors and answers whole)",
    )


def parser(epilog: str) -> argparse.ArgumentParser:
    """The parser; ``epilog`` is shown under the top-level help (the exit codes)."""
    after = [_connection_options(defaults=False)]
    top = argparse.ArgumentParser(
        prog="openhands-client",
        description="Look at and drive an OpenHands agent server.",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_connection_options(defaults=True)],
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, summary: str, epilog: str | None = None) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=summary,
            description=summary,
            epilog=epilog,
            parents=after,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    run = command("run", "start a conversation on TASK, stream it, wait for its end", _RUN_EPILOG)
    run.add_argument("task", help="what to ask the agent")
    run.add_argument("--model", help="the agent's LLM (default: env LLM_MODEL)")
    run.add_argument(
        "--preset",
        choices=PRESETS,
        default="coding",
        help="coding: terminal, file editor, task tracker (default); read-only: find, "
        "search, list and read files only. Both condense their history with the LLM",
    )
    run.add_argument(
        "--working-dir",
        default=os.environ.get("WORKING_DIR"),
        required=not os.environ.get("WORKING_DIR"),
        help="the agent's directory on the server's machine (env WORKING_DIR; required)",
    )
    run.add_argument(
        "--timeout",
        type=float,
        default=3600.0,
        help="seconds to wait for the run to end (default 3600)",
    )
    run.add_argument(
        "--interrupt-on-exit",
        action="store_true",
        help="interrupt the agent on Ctrl-C or timeout instead of leaving it running",
    )
    run.add_argument(
        "--stream",
        action="store_true",
        help="the agent's LLM streams: on a terminal its answer is shown as it arrives "
        "(servers 1.52+); into a pipe or file it is printed whole once, as without --stream",
    )
    _one_line_option(run)

    listing = command("list", "conversations: id, status and title")
    listing.add_argument(
        "--status", choices=STATUSES, help="only conversations in this status (default: all)"
    )
    listing.add_argument(
        "--sort",
        choices=SORT_ORDERS,
        default="CREATED_AT_DESC",
        help="order (default CREATED_AT_DESC: newest first)",
    )
    _json_option(listing, "one JSON object per conversation, one per line")

    show = command("show", "a conversation's state: status, title, events, tokens, cost")
    show.add_argument("conversation_id", help=_ID_HELP)
    _json_option(show, "the state as one JSON object")

    events = command(
        "events",
        "a conversation's events, then (with --follow) live ones",
        "To attach to a running conversation, use events ID --follow.",
    )
    events.add_argument("conversation_id", help=_ID_HELP)
    events.add_argument(
        "--follow", "-f", action="store_true", help="keep printing new events until Ctrl-C"
    )
    _json_option(events, "one JSON object per event, one per line")
    _one_line_option(events)

    info = command("info", "the server's versions and capabilities")
    _json_option(info, "the server info as one JSON object")

    for name, summary in [
        ("interrupt", "interrupt the agent at once (its LLM call or tool is cancelled)"),
        ("pause", "pause the agent after its current step"),
        ("delete", "delete a conversation on the server"),
    ]:
        control = command(name, summary)
        control.add_argument("conversation_id", help=_ID_HELP)

    upload = command("upload", "copy a local file to an absolute path on the server")
    upload.add_argument("local", help="the local file")
    upload.add_argument("remote", help="the absolute path on the server's machine")
    download = command("download", "copy a file on the server to a local path")
    download.add_argument("remote", help="the absolute path on the server's machine")
    download.add_argument("local", help="the local path (replaced once complete)")

    add_batch(
        command(
            "batch",
            "run one conversation per task of a JSON-lines file across servers",
            _BATCH_EPILOG,
        )
    )

    doctor = command(
        "doctor",
        "check that the server conforms to openapi.yaml (exit 6 if not)",
        "With --run, LLM_MODEL (and LLM_API_KEY, LLM_BASE_URL) must name a real LLM.",
    )
    doctor.add_argument("--run", action="store_true", help="also run a one-step conversation")
    doctor.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="seconds for the --run conversation (default 300)",
    )
    return top


def verify(args: argparse.Namespace) -> Verify:
    """The ``verify=`` of ``--tls-ca`` and ``--insecure`` (the system's trust by default)."""
    ca = getattr(args, "tls_ca", None)
    if getattr(args, "insecure", False):
        if ca is not None:
            raise ValueError("--tls-ca and --insecure exclude each other")
        return False
    if ca is None:
        return True
    if not os.path.exists(ca):
        raise ValueError(f"--tls-ca: no such file or directory: {ca!r}")
    return str(ca)
