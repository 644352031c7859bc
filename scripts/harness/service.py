"""What the harness starts and stops (server process, LLM, proxy), as a context manager."""

from __future__ import annotations

from typing import TypeVar

S = TypeVar("S", bound="Service")


class Service:
    """``with service:`` starts it and stops it; subclasses define ``start`` and ``stop``."""

    def start(self: S) -> S:
        """Start; return self."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop (idempotent)."""
        raise NotImplementedError

    def __enter__(self: S) -> S:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
