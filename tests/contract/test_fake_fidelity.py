"""The testing kit's fake answers as the real server does (issue 22: 1, "honest by construction").

Every test here runs against each target of ``CONTRACT_TARGETS`` (default ``real,fake``): the
real agent server and :class:`openhands_client.testing.FakeAgentServer`, with the same
assertions. Each checks one or more of the operations the fake claims (``claim`` marker, the
names of :data:`openhands_client.testing.CLAIMS`; tests/unit/test_testing_claims.py requires
every claim to be checked here). ``make test`` runs the real target in each contract run and
the fake target on its own (``make contract-fake``, seconds). When the real server's answer
changes and the fake's does not, the real run fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from harness.agent_server import agent_spec
from harness.scripted_llm import STREAM_TEXT
from openhands_client import AgentServer, Conversation, ExecutionStatus, UnsupportedFeatureError
from openhands_client._compat import START_CHILD_SINCE, ServerRelease
from openhands_client.testing import FakeAgentServer, RunContext, agent_json, standard_run
from tests.conftest import SESSION_API_KEY
from tests.contract.helpers import eventually

pytestmark = pytest.mark.contract

TARGETS = os.environ.get("CONTRACT_TARGETS", "real,fake").split(",")
QUIET = 0.5
"""A socket silent this long has sent all it had (replay, greeting)."""


def claim(*names: str) -> pytest.MarkDecorator:
    """Mark a test as the check of the fake's ``names`` claims."""
    return pytest.mark.claim(*names)


@dataclass
class Target:
    """A server the tests run against: its URL, transport, agents and working directory."""

    name: str
    url: str
    transport: httpx.AsyncBaseTransport | None
    agent: Callable[[str], dict[str, Any]]
    workdir: str

    def client(self) -> AgentServer:
        return AgentServer(self.url, SESSION_API_KEY, transport=self.transport)

    def rest(
        self, method: str, path: str, *, key: str | None = SESSION_API_KEY, **kwargs: Any
    ) -> httpx.Response:
        async def request() -> httpx.Response:
            transport = self.transport or httpx.AsyncHTTPTransport()
            headers = {"X-Session-API-Key": key} if key else {}
            async with httpx.AsyncClient(
                transport=transport, base_url=self.url, headers=headers, timeout=30
            ) as http:
                return await http.request(method, path, **kwargs)

        return asyncio.run(request())

    def socket(
        self,
        conversation_id: object,
        *,
        key: str = SESSION_API_KEY,
        query: str = "",
        channel: str = "events",
    ) -> tuple[list[dict[str, Any]], int | None]:
        """The frames a socket (``channel``: ``events``, the legacy one, or ``session``) got
        until it was quiet, and its close code (None: still open)."""

        async def listen() -> tuple[list[dict[str, Any]], int | None]:
            path = f"/sockets/{channel}/{conversation_id}{query}"
            url = self.url.replace("http", "ws", 1) + path
            frames: list[dict[str, Any]] = []
            async with connect(url, compression=None) as ws:
                await ws.send(json.dumps({"type": "auth", "session_api_key": key}))
                try:
                    while True:
                        frames.append(json.loads(await asyncio.wait_for(ws.recv(), QUIET)))
                except asyncio.TimeoutError:
                    return frames, None
                except ConnectionClosed:
                    return frames, ws.close_code

        return asyncio.run(listen())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "target" in metafunc.fixturenames:
        metafunc.parametrize("target", TARGETS, indirect=True, scope="module")


@pytest.fixture(scope="module")
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    if request.param == "real":
        server = request.getfixturevalue("agent_server")
        llm = request.getfixturevalue("scripted_llm")
        scripts = {"quick": "think-1", "slow": "slow-think-1-1500", "stream": "talk"}

        def real_agent(kind: str) -> dict[str, Any]:
            spec = agent_spec(llm.base_url, scripts[kind])
            spec["llm"]["stream"] = kind == "stream"
            return spec

        yield Target("real", server.url, None, real_agent, str(server.workdir))
        return
    with FakeAgentServer(api_key=SESSION_API_KEY) as fake:
        fake.scripts["slow"] = standard_run(start_delay=1.5)
        fake.scripts["stream"] = _streaming_run

        def agent(kind: str) -> dict[str, Any]:
            spec = agent_json()
            spec["llm"]["model"] = kind
            return spec

        yield Target("fake", fake.url, fake.transport, agent, "/w")


async def _streaming_run(run: RunContext) -> None:
    """The fake's run for the ``stream`` agent: the scripted LLM's ``talk`` answer, streamed
    word by word."""
    await run.status("running")
    await run.stream(re.findall(r"\S+\s*", STREAM_TEXT))
    await run.status("finished")
    await run.snapshot()


@pytest.fixture(scope="module")
def finished(target: Target) -> Iterator[tuple[AgentServer, Conversation]]:
    """A conversation the target ran to its end once (shared by the module's tests)."""
    with target.client() as server:
        conversation = server.start_conversation(target.agent("quick"), target.workdir)
        conversation.send_message("answer me")
        assert conversation.run(timeout=60) is ExecutionStatus.FINISHED
        yield server, conversation


def search(target: Target, conversation_id: object, **params: Any) -> dict[str, Any]:
    answer = target.rest(
        "GET", f"/api/conversations/{conversation_id}/events/search", params=params
    )
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


@claim("server_info")
def test_server_info(target: Target) -> None:
    info = target.rest("GET", "/server_info").json()
    assert isinstance(info["version"], str)
    assert isinstance(info["uptime"], (int, float))
    assert isinstance(info["idle_time"], (int, float))


@claim("rest_auth")
def test_rest_needs_the_key(target: Target, finished: tuple[AgentServer, Conversation]) -> None:
    path = f"/api/conversations/{finished[1].id}"
    assert target.rest("GET", path, key=None).status_code == 401
    assert target.rest("GET", path, key="wrong").status_code == 401
    assert target.rest("GET", path).status_code == 200


@claim("socket_auth")
def test_a_socket_with_a_wrong_key_is_closed_4001(
    target: Target, finished: tuple[AgentServer, Conversation]
) -> None:
    assert target.socket(finished[1].id, key="wrong") == ([], 4001)


@claim("socket_unknown_conversation")
def test_a_socket_to_an_unknown_conversation_is_closed_4004(target: Target) -> None:
    assert target.socket(uuid.uuid4()) == ([], 4004)


@claim("socket_greeting")
def test_a_socket_is_greeted_with_the_state(
    target: Target, finished: tuple[AgentServer, Conversation]
) -> None:
    frames, closed = target.socket(finished[1].id)
    assert closed is None
    assert [(f["kind"], f["key"]) for f in frames] == [
        ("ConversationStateUpdateEvent", "full_state")
    ]
    assert frames[0]["value"]["execution_status"] == "finished"


@claim("socket_resend_all", "socket_resend_since")
@pytest.mark.parametrize("resend_mode", ["all", "since"])
def test_a_socket_replays_the_log_after_its_greeting(
    target: Target, finished: tuple[AgentServer, Conversation], resend_mode: str
) -> None:
    conversation = finished[1]
    logged = search(target, conversation.id)["items"]
    query = {"resend_mode": resend_mode}
    since = ""  # resend_mode=all: every event
    if resend_mode == "since":
        since = query["after_timestamp"] = logged[len(logged) // 2]["timestamp"]
    frames, _ = target.socket(conversation.id, query="?" + urlencode(query))
    assert frames[0]["key"] == "full_state"
    expected = [e["id"] for e in logged if e["timestamp"] >= since]  # inclusive
    assert sorted(f["id"] for f in frames[1:]) == sorted(expected)


@claim("session_sync", "session_resume")
@pytest.mark.parametrize("start", ["beginning", "middle"])
def test_a_session_socket_syncs_replays_after_a_seq_then_pushes_the_state(
    target: Target, finished: tuple[AgentServer, Conversation], start: str
) -> None:
    conversation = finished[1]
    logged = [e["id"] for e in search(target, conversation.id)["items"]]
    after = -1 if start == "beginning" else len(logged) // 2
    frames, closed = target.socket(conversation.id, query=f"?after_seq={after}", channel="session")
    assert closed is None
    assert frames[0] == {"type": "sync", "from_seq": after, "through_seq": len(logged) - 1}
    durable = [(f["seq"], f["event"]["id"]) for f in frames if f["type"] == "durable"]
    assert durable == list(enumerate(logged))[after + 1 :]
    rest = frames[1 + len(durable) :]
    assert [(f["type"], f["event"]["key"]) for f in rest] == [("transient", "full_state")]
    assert rest[0]["event"]["value"]["execution_status"] == "finished"


@claim("session_sync", "session_resume")
def test_a_session_socket_live_only_or_past_the_end_replays_nothing(
    target: Target, finished: tuple[AgentServer, Conversation]
) -> None:
    conversation = finished[1]
    logged = search(target, conversation.id)["items"]
    # Live only (no after_seq): the sync frame says where the log ends, and nothing replays.
    frames, _ = target.socket(conversation.id, channel="session")
    assert frames[0] == {"type": "sync", "through_seq": len(logged) - 1}
    assert [f["type"] for f in frames[1:]] == ["transient"]
    frames, _ = target.socket(
        conversation.id, query=f"?after_seq={len(logged) + 5}", channel="session"
    )
    assert [f["type"] for f in frames] == ["sync", "transient"]


@claim("start_conversation", "run", "get_conversation", "final_response")
def test_a_run_ends_finished_with_the_agents_answer(
    target: Target, finished: tuple[AgentServer, Conversation]
) -> None:
    conversation = finished[1]
    # (The real server's log starts with a SystemPromptEvent, which the fake does not send.)
    said = [e for e in conversation.events if e.kind == "MessageEvent" and e.source == "user"]
    assert [m.llm_message.content[0].text for m in said] == ["answer me"]
    assert "ActionEvent" in [e.kind for e in conversation.events]
    statuses = [
        e.value for e in conversation.events if getattr(e, "key", None) == "execution_status"
    ]
    assert statuses[0] == "running"
    assert statuses[-1] == "finished"
    assert conversation.final_response() == "done"  # the scripted LLM's, the fake's default
    info = target.rest("GET", f"/api/conversations/{conversation.id}").json()
    assert info["id"] == str(conversation.id)
    assert info["execution_status"] == "finished"


@claim("start_child")
def test_a_child_runs_its_task_linked_to_its_parent(
    target: Target, finished: tuple[AgentServer, Conversation]
) -> None:
    server, parent = finished
    if not ServerRelease(server.info().version, frozenset()).at_least(START_CHILD_SINCE):
        with pytest.raises(UnsupportedFeatureError):
            parent.start_child("a task")  # no children before 1.57: refused, nothing sent
        return
    child = parent.start_child("a task", title="child", isolation="shared")
    assert (child.parent_conversation_id, child.title) == (parent.id, "child")
    assert (child.workspace, child.isolation) == (target.workdir, "shared")
    with server.attach_conversation(child.conversation_id) as attached:
        assert attached.run(timeout=60) is ExecutionStatus.FINISHED
        said = [e for e in attached.events if e.kind == "MessageEvent" and e.source == "user"]
        assert [m.llm_message.content[0].text for m in said] == ["a task"]
        assert attached.final_response() == "done"
        info = target.rest("GET", f"/api/conversations/{child.conversation_id}").json()
        assert info["parent_conversation_id"] == str(parent.id)
        assert parent.children() == [child.conversation_id]
        attached.delete()


@claim("run_conflict")
def test_a_second_run_while_running_is_409(target: Target) -> None:
    with target.client() as server:
        conversation = server.start_conversation(target.agent("slow"), target.workdir)
        conversation.send_message("take your time")
        run = f"/api/conversations/{conversation.id}/run"
        assert target.rest("POST", run).status_code == 200
        assert target.rest("POST", run).status_code == 409
        eventually(
            lambda: conversation.refresh_state().execution_status is ExecutionStatus.FINISHED,
            what="the slow run to finish",
        )
        conversation.delete()


@claim("events_search", "events_count")
def test_the_log_pages_by_page_id_and_counts(
    target: Target, finished: tuple[AgentServer, Conversation]
) -> None:
    conversation = finished[1]
    whole = [e["id"] for e in search(target, conversation.id, limit=100)["items"]]
    paged: list[str] = []
    page_id: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 1, **({"page_id": page_id} if page_id else {})}
        page = search(target, conversation.id, **params)
        paged += [e["id"] for e in page["items"]]
        page_id = page.get("next_page_id")
        if not page_id:
            break
    assert paged == whole
    assert len(whole) > 2
    count = target.rest("GET", f"/api/conversations/{conversation.id}/events/count")
    assert count.json() == len(whole)
    assert (
        target.rest(
            "GET", f"/api/conversations/{conversation.id}/events/search", params={"limit": 0}
        ).status_code
        == 422
    )


@claim("set_title", "delete_conversation", "final_response")
def test_a_conversation_is_renamed_then_deleted(target: Target) -> None:
    with target.client() as server:
        conversation = server.start_conversation(target.agent("quick"), target.workdir)
        assert conversation.final_response() == ""  # nothing said yet
        path = f"/api/conversations/{conversation.id}"
        assert target.rest("PATCH", path, json={"title": "renamed"}).status_code == 200
        assert target.rest("GET", path).json()["title"] == "renamed"
        assert target.rest("DELETE", path).status_code == 200
        assert target.rest("GET", path).status_code == 404
        with contextlib.suppress(Exception):
            conversation.close()


@claim("unknown_conversation")
def test_an_unknown_conversation(target: Target) -> None:
    path = f"/api/conversations/{uuid.uuid4()}"
    assert target.rest("GET", path).status_code == 404
    assert target.rest("GET", f"{path}/events/search").status_code == 404
    got = {
        (method, rest): target.rest(method, path + rest).status_code
        for method, rest in (("POST", "/pause"), ("POST", "/interrupt"), ("DELETE", ""))
    }
    # Before 1.58 (seen on 1.57.0 and 1.45.0) a bare 400; the fake answers as the version it
    # reports, unless told to answer as an older one.
    version = target.rest("GET", "/server_info").json()["version"]
    expected = 404 if ServerRelease(version, frozenset()).at_least("1.58.2") else 400
    assert set(got.values()) == {expected}, got


TOKEN_STREAMS_SINCE = "1.52.0"
"""The oldest server that streams an answer on the session socket (1.45.0 sends none)."""


def _frames_of_a_run(target: Target, conversation_id: object) -> list[dict[str, Any]]:
    """The session socket's live frames from a run's start until its agent message."""

    async def listen() -> list[dict[str, Any]]:
        url = target.url.replace("http", "ws", 1) + f"/sockets/session/{conversation_id}"
        frames: list[dict[str, Any]] = []
        async with connect(url, compression=None) as ws:
            await ws.send(json.dumps({"type": "auth", "session_api_key": SESSION_API_KEY}))
            while not frames or frames[-1]["type"] != "transient":  # the greeting's end
                frames.append(json.loads(await asyncio.wait_for(ws.recv(), 30)))
            frames.clear()
            run = await asyncio.to_thread(
                target.rest, "POST", f"/api/conversations/{conversation_id}/run"
            )
            assert run.status_code == 200, run.text
            while True:
                frame = json.loads(await asyncio.wait_for(ws.recv(), 60))
                frames.append(frame)
                event = frame.get("event") or {}
                said = (event.get("kind"), event.get("source")) == ("MessageEvent", "agent")
                if frame["type"] == "durable" and said:
                    return frames

    return asyncio.run(listen())


@claim("token_streams")
def test_a_streamed_answer_comes_as_frames_then_its_message(target: Target) -> None:
    with target.client() as server:
        streams = ServerRelease(server.info().version, frozenset()).at_least(TOKEN_STREAMS_SINCE)
        conversation = server.start_conversation(target.agent("stream"), target.workdir)
        conversation.send_message("say something")
        frames = _frames_of_a_run(target, conversation.id)
        message = frames[-1]["event"]
        stream = [f for f in frames if f["type"] in ("item_started", "delta", "item_aborted")]
        if not streams:
            assert stream == []
        else:
            started, deltas = stream[0], stream[1:]
            assert started == {
                "type": "item_started",
                "item_id": message["id"],
                "attempt": 1,
                "anchor_seq": started["anchor_seq"],
            }
            # The item follows a logged event: the one before its message, or earlier.
            assert 0 <= started["anchor_seq"] < frames[-1]["seq"]
            assert len(deltas) > 1, "the answer came in several deltas"
            keys = ["attempt", "choice_index", "chunk_id", "content", "item_id", "kind"]
            assert [sorted(d) for d in deltas] == [[*keys, "order", "type"]] * len(deltas)
            response = deltas[0]["chunk_id"]  # the LLM response's id: one for the answer
            assert isinstance(response, str) and response
            assert [
                (d["item_id"], d["attempt"], d["kind"], d["chunk_id"], d["choice_index"])
                for d in deltas
            ] == [(message["id"], 1, "text", response, 0)] * len(deltas)
            assert [d["order"] for d in deltas] == list(range(len(deltas)))
            assert "".join(d["content"] for d in deltas) == STREAM_TEXT
        assert message["llm_message"]["content"][0]["text"] == STREAM_TEXT
        eventually(
            lambda: conversation.refresh_state().execution_status is ExecutionStatus.FINISHED,
            what="the run to finish",
        )
        conversation.delete()
