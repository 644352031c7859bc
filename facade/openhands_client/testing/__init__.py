"""A testing kit for code built on this client: a fake agent server, scripted by the test.

No real agent server and no LLM: :class:`FakeAgentServer` answers the REST operations the client
uses (in process, through ``fake.transport``) and serves the event socket for real on loopback,
with the server's auth rules. A test scripts each conversation (its events, status, runs,
errors, socket disconnects) and the client under test talks to it as to a real server::

    from openhands_client.testing import FakeAgentServer, standard_run

    def test_my_bot() -> None:
        with FakeAgentServer(api_key="key") as fake, fake.client() as server:
            fake.default_run = standard_run(answer="LGTM")
            assert my_bot(server) == "LGTM"

:class:`HostileServer` is the opposite: a loopback server scripted to misbehave (deep, huge,
endless or trickled bodies, redirects, control sequences, oversized frames, floods), to test
that code stays safe against a server it cannot trust.

Everything the fake claims to do like the real server is listed in :data:`CLAIMS` and checked
against the real server by the project's contract suite. :class:`RuntimeAPIStandIn` is a local
Runtime API, to test provisioning code (:mod:`openhands_client.providers`) offline.
"""

from __future__ import annotations

from ._events import (
    JSON,
    SERVER_INFO,
    T0,
    action,
    agent_error,
    agent_json,
    conversation_error,
    conversation_info,
    delta_frame,
    full_state,
    is_transient,
    item_aborted_frame,
    item_started_frame,
    message,
    observation,
    parse_ts,
    status_update,
    streaming_delta,
    ts,
)
from ._hostile import (
    CONTROL_SEQUENCES,
    Answer,
    HostileServer,
    Script,
    accept_upgrade,
    deep_json,
    ws_frame,
)
from ._loopback import ConnRecord, LoopbackServer
from ._recording import Exchange, Frame, Recorder, Recording, ReplayServer, SocketRecord
from ._runtime_api import Launch, RuntimeAPIStandIn
from ._server import (
    CLAIMS,
    ConnectAction,
    FakeAgentServer,
    FakeConversation,
    RestHook,
    RunContext,
    RunScript,
    search_response,
    session_frame,
    standard_run,
)

__all__ = [
    "CLAIMS",
    "CONTROL_SEQUENCES",
    "JSON",
    "SERVER_INFO",
    "T0",
    "Answer",
    "ConnRecord",
    "ConnectAction",
    "Exchange",
    "FakeAgentServer",
    "FakeConversation",
    "Frame",
    "HostileServer",
    "Launch",
    "LoopbackServer",
    "Recorder",
    "Recording",
    "ReplayServer",
    "RestHook",
    "RunContext",
    "RunScript",
    "RuntimeAPIStandIn",
    "Script",
    "SocketRecord",
    "accept_upgrade",
    "action",
    "agent_error",
    "agent_json",
    "conversation_error",
    "conversation_info",
    "deep_json",
    "delta_frame",
    "full_state",
    "is_transient",
    "item_aborted_frame",
    "item_started_frame",
    "message",
    "observation",
    "parse_ts",
    "search_response",
    "session_frame",
    "standard_run",
    "status_update",
    "streaming_delta",
    "ts",
    "ws_frame",
]
