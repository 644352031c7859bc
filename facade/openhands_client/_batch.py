"""run_many: one conversation per task across a fleet, one JSON line per finished task."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import attrs

from . import _checks
from ._conversation import AsyncConversation
from ._conversation_options import ConversationOptions
from ._fleet import AsyncAgentFleet, LostConversation, ServerSource
from ._state import ExecutionStatus
from ._terminal_text import printable
from .errors import AgentServerError, ConversationRunError, RunTimeoutError, ServerLostError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from .models import AgentSpec


@attrs.frozen
class BatchTask:
    """One task of a batch: its ``id`` (unique in the batch; the key a rerun skips by),
    the ``message`` sent to the agent, and the agent's ``working_dir`` on the server's
    machine (default: ``run_many``'s)."""

    id: str
    message: str
    working_dir: str | None = None

    @classmethod
    def of(cls, value: BatchTask | Mapping[str, Any]) -> BatchTask:
        """``value`` itself, or the task a JSON object (``{"id", "message"[, "working_dir"]}``)
        describes; ``ValueError`` names what is missing or mistyped."""
        if isinstance(value, BatchTask):
            return value
        if not isinstance(value, Mapping):
            raise ValueError(f"a task must be a BatchTask or a JSON object, got {value!r}")
        task_id, message = value.get("id"), value.get("message")
        if isinstance(task_id, int) and not isinstance(task_id, bool):
            task_id = str(task_id)
        if not isinstance(task_id, str) or not task_id:
            raise ValueError(f'a task needs an "id" (a non-empty string): {dict(value)!r}')
        if not isinstance(message, str) or not message:
            raise ValueError(f'task {task_id!r} needs a "message" (a non-empty string)')
        working_dir = value.get("working_dir")
        if working_dir is not None and not isinstance(working_dir, str):
            raise ValueError(f'task {task_id!r}: "working_dir" must be a string')
        return cls(task_id, message, working_dir)


@attrs.frozen
class TaskResult:
    """What one finished task wrote to the batch's output (one JSON line)."""

    id: str
    """The task's id."""
    status: str
    """How the run ended: an execution status (``finished``, ``error``, ``stuck``,
    ``paused``, ``waiting_for_confirmation``) or ``timeout``."""
    final_answer: str | None
    """The agent's final answer (its ``finish`` message), if the run finished."""
    cost: float
    """The conversation's accumulated LLM cost."""
    prompt_tokens: int
    """Prompt tokens over every LLM call."""
    completion_tokens: int
    """Completion tokens over every LLM call."""
    duration: float
    """Seconds from the start of the conversation to the end of its run."""
    server: str
    """The server that ran it (its URL, without credentials)."""
    conversation_id: str
    """The conversation on that server."""
    error: str | None = None
    """The server's error text, for ``error`` and ``stuck``."""

    def to_json(self) -> dict[str, Any]:
        """The output line's JSON object."""
        return attrs.asdict(self)


@attrs.frozen
class LostTask:
    """A task whose server died under it: not written, so a rerun runs it again."""

    id: str
    """The task's id."""
    conversation: LostConversation
    """Its conversation on the dead server, with its last known status."""


@attrs.frozen
class BatchReport:
    """What one ``run_many`` call did."""

    results: list[TaskResult]
    """The tasks finished by this call, in the order they finished (also in the output)."""
    skipped: int
    """Tasks skipped because the output already had them (an earlier run finished them)."""
    lost: list[LostTask]
    """Tasks whose server died under them (not written: a rerun runs them again)."""
    failed: dict[str, str]
    """Tasks that could not be run at all (no server left, a refused start): id → error."""

    @property
    def complete(self) -> bool:
        """Whether every task now has a line in the output."""
        return not self.lost and not self.failed


def finished_ids(output: Path) -> set[str]:
    """The ids of the tasks ``output`` has a line for. A last line cut short (the process was
    killed while writing it) is removed from the file, so that appends stay well formed."""
    try:
        data = output.read_bytes()
    except FileNotFoundError:
        return set()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with output.open("r+b") as file:
            file.truncate(len(complete))
    done: set[str] = set()
    for number, line in enumerate(complete.decode().splitlines(), 1):
        if not line.strip():
            continue
        try:
            done.add(str(json.loads(line)["id"]))
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"{output}:{number}: not a result line: {line[:80]!r}") from None
    return done


class _Progress:
    """done/running/failed and the cost so far: one rewritten line on a terminal, a line
    per finished task elsewhere."""

    def __init__(self, stream: IO[str] | None, total: int) -> None:
        self.stream = stream
        self.live = stream is not None and stream.isatty()
        self.total, self.done, self.running, self.failed, self.cost = total, 0, 0, 0, 0.0

    def started(self) -> None:
        self.running += 1
        self._show(None)

    def ended(self, task_id: str, outcome: str, cost: float = 0.0, ok: bool = False) -> None:
        self.running -= 1
        self.done += 1
        self.failed += not ok
        self.cost += cost
        self._show(f"{printable(task_id)}: {printable(outcome)}")

    def _show(self, line: str | None) -> None:
        if self.stream is None:
            return
        summary = (
            f"done {self.done}/{self.total}  running {self.running}  "
            f"failed {self.failed}  cost ${self.cost:.4f}"
        )
        if self.live:
            self.stream.write(f"\r\x1b[K{summary}")
        elif line is not None:
            self.stream.write(f"{line}  [{summary}]\n")
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.live:
            self.stream.write("\n")
            self.stream.flush()


async def _run_task(
    conversation: AsyncConversation, *, fleet: AsyncAgentFleet, task: BatchTask, timeout: float
) -> TaskResult:
    """Send the task, run it to its end, and make its result line."""
    started = time.monotonic()
    error: str | None = None
    await conversation.send_message(task.message)
    try:
        status = (await conversation.run(timeout=timeout)).value
    except RunTimeoutError:
        status = "timeout"
    except ConversationRunError as exc:
        status = exc.status.value if exc.status is not None else "error"
        error = exc.detail or str(exc)
    duration = time.monotonic() - started
    record = conversation.result()  # from the log and state: no request
    return TaskResult(
        id=task.id,
        status=status,
        final_answer=record.final_answer if status == "finished" else None,
        cost=record.cost,
        prompt_tokens=record.prompt_tokens,
        completion_tokens=record.completion_tokens,
        duration=round(duration, 3),
        server=fleet.server_of(conversation),
        conversation_id=str(record.id),
        error=error or record.error,
    )


class BatchOptions(ConversationOptions, total=False):
    """The keyword options of :func:`arun_many`, ``run_many`` and ``AgentFleet.run_many``
    besides ``servers`` and ``output``: the batch's own, then every
    :class:`ConversationOptions` key, given to each ``start_conversation``. Each may be left
    out."""

    concurrency: int
    """How many tasks run at once, at least 1 (default 8)."""
    working_dir: str | None
    """The agent's working directory for tasks that name none (default: none; then every
    task must name one)."""
    timeout: float
    """Seconds each task's run may take (default 3600)."""
    progress: IO[str] | None
    """Where done/running/failed and the cost so far are shown (e.g. ``sys.stderr``;
    default: nowhere)."""
    on_result: Callable[[TaskResult], None] | None
    """Called with each finished task's :class:`TaskResult` (default: none)."""


async def arun_many(
    tasks: Iterable[BatchTask | Mapping[str, Any]],
    agent: AgentSpec | None,
    *,
    servers: AsyncAgentFleet | Sequence[ServerSource],
    output: str | os.PathLike[str],
    **options: Unpack[BatchOptions],
) -> BatchReport:
    """Run one conversation per task across ``servers``, at most ``concurrency`` at once;
    append each finished task's :class:`TaskResult` to ``output`` (JSON lines) as it ends.

    Resumable: tasks ``output`` already has a line for are skipped, so a rerun after a crash,
    a Ctrl-C or a dead server runs exactly the rest. ``servers`` is a started
    :class:`AsyncAgentFleet` (left open) or what one takes (started and closed here).
    ``options`` are those of :class:`BatchOptions`: ``concurrency``, ``working_dir``,
    ``timeout``, ``progress`` (e.g. ``sys.stderr``: done/running/failed and the cost so
    far), ``on_result`` (called with each result), and any of ``start_conversation``'s,
    given to every one (``tags`` default to ``{"batchtask": id}``, ``autotitle`` to
    False). Tasks, ids and arguments are checked before anything starts.
    """
    _checks.keywords(options, BatchOptions.__optional_keys__, "arun_many()")
    concurrency = options.pop("concurrency", 8)
    working_dir = options.pop("working_dir", None)
    timeout = options.pop("timeout", 3600.0)
    progress = options.pop("progress", None)
    on_result = options.pop("on_result", None)
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, got {concurrency}")
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    batch = [BatchTask.of(task) for task in tasks]
    seen: set[str] = set()
    for task in batch:
        if task.id in seen:
            raise ValueError(f"task id {task.id!r} appears twice")
        seen.add(task.id)
        if task.working_dir is None and working_dir is None:
            raise ValueError(f"task {task.id!r} has no working_dir and run_many has none")
    path = Path(output)
    done = finished_ids(path)
    todo = [task for task in batch if task.id not in done]
    fleet = servers if isinstance(servers, AsyncAgentFleet) else AsyncAgentFleet(servers)
    results: list[TaskResult] = []
    lost: list[LostTask] = []
    failed: dict[str, str] = {}
    shown = _Progress(progress, len(todo))
    queue: asyncio.Queue[BatchTask] = asyncio.Queue()
    for task in todo:
        queue.put_nowait(task)

    async def worker(sink: IO[str]) -> None:
        while not queue.empty():
            task = queue.get_nowait()
            shown.started()
            task_options: dict[str, Any] = {"autotitle": False, **options}
            task_options.setdefault("tags", {"batchtask": task.id})
            try:
                result = await fleet.run(
                    functools.partial(_run_task, fleet=fleet, task=task, timeout=timeout),
                    agent,
                    task.working_dir or working_dir or "",
                    **task_options,
                )
            except ServerLostError as exc:
                assert exc.conversation_id is not None  # always set by the fleet
                conversation = LostConversation(
                    exc.conversation_id, exc.server, ExecutionStatus.parse(exc.status)
                )
                lost.append(LostTask(task.id, conversation))
                shown.ended(task.id, f"lost with server {exc.server}")
                continue
            except AgentServerError as exc:
                failed[task.id] = str(exc)
                shown.ended(task.id, f"failed: {exc}")
                continue
            sink.write(json.dumps(result.to_json()) + "\n")
            sink.flush()
            results.append(result)
            shown.ended(task.id, result.status, result.cost, ok=result.status == "finished")
            if on_result is not None:
                on_result(result)

    try:
        if todo:
            if fleet is not servers:
                await fleet.start()
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as sink:
                workers = [
                    asyncio.ensure_future(worker(sink)) for _ in range(min(concurrency, len(todo)))
                ]
                try:
                    await asyncio.gather(*workers)
                finally:  # one worker's unexpected error stops the others before the fleet closes
                    for running in workers:
                        running.cancel()
                    await asyncio.gather(*workers, return_exceptions=True)
    finally:
        shown.close()
        if fleet is not servers:
            await fleet.close()
    return BatchReport(results, len(batch) - len(todo), lost, failed)
