"""A cancelled task waiting in the client stays cancelled when its wait ends at the same time
(asyncio.wait_for before Python 3.12 lost such cancellations: Ctrl-C then did nothing)."""

from __future__ import annotations

import asyncio

import pytest

from openhands_client._stream_buffer import StreamBuffer
from openhands_client.events import decode_event, is_persisted
from tests.unit.fakes import message, ts


async def test_a_stream_wait_cancelled_as_an_event_lands_stays_cancelled() -> None:
    buffer = StreamBuffer(10, is_persisted)
    waiting = asyncio.ensure_future(buffer.wait(5))
    for _ in range(3):
        await asyncio.sleep(0)  # the wait is under way
    buffer.put(decode_event(message("m1", ts(1))))  # the event and the cancel, one loop turn
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert buffer.take() is not None, "the event stays buffered for the next take"
