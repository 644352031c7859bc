"""Make the log converge to the server's after each (re)subscription, whatever its clock does.

A reconnect resumes from "newest timestamp - overlap", and the server stamps events with its
naive local clock: events written while the client was away under a clock stepped back (DST,
NTP) sort before the resume point and neither the replay nor a catch-up from it finds them.
Likewise, when the server registers a subscriber late, an event written between the REST load
and the subscription is in neither. So after each such subscription the client compares the
server's ``events/count`` with its own: on a lasting shortfall it catches up from the resume
point and, if the count still differs, re-reads the whole log (events are deduplicated by id).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from ._terminal_text import printable
from .errors import AgentServerError

logger = logging.getLogger("openhands_client.conversation")


class Reconciler:
    """Runs the count check on its own task, once per request, after :meth:`enable`.

    While events are still arriving (a replay, a live run) the counts can differ for a
    moment: the check is repeated after each of ``REPLAY_WAITS`` before it reads over REST.
    """

    REPLAY_WAITS = (0.2, 0.4, 0.8)

    def __init__(
        self,
        local_count: Callable[[], int],
        server_count: Callable[[], Awaitable[int]],
        catch_up: Callable[[], Awaitable[object]],
        read_all: Callable[[], Awaitable[object]],
    ) -> None:
        self._local_count = local_count
        self._server_count = server_count
        self._catch_up = catch_up
        self._read_all = read_all
        self._wanted = False
        self._enabled = False
        self._task: asyncio.Task[None] | None = None

    def request(self) -> None:
        """Check (again) once enabled: a subscription began after the log was loaded."""
        self._wanted = True
        self._start()

    def enable(self) -> None:
        """The log is loaded: requests may run from now on."""
        self._enabled = True
        self._start()

    def _start(self) -> None:
        if self._enabled and self._wanted and (self._task is None or self._task.done()):
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while self._wanted:
            self._wanted = False
            try:
                await self._reconcile()
            except AgentServerError as exc:
                logger.warning(
                    "could not check the log against the server's (%s)", printable(str(exc))
                )

    async def _complete(self) -> bool:
        # Every event counted locally before the request is also in the server's count:
        # equal numbers mean equal sets, whatever arrives meanwhile.
        local = self._local_count()
        return local >= await self._server_count()

    async def _reconcile(self) -> None:
        for wait in self.REPLAY_WAITS:
            if await self._complete():
                return
            await asyncio.sleep(wait)  # the replay may still be arriving
        await self._catch_up()
        if await self._complete():
            return
        logger.warning("the event log is short of the server's; re-reading it whole")
        await self._read_all()

    async def settled(self) -> None:
        """Wait for a check in progress (cancelling the wait leaves the check running)."""
        if self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def close(self) -> None:
        """Stop a check in progress."""
        task, self._task = self._task, None
        self._enabled = False
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
