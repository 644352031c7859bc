"""Runs the async implementation for synchronous callers, on one background event loop.

Ctrl-C (or any exception) in a waiting caller cancels the operation it was waiting for, then
propagates. A portal that nothing references any more stops its loop and thread by itself,
so an unclosed client leaks no thread.
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


class Portal:
    """A daemon thread running an event loop; synchronous code submits coroutines to it."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._lock = threading.Lock()
        self._closed = False
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="openhands-client", daemon=True
        )
        self._thread.start()
        # Holds the loop and thread, not the portal: runs on stop() or once unreferenced.
        self._finalizer = weakref.finalize(self, _shutdown, self._loop, self._thread)
        self._finalizer.atexit = False  # at exit the daemon thread just ends, as it always did

    @property
    def closed(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._closed

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and return its result (or raise its exception).

        If the caller is interrupted while waiting (KeyboardInterrupt), the operation is
        cancelled on the loop before the interrupt propagates.
        """
        if threading.current_thread() is self._thread:
            coroutine.close()
            raise RuntimeError(
                "a synchronous client method was called from an event callback; "
                "callbacks run on the client's loop thread: use the async client there"
            )
        with self._lock:
            if self._closed:
                coroutine.close()
                raise ClientClosedError("the client is closed")
            future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return _wait(future)
        except concurrent.futures.CancelledError:
            raise ClientClosedError("the client was closed during the call") from None
        except BaseException:
            if future.cancel():
                with contextlib.suppress(BaseException):
                    concurrent.futures.wait([future], timeout=_CANCEL_GRACE)
            raise

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
            if not finished and closer is not None and not self._closed:
                self.call(closer())

    def stop(self) -> None:
        """Cancel what still runs on the loop, stop it and join its thread (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._finalizer()


def _wait(future: concurrent.futures.Future[T]) -> T:
    """``future.result()``, waking up now and then so that a pending Ctrl-C is raised."""
    while True:
        try:
            return future.result(timeout=_WAKE_SECONDS)
        except concurrent.futures.TimeoutError:
            continue


def _shutdown(loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
    """Cancel every task on ``loop``, stop it and join ``thread`` (not from that thread)."""
    if loop.is_closed():
        return
    if threading.current_thread() is thread:  # the last reference went away on the loop
        loop.call_soon(asyncio.ensure_future, _stop_from_inside(loop))
        return
    # Submitted after every coroutine submitted before it (stop() holds no lock here, but
    # every caller's submission happened before ``closed`` was set).
    shutdown = asyncio.run_coroutine_threadsafe(_cancel_all(), loop)
    with contextlib.suppress(concurrent.futures.TimeoutError):
        shutdown.result(timeout=10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=10)
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
