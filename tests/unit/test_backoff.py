"""The one backoff: doubling from ``initial`` up to ``cap``, jittered, and never overflowing."""

from __future__ import annotations

import pytest

from openhands_client._backoff import Backoff

# The unit conftest scales every backoff delay down; these tests check the real ones.
next_delay = Backoff.next_delay


def test_delays_double_from_initial_up_to_the_cap_with_jitter() -> None:
    backoff = Backoff(initial=0.1, cap=1.0)
    ceilings = [0.1, 0.2, 0.4, 0.8, 1.0, 1.0]
    for ceiling in ceilings:
        assert ceiling / 2 <= next_delay(backoff) <= ceiling
    backoff.reset()
    assert 0.05 <= next_delay(backoff) <= 0.1
    assert next_delay(backoff, floor=5.0) == 5.0


def test_a_long_outage_never_overflows() -> None:
    # Regression: ``base * 2**attempt`` raised OverflowError near attempt 1024 (half an hour
    # of a server outage), killing the socket task silently.
    backoff = Backoff(initial=0.5, cap=2.0)
    delays = [next_delay(backoff) for _ in range(5000)]
    assert all(1.0 <= delay <= 2.0 for delay in delays[2:])


@pytest.mark.parametrize(("initial", "cap"), [(0.0, 1.0), (-1.0, 1.0), (2.0, 1.0)])
def test_bad_bounds_are_refused(initial: float, cap: float) -> None:
    with pytest.raises(ValueError, match="initial"):
        Backoff(initial, cap)
