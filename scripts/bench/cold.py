"""Cold start, for either client: a fresh process importing it, or importing and attaching.

``python -m bench.cold CLIENT MEASUREMENT ['<json arguments>']``, CLIENT being ``ours``,
``reference`` or ``floor`` (attrs + httpx + websockets, what ours is built on: ``import``
only), MEASUREMENT ``import``, ``attach`` (arguments: url, api_key, conversation_id) or
``bare`` (the interpreter alone). Only ``sys`` and ``time`` are loaded before the client
is imported; the result is printed as in ``bench.common`` once the measurement is over.
"""

from __future__ import annotations

import sys
import time


def ours(attach: dict[str, str] | None) -> tuple[int, float]:
    """Import (and attach); return the events loaded and when it was done (perf_counter)."""
    from openhands_client import AgentServer

    if attach is None:
        return 0, time.perf_counter()
    server = AgentServer(attach["url"], attach["api_key"])
    conversation = server.attach_conversation(attach["conversation_id"])
    done, events = time.perf_counter(), len(conversation.events)
    server.close()
    return events, done


def reference(attach: dict[str, str] | None) -> tuple[int, float]:
    """Import (and attach) as the reference's users do; return as :func:`ours` does."""
    import uuid

    from openhands.sdk.conversation.impl.remote_conversation import RemoteConversation
    from openhands.sdk.workspace import RemoteWorkspace

    if attach is None:
        return 0, time.perf_counter()
    workspace = RemoteWorkspace(host=attach["url"], api_key=attach["api_key"], working_dir="/")
    conversation = RemoteConversation.attach(
        workspace, uuid.UUID(attach["conversation_id"]), visualizer=None
    )
    done, events = time.perf_counter(), len(conversation.state.events)
    conversation.close()
    return events, done


def floor(attach: dict[str, str] | None) -> tuple[int, float]:
    """Import what ours is built on, and nothing else."""
    import attrs  # noqa: F401
    import httpx  # noqa: F401
    import websockets  # noqa: F401

    return 0, time.perf_counter()


def main() -> None:
    started = time.perf_counter()
    client, measurement = sys.argv[1], sys.argv[2]
    attach = None
    if measurement == "attach":
        import json

        attach = json.loads(sys.argv[3])
    if measurement == "bare":
        events, done = 0, time.perf_counter()
    else:
        events, done = {"ours": ours, "reference": reference, "floor": floor}[client](attach)
    done_at = time.time() - (time.perf_counter() - done)

    from bench.common import emit

    emit({"seconds": done - started, "done_at": done_at, "events": events})


if __name__ == "__main__":
    main()
