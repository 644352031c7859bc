"""Runs the async implementation for synchronous callers, on one background event loop.

Ctrl-C (or any exception) in a waiting caller cancels the operation it was waiting for, then
propagates. A portal that nothing references any more stops its loop and thread by itself,
so an unclosed client leaks no thread.

A task that lets ``SystemExit`` or ``KeyboardInterrupt`` out (an event callback calling
``sys.exit()``) ends the loop, as it ends any asyncio program. The calls waiting at that
moment raise it in their own threads; every later call raises :class:`ClientClosedError`
naming it; :meth:`Portal.stop` cancels what was left on the loop. No call ever waits on a
loop that is gone.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
import weakref
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, TypeVar

from .errors import ClientClosedError

T = TypeVar("T")

# How often a waiting caller wakes up, so that Ctrl-C is raised promptly.
_WAKE_SECONDS = 0.1
# How long a cancelled operation may take to unwind before the caller moves on.
_CANCEL_GRACE = 1.0
# How long stop() lets the loop's tasks unwind.
_STOP_SECONDS = 10.0


class _LoopThread:
    """The loop, its thread and what ended it (the finalizer holds this, not the portal)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.ended_by: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, name="openhands-client", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            self.loop.run_forever()
        except BaseException as exc:  # a task let SystemExit or KeyboardInterrupt out
            self.ended_by = exc

    def ended_error(self) -> ClientClosedError:
        """The error of a call made after the loop ended (chain it from ``ended_by``)."""
        name = type(self.ended_by).__name__
        return ClientClosedError(
            f"the client's event loop stopped: an event callback raised {name}"
        )


class Portal:
    """A daemon thread running an event loop; synchronous code submits coroutines to it."""

    def __init__(self) -> None:
        self._runner = _LoopThread()
        self._lock = threading.Lock()
        self._closed = False
        # Holds the loop and thread, not the portal: runs on stop() or once unreferenced.
        self._finalizer = weakref.finalize(self, _shutdown, self._runner)
        self._finalizer.atexit = False  # at exit the daemon thread just ends, as it always did

    @property
    def closed(self) -> bool:
        """Whether :meth:`stop` was called or the loop ended (see the module's notes)."""
        return self._closed or self._runner.ended_by is not None

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and return its result (or raise its exception).

        If the caller is interrupted while waiting (KeyboardInterrupt), the operation is
        cancelled on the loop before the interrupt propagates.
        """
        runner = self._runner
        if threading.current_thread() is runner.thread:
            coroutine.close()
            raise RuntimeError(
                "a synchronous client method was called from an event callback; "
                "callbacks run on the client's loop thread: use the async client there"
            )
        with self._lock:
            if self._closed:
                coroutine.close()
                raise ClientClosedError("the client is closed")
            if runner.ended_by is not None:
                coroutine.close()
                raise runner.ended_error() from runner.ended_by
            future = asyncio.run_coroutine_threadsafe(coroutine, runner.loop)
        try:
            return self._wait(future)
        except concurrent.futures.CancelledError:
            raise ClientClosedError("the client was closed during the call") from None
        except BaseException as exc:
            if exc is not runner.ended_by and future.cancel():
                # A cancelled future counts as done once its task has unwound on the loop
                # (a start deleting what it made, say), or after the grace.
                with contextlib.suppress(BaseException):
                    concurrent.futures.wait([future], timeout=_CANCEL_GRACE)
            raise

    def _wait(self, future: concurrent.futures.Future[T]) -> T:
        """``future.result()``, waking up now and then so that a pending Ctrl-C is raised, and
        raising what ended the loop if it ended meanwhile.

        It waits with ``concurrent.futures.wait``, which returns on timeout: ``result(timeout=)``
        raises the builtin ``TimeoutError``, which the operation's own timeout errors also are.
        """
        runner = self._runner
        while not future.done():
            concurrent.futures.wait([future], timeout=_WAKE_SECONDS)
            if not runner.thread.is_alive() and not future.done():
                if runner.ended_by is None:  # only stop() ends it otherwise
                    raise ClientClosedError("the client was closed during the call")
                raise runner.ended_by
        return future.result()

    def iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        """Drive an async iterator from synchronous code; ends when the client closes."""
        finished = False
        try:
            while True:
                try:
                    item: T = self.call(iterator.__anext__())  # type: ignore[arg-type]
                except (StopAsyncIteration, ClientClosedError):
                    finished = True
                    return
                except BaseException:
                    # The step was cancelled: the async generator has already unwound.
                    finished = True
                    raise
                yield item
        finally:
            closer = getattr(iterator, "aclose", None)
            if not finished and closer is not None and not self.closed:
                self.call(closer())

    def stop(self) -> None:
        """Cancel what still runs on the loop, stop it and join its thread (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._finalizer()


def _shutdown(runner: _LoopThread) -> None:
    """Cancel every task on the loop, stop it and join its thread (not from that thread)."""
    loop, thread = runner.loop, runner.thread
    if loop.is_closed():
        return
    if threading.current_thread() is thread:  # the last reference went away on the loop
        loop.call_soon(asyncio.ensure_future, _stop_from_inside(loop))
        return
    if runner.ended_by is not None:  # the loop is gone: unwind its tasks from this thread
        thread.join()
        try:
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            if tasks:
                loop.run_until_complete(asyncio.wait(tasks, timeout=_STOP_SECONDS))
        finally:
            loop.close()
        return
    # Submitted after every coroutine submitted before it (stop() holds no lock here, but
    # every caller's submission happened before ``closed`` was set).
    shutdown = asyncio.run_coroutine_threadsafe(_cancel_all(), loop)
    with contextlib.suppress(concurrent.futures.TimeoutError):
        shutdown.result(timeout=_STOP_SECONDS)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=_STOP_SECONDS)
    if not thread.is_alive():
        loop.close()


async def _stop_from_inside(loop: asyncio.AbstractEventLoop) -> None:
    await _cancel_all()
    loop.stop()


async def _cancel_all() -> None:
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
