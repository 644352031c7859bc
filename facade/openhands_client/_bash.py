"""Shell commands on the server: run one to completion, or start one and follow its output.

The server runs each command in a fresh ``bash`` (no state is kept between commands) and
kills it after its ``timeout``. It publishes a command's output in pieces of up to 1 MiB
characters, plus a last piece with the exit code; a command that prints less than that
shows its whole output only when it ends.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from uuid import UUID

import httpx

from openhands_api import models as _models
from openhands_api.types import UNSET, Unset

if TYPE_CHECKING:
    from openhands_api.models.bash_command import BashCommand
    from openhands_api.models.bash_output import BashOutput

from . import _bash_events, _paging
from ._backoff import Backoff
from ._compat import STOP_COMMAND, STOP_COMMAND_SINCE, ServerCompat
from ._connection import Connection
from ._http import call, call_raw
from ._routes import SERVER, Routes
from .errors import AgentServerError, CommandTimeoutError, NotFoundError, ProtocolError

# The exit code the server reports for a command it killed at its timeout (and for one
# it could not start, whose stderr then begins with _SPAWN_ERROR).
TIMEOUT_EXIT_CODE = -1
_SPAWN_ERROR = "Error executing command: "
# How much longer than the command's own timeout an execute request may take: the
# server waits up to 2 s for a killed command to exit, then collects its output.
_RESPONSE_GRACE = 30.0


@dataclass(frozen=True)
class OutputChunk:
    """One piece of a command's output, in the order the server numbered it.

    ``exit_code`` is set on the last piece only (``None`` while the command runs).
    """

    order: int
    stdout: str
    stderr: str
    exit_code: int | None


@dataclass(frozen=True)
class CommandResult:
    """How a command ended: its exit code and its whole output.

    ``stdout`` and ``stderr`` are exactly what the server captured (``""`` for none).
    ``timed_out`` is true when the server killed the command at its timeout; the output
    is then what it printed until then and ``exit_code`` is ``-1``.
    """

    command_id: UUID
    exit_code: int
    stdout: str
    stderr: str
    timed_out: bool

    @property
    def ok(self) -> bool:
        """Whether the command exited with 0 (and did not time out)."""
        return self.exit_code == 0 and not self.timed_out


def validate_command(command: str, timeout: int) -> None:
    """Raise ``ValueError`` for an empty command or a timeout that is not a positive int."""
    if not isinstance(command, str) or not command.strip():
        raise ValueError("command must be a non-empty string")
    if isinstance(timeout, bool) or not isinstance(timeout, int) or timeout < 1:
        raise ValueError(f"timeout must be a positive number of seconds (int), got {timeout!r}")


def _text(value: str | Unset | None) -> str:
    return value if isinstance(value, str) else ""


def _exit_code(output: BashOutput) -> int | None:
    return output.exit_code if isinstance(output.exit_code, int) else None


def _make_result(
    command_id: UUID, stdout: str, stderr: str, exit_code: int, timed_out: bool
) -> CommandResult:
    """The result, or the typed error when the server could not start the command at all."""
    if exit_code == TIMEOUT_EXIT_CODE and not stdout and stderr.startswith(_SPAWN_ERROR):
        detail = stderr[len(_SPAWN_ERROR) :]
        kind = NotFoundError if "[Errno 2]" in detail else AgentServerError
        raise kind(f"command {command_id} could not start: {detail}")
    return CommandResult(command_id, exit_code, stdout, stderr, timed_out)


def _parse_time(value: str) -> datetime | None:
    """A server timestamp (ISO 8601, naive or with ``Z``) as a datetime, if it is one."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


async def execute(
    connection: Connection, command: str, cwd: str, timeout: int, routes: Routes = SERVER
) -> CommandResult:
    """Run ``command`` in ``cwd`` on the server and wait for it (at most ``timeout`` s)."""
    body = _models.ExecuteBashRequest(command=command, cwd=cwd, timeout=timeout)
    kwargs = routes.execute_bash_command(body).request
    kwargs["timeout"] = httpx.Timeout(30.0, read=timeout + _RESPONSE_GRACE)
    started = time.monotonic()
    data = await call_raw(connection.http, kwargs, "execute command")
    elapsed = time.monotonic() - started
    try:
        output = _models.BashOutput.from_dict(data)
        command_id = UUID(output.command_id)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(f"execute command: unexpected response ({exc})", body=data) from exc
    exit_code = _exit_code(output)
    if exit_code is None:
        raise ProtocolError("execute command: the server answered without an exit code")
    timed_out = exit_code == TIMEOUT_EXIT_CODE and elapsed >= timeout
    return _make_result(
        command_id, _text(output.stdout), _text(output.stderr), exit_code, timed_out
    )


async def start(
    connection: Connection,
    command: str,
    cwd: str,
    timeout: int,
    routes: Routes,
    compat: ServerCompat,
) -> AsyncRunningCommand:
    """Start ``command`` in ``cwd`` on the server; return its handle at once."""
    body = _models.ExecuteBashRequest(command=command, cwd=cwd, timeout=timeout)
    started = await call(
        connection.api, *routes.start_bash_command(body), _models.BashCommand, "start command"
    )
    return AsyncRunningCommand(connection, started, routes, compat)


class AsyncRunningCommand:
    """A command started with :meth:`AsyncWorkspace.start_command`, running on the server.

    Follow its output live with ``async for chunk in command.output()``, wait for its end
    with :meth:`wait`, or end it early with :meth:`stop`. Output arrives on the server's
    bash-events socket as the server publishes it (one socket per client, shared by the
    commands followed at the same time); where that socket cannot be opened, and while it
    reconnects, output is polled (every 50 ms, slowing to 500 ms while nothing new arrives).
    A quiet socket is checked over REST every :attr:`LIVE_CHECK_SECONDS`.
    """

    POLL_MIN_SECONDS = 0.05
    POLL_MAX_SECONDS = 0.5
    LIVE_CHECK_SECONDS = 10.0
    """While the socket is subscribed, how long a quiet spell lasts before one REST check: a
    socket that stays open but gets nothing (say one a proxy routed to another replica)
    slows the output down, never stops it."""

    def __init__(
        self, connection: Connection, command: BashCommand, routes: Routes, compat: ServerCompat
    ) -> None:
        self._conn = connection
        self._routes = routes
        self._compat = compat
        self._id = UUID(str(command.id))
        self._command = command.command
        self._timeout = command.timeout
        self._started = _parse_time(command.timestamp)
        self._chunks: list[OutputChunk] = []
        self._seen: set[str] = set()
        self._pending: list[BashOutput] = []  # received, not yet released in order
        self._next_order = 0  # one past the highest order released
        self._synced = 0  # the socket subscription the last REST catch-up followed (0: none)
        self._final: BashOutput | None = None
        self._lock = asyncio.Lock()

    @property
    def id(self) -> UUID:
        """The command's id on the server."""
        return self._id

    @property
    def command(self) -> str:
        """The command line."""
        return self._command

    @property
    def done(self) -> bool:
        """Whether the command's last output (with its exit code) has arrived."""
        return self._final is not None

    def _take(self, items: Sequence[BashOutput]) -> None:
        """Keep the pieces not seen before (by event id) until they are released."""
        for item in items:
            if item.id not in self._seen:
                self._seen.add(item.id)
                self._pending.append(item)

    def _release(self, complete: bool) -> bool:
        """Move pending pieces to the output in order; return whether any moved.

        Without ``complete`` a piece waits while one numbered below it is missing (the
        socket dropped it); ``complete`` (after a REST search that started after every
        pending piece was received) releases them all: the server stores a piece before it
        publishes the next, so nothing below them can still be missing.
        """
        released = False
        self._pending.sort(key=lambda item: item.order)
        while self._pending and self._final is None:
            item = self._pending[0]
            if not complete and item.order > self._next_order:
                break
            del self._pending[0]
            exit_code = _exit_code(item)
            self._chunks.append(
                OutputChunk(item.order, _text(item.stdout), _text(item.stderr), exit_code)
            )
            self._next_order = max(self._next_order, item.order + 1)
            released = True
            if exit_code is not None:
                self._final = item
        return released

    async def _poll(self, generation: int = 0) -> bool:
        """Fetch output stored from the highest order released, release everything held,
        and note socket subscription ``generation`` as caught up; return whether any moved."""
        async with self._lock:
            if self._final is not None:
                return False
            # Every piece numbered n is stored before any numbered n + 1 exists, and
            # stdout and stderr may share a number: re-ask from the highest released.
            last = self._next_order - 1 if self._chunks else None
            new: list[BashOutput] = []

            async def fetch(page_id: str | None) -> tuple[Sequence[object], object]:
                prepared = self._routes.search_bash_output(
                    self._id,
                    order_gt=UNSET if last is None else last - 1,
                    page_id=page_id or UNSET,
                )
                page = await call(
                    self._conn.api, *prepared, _models.BashEventPage, "command output"
                )
                return page.items, page.next_page_id

            def key(item: object) -> str | None:
                return item.id if isinstance(item, _models.BashOutput) else None

            async for items in _paging.walk("command output", fetch, key):
                new.extend(item for item in items if isinstance(item, _models.BashOutput))
            self._take(new)
            self._synced = generation
            return self._release(complete=True)

    async def _follow(self, deadline: float | None) -> AsyncIterator[OutputChunk]:
        if self._final is not None:  # ended: no socket needed
            for chunk in list(self._chunks):
                yield chunk
            return
        index, backoff = 0, Backoff(self.POLL_MIN_SECONDS, self.POLL_MAX_SECONDS)
        socket = self._routes.runtime is None  # a conversation's runtime has no such socket
        async with _bash_events.follow(self._conn, self._id, socket=socket) as feed:
            while True:
                while index < len(self._chunks):
                    index += 1
                    yield self._chunks[index - 1]
                if self._final is not None:
                    return
                async with self._lock:
                    self._take(feed.take())
                    moved = self._release(complete=False)
                if moved:
                    continue
                if feed.live:
                    generation = feed.generation
                    if self._synced != generation or self._pending:
                        await self._poll(generation)  # a new subscription, or a piece missing
                        continue
                    limit = self.LIVE_CHECK_SECONDS
                elif await self._poll():
                    backoff.reset()
                    continue
                else:
                    limit = backoff.next_delay()
                now = time.monotonic()
                if deadline is not None:
                    if now >= deadline:
                        raise CommandTimeoutError(self._id)
                    limit = min(limit, deadline - now)
                try:
                    await asyncio.wait_for(feed.changed.wait(), limit)
                except asyncio.TimeoutError:
                    self._synced = 0  # quiet for a while: check over REST (a silent socket)

    def output(self) -> AsyncIterator[OutputChunk]:
        """Yield the command's output as it arrives, from its start; end when it exits."""
        return self._follow(None)

    async def wait(self, timeout: float | None = None) -> CommandResult:
        """Wait until the command ends and return its result.

        Raises :class:`CommandTimeoutError` (a ``TimeoutError``) if it is still running after
        ``timeout`` seconds (the command keeps running: the server ends it at its own timeout).
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        async for _ in self._follow(deadline):
            pass
        return self.result()

    def result(self) -> CommandResult:
        """The result of a command that has ended (see :attr:`done`)."""
        final = self._final
        if final is None:
            raise RuntimeError(f"command {self._id} has not ended yet")
        exit_code = _exit_code(final)
        assert exit_code is not None
        chunks = sorted(self._chunks, key=lambda chunk: chunk.order)
        return _make_result(
            self._id,
            "".join(chunk.stdout for chunk in chunks),
            "".join(chunk.stderr for chunk in chunks),
            exit_code,
            exit_code == TIMEOUT_EXIT_CODE and self._ran_until_timeout(final),
        )

    def _ran_until_timeout(self, final: BashOutput) -> bool:
        ended = _parse_time(final.timestamp)
        if self._started is None or ended is None:
            return False
        return ended - self._started >= timedelta(seconds=self._timeout)

    async def stop(self) -> None:
        """Stop the command (SIGTERM, then SIGKILL); its last output still arrives.

        Stopping a command that has already ended does nothing. Raises
        :class:`UnsupportedFeatureError` on servers older than 1.52.0, which cannot stop one.
        """
        await self._compat.require_version(STOP_COMMAND, STOP_COMMAND_SINCE)
        prepared = self._routes.stop_bash_command(self._id)
        await call(self._conn.api, *prepared, _models.Success, "stop command")

    def __repr__(self) -> str:
        return f"<AsyncRunningCommand {self._id} {'done' if self.done else 'running'}>"
