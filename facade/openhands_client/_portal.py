"""Runs the async implementation for synchronous callers, on one background event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, TypeVar

from .errors import ClientClosedError

T = TypeVar("T")


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

    @property
    def closed(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._closed

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and return its result (or raise its exception)."""
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
            return future.result()
        except concurrent.futures.CancelledError:
            raise ClientClosedError("the client was closed during the call") from None

    def iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        """Drive an async iterator from synchronous code; ends when the client closes."""
        exhausted = False
        try:
            while True:
                try:
                    yield self.call(iterator.__anext__())  # type: ignore[arg-type]
                except StopAsyncIteration:
                    exhausted = True
                    return
                except ClientClosedError:
                    exhausted = True
                    return
        finally:
            closer = getattr(iterator, "aclose", None)
            if not exhausted and closer is not None and not self._closed:
                self.call(closer())

    def stop(self) -> None:
        """Cancel what still runs on the loop, stop it and join its thread (idempotent)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            # Submitted under the lock: runs after every coroutine submitted before it.
            shutdown = asyncio.run_coroutine_threadsafe(_cancel_all(), self._loop)
        shutdown.result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()


async def _cancel_all() -> None:
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
