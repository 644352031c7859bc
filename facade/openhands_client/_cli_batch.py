"""``openhands-client batch``: run_many from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ._batch import arun_many
from ._fleet import ServerSource
from ._local_server import AsyncLocalServer
from ._provider import ServerEndpoint
from ._terminal_text import printable

EXIT_OK, EXIT_INCOMPLETE = 0, 1


def read_tasks(path: str) -> list[dict[str, Any]]:
    """The JSON objects of a JSON-lines file (blank lines skipped); ``ValueError`` names
    the line that is not one."""
    tasks: list[dict[str, Any]] = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ValueError(f"cannot read the tasks: {exc}") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            task = json.loads(line)
        except json.JSONDecodeError:
            raise ValueError(f"{path}:{number}: not JSON") from None
        if not isinstance(task, dict):
            raise ValueError(f"{path}:{number}: not a JSON object")
        tasks.append(task)
    return tasks


def _servers(args: argparse.Namespace) -> list[ServerSource]:
    if args.local is not None:
        if args.local < 1:
            raise ValueError("--local needs at least one server")
        return [AsyncLocalServer(args.server_python) for _ in range(args.local)]
    if args.server_python is not None:
        raise ValueError("--server-python is only for --local")
    return [ServerEndpoint(url, args.api_key) for url in args.servers or [args.url]]


async def batch(args: argparse.Namespace, agent: dict[str, Any]) -> int:
    """Run the batch; report the lost and failed tasks on stderr; the exit code."""
    tasks = read_tasks(args.tasks)
    report = await arun_many(
        tasks,
        agent,
        servers=_servers(args),
        output=args.output,
        concurrency=args.concurrency,
        working_dir=args.working_dir,
        timeout=args.timeout,
        progress=sys.stderr,
    )
    unfinished = [r.id for r in report.results if r.status != "finished"]
    for lost in report.lost:
        conversation = lost.conversation
        print(
            f"lost: task {printable(lost.id)}: conversation {conversation.conversation_id} on "
            f"{conversation.server} (last status {conversation.last_status.value})",
            file=sys.stderr,
        )
    for task_id, error in report.failed.items():
        print(f"failed: task {printable(task_id)}: {printable(error)}", file=sys.stderr)
    print(
        f"{len(report.results)} task(s) run, {report.skipped} already done, "
        f"{len(unfinished)} not finished, {len(report.lost)} lost, {len(report.failed)} failed; "
        f"results in {args.output}" + ("" if report.complete else " (rerun to run the rest)"),
        file=sys.stderr,
    )
    return EXIT_OK if report.complete and not unfinished else EXIT_INCOMPLETE
