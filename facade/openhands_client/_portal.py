"""Runs the async implementation for synchronous callers, on one background event loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class Portal:
    """A daemon thread running an event loop; synchronous code submits coroutines to it."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="openhands-client", daemon=True
        )
        self._thread.start()

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the loop and return its result (or raise its exception)."""
        if threading.current_thread() is self._thread:
            coroutine.close()
            raise RuntimeError(
                "a synchronous client method was called from an event callback; "
                "callbacks run on the client's loop thread: use the async client there"
            )
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()

    def iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        """Drive an async iterator from synchronous code."""
        try:
            while True:
                try:
                    yield self.call(iterator.__anext__())  # type: ignore[arg-type]
                except StopAsyncIteration:
                    return
        finally:
            closer = getattr(iterator, "aclose", None)
            if closer is not None and self._loop.is_running():
                self.call(closer())

    def stop(self) -> None:
        """Stop the loop and join its thread."""
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        if not self._loop.is_running():
            self._loop.close()
