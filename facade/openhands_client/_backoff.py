"""One backoff for every retry loop: socket reconnects, readiness probes, 429s, command polls."""

from __future__ import annotations

import random

# 2**64 times any sensible first delay is far past every cap: counting further changes
# nothing, and ``2**attempt`` would overflow a float after ~1024 attempts.
_MAX_EXPONENT = 64


class Backoff:
    """Capped exponential backoff with jitter.

    The n-th delay is drawn from ``[c / 2, c]`` where ``c = min(cap, initial * 2**(n - 1))``;
    ``reset()`` starts over at ``initial``.
    """

    def __init__(self, initial: float, cap: float) -> None:
        if not 0 < initial <= cap:
            raise ValueError(f"need 0 < initial <= cap, got {initial!r} and {cap!r}")
        self.initial, self.cap, self.attempt = initial, cap, 0

    def next_delay(self, floor: float = 0.0) -> float:
        """The next delay in seconds (at least ``floor``)."""
        exponent = min(self.attempt, _MAX_EXPONENT)
        self.attempt += 1
        ceiling = min(self.cap, self.initial * 2**exponent)
        return max(floor, random.uniform(ceiling / 2, ceiling))

    def reset(self) -> None:
        """Start over at ``initial`` (after a success)."""
        self.attempt = 0
