"""A closed conversation is released by its client."""

from __future__ import annotations

import gc
import weakref

from openhands_client import AsyncAgentServer
from tests.unit.fakes import FakeAgentServer, message, ts, until


async def test_a_closed_conversation_and_its_log_are_not_kept_by_the_client(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    conv_f = fake.add_conversation([message("h1", ts(0))])
    conv = await client.attach_conversation(conv_f.id)
    ref, log = weakref.ref(conv), weakref.ref(conv.events)
    await conv.close()
    del conv

    def released() -> bool:
        # A cancelled timer may hold it until the loop drops the timer: collect each time.
        gc.collect()
        return ref() is None and log() is None

    await until(released, "the client to let go of the closed conversation")
