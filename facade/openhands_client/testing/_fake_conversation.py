"""A fake conversation and the scripts its runs follow: FakeConversation, RunContext,
standard_run."""

from __future__ import annotations

import asyncio
import uuid
from collections import deque
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from websockets.asyncio.server import ServerConnection

from ._events import (
    JSON,
    action,
    conversation_error,
    full_state,
    message,
    observation,
    status_update,
)

if TYPE_CHECKING:
    from ._store import ConversationStore


@dataclass
class ConnectAction:
    """What the fake does with the next authenticated socket: close it with ``close_code``."""

    close_code: int
    reason: str = ""


RunScript = Callable[["RunContext"], Coroutine[Any, Any, None]]
"""What a run does: a coroutine function of the run's :class:`RunContext`."""


@dataclass(eq=False)
class FakeConversation:
    """One conversation of the fake: its log, status and what its sockets do next.

    ``log`` holds the persisted events in write order; ``connect_actions`` what the next
    authenticated sockets get instead of a subscription; ``run_script`` what a run does
    (default: the server's :attr:`FakeAgentServer.default_run`); ``push_state=False`` skips the
    ``full_state`` push on connect; ``subscribe_delay`` subscribes a socket that late (a loaded
    server); ``replay_cuts`` drops the next session sockets (one each) after that many replayed
    events; ``runs`` counts the runs started; ``parent_id`` is the conversation that started
    this one as its child.
    """

    id: uuid.UUID
    status: str = "idle"
    title: str | None = None
    log: list[JSON] = field(default_factory=list)
    push_state: bool = True
    connect_actions: deque[ConnectAction] = field(default_factory=deque)
    run_script: RunScript | None = None
    sockets: set[ServerConnection] = field(default_factory=set)
    runs: int = 0
    deleted: bool = False
    subscribe_delay: float = 0.0
    replay_cuts: deque[int] = field(default_factory=deque)
    parent_id: uuid.UUID | None = None

    def ids(self) -> list[str]:
        """The persisted events' ids in write order."""
        return [str(e["id"]) for e in self.log]

    def sorted_ids(self) -> list[str]:
        """The persisted events' ids in (timestamp, id) order."""
        return [str(e["id"]) for e in sorted(self.log, key=lambda e: (e["timestamp"], e["id"]))]


class RunContext:
    """What a run script can do: publish (persist + push), persist only, stream an answer,
    sleep, make events."""

    def __init__(self, fake: ConversationStore, conversation: FakeConversation) -> None:
        self.fake = fake
        self.conversation = conversation

    def eid(self, prefix: str) -> str:
        """A new, unique event id starting with ``prefix``."""
        return self.fake.new_id(prefix)

    async def publish(self, *events: JSON) -> None:
        """Persist (unless transient) and push each event to the conversation's sockets."""
        await self.fake._publish(self.conversation, events)

    def persist(self, *events: JSON) -> None:
        """Write events to the log without pushing them."""
        self.fake._persist(self.conversation, events)

    async def status(self, status: str) -> None:
        """Publish an ``execution_status`` update to ``status``."""
        await self.publish(status_update(self.eid("status"), self.fake.now(), status))

    async def snapshot(self) -> None:
        """Publish a transient ``full_state`` snapshot of the conversation."""
        event = full_state(
            self.eid("snapshot"), self.fake.now(), self.conversation.id, self.conversation.status
        )
        await self.publish(event)

    async def step(self, thought: str = "thinking") -> None:
        """Publish one agent step: a ``think`` action and its observation."""
        act = action(self.eid("action"), self.fake.now(), thought)
        await self.publish(act, observation(self.eid("obs"), self.fake.now(), act["id"]))

    async def say(self, text: str) -> None:
        """Publish the agent's message ``text`` (its answer)."""
        await self.publish(message(self.eid("msg"), self.fake.now(), text, source="agent"))

    async def stream(self, chunks: Sequence[str], *, item_id: str | None = None) -> str:
        """Stream the agent's answer token by token, as servers 1.52+ do when the agent's LLM
        streams, and return its item id: an ``item_started`` frame and a ``delta`` frame per
        chunk on session sockets, then the agent's message (the chunks' text, the item's id)
        published, which retires the item. ``item_id`` chooses that id."""
        return await self.fake._stream_answer(self.conversation, chunks, item_id)

    @staticmethod
    async def sleep(seconds: float) -> None:
        """Wait ``seconds`` on the fake's loop (other scripts and sockets go on)."""
        await asyncio.sleep(seconds)

    def drop_sockets(self) -> None:
        """Drop the conversation's sockets abruptly (TCP reset, no close frame)."""
        self.fake._drop(self.conversation)


def standard_run(
    *,
    steps: int = 1,
    final: str = "finished",
    answer: str = "done",
    late: float = 0.0,
    snapshot: bool = True,
    error: tuple[str, str] | None = None,
    start_delay: float = 0.0,
) -> RunScript:
    """A run like the server's: ``running``, steps, the answer, the final status, a snapshot.

    ``late`` > 0 publishes the answer that long *after* the final status (events published
    from an executor can trail the status), before the post-run snapshot.
    """

    async def script(run: RunContext) -> None:
        await run.sleep(start_delay)
        await run.status("running")
        for i in range(steps):
            await run.step(f"step {i}")
        if error is not None:
            code, detail = error
            await run.publish(conversation_error(run.eid("error"), run.fake.now(), code, detail))
        if late:
            await run.status(final)
            await run.sleep(late)
            await run.say(answer)
        else:
            await run.say(answer)
            await run.status(final)
        if snapshot:
            await run.snapshot()

    return script


__all__ = ["ConnectAction", "FakeConversation", "RunContext", "RunScript", "standard_run"]
