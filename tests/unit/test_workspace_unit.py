"""Workspace and server-level APIs on a mock transport: edge cases a real server rarely shows."""

from __future__ import annotations

import email
import email.policy
import hashlib
import inspect
import io
import json
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from openhands_client import (
    AgentServer,
    AgentServerError,
    AsyncAgentServer,
    AsyncConversation,
    AuthenticationError,
    CommandTimeoutError,
    ExecutionStatus,
    NotFoundError,
    ServerNotReadyError,
    TransportError,
)
from openhands_client._bash import AsyncRunningCommand
from openhands_client._conversation import new_feed
from tests.unit.fakes import conversation_info

URL = "http://agent.test"
WORKDIR = "/work/dir"
Handler = Callable[[httpx.Request], "httpx.Response | Awaitable[httpx.Response]"]


class Recorder:
    """A MockTransport handler that records every request it answers."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.handler(request)
        return await answer if inspect.isawaitable(answer) else answer

    @property
    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]


def not_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"unexpected request {request.method} {request.url}")


@pytest.fixture
async def connect() -> AsyncIterator[Callable[[Handler], tuple[AsyncAgentServer, Recorder]]]:
    """``connect(handler)``: an async client whose every request goes to ``handler``."""
    servers: list[AsyncAgentServer] = []

    def make(handler: Handler) -> tuple[AsyncAgentServer, Recorder]:
        recorder = Recorder(handler)
        servers.append(AsyncAgentServer(URL, "key", transport=httpx.MockTransport(recorder)))
        return servers[-1], recorder

    yield make
    for server in servers:
        await server.close()


def bash_command(command_id: uuid.UUID) -> dict[str, Any]:
    """The server's answer to starting ``job``."""
    return {
        "kind": "BashCommand",
        "id": command_id.hex,
        "command": "job",
        "timeout": 300,
        "timestamp": "2025-01-01T12:00:00Z",
    }


def bash_output(command_id: uuid.UUID, order: int, **fields: Any) -> dict[str, Any]:
    return {
        "kind": "BashOutput",
        "id": uuid.uuid4().hex,
        "timestamp": "2025-01-01T12:00:00Z",
        "command_id": command_id.hex,
        "order": order,
        **fields,
    }


# -- input checked before any request -------------------------------------------------------


async def test_bad_input_raises_before_any_request(connect: Any, tmp_path: Path) -> None:
    server, recorder = connect(not_called)
    ws = server.workspace(WORKDIR)
    with pytest.raises(ValueError):
        server.workspace("relative/dir")
    for command, timeout in [("", 10), ("  ", 10), ("ls", 0), ("ls", 1.5), ("ls", True)]:
        with pytest.raises(ValueError):
            await ws.execute_command(command, timeout=timeout)
        with pytest.raises(ValueError):
            await ws.start_command(command, timeout=timeout)
    with pytest.raises(ValueError):
        await ws.git_diff("")
    with pytest.raises(ValueError):
        server.conversations(status="sleeping")
    with pytest.raises(ValueError):
        server.conversations(status=ExecutionStatus.UNKNOWN)
    with pytest.raises(ValueError):
        server.conversations(sort="NEWEST")  # type: ignore[arg-type]
    for size in (0, 101, True):
        with pytest.raises(ValueError):
            server.conversations(page_size=size)
    with pytest.raises(ValueError):
        await server.count_conversations(status="sleeping")
    with pytest.raises(ValueError):
        await server.wait_until_ready(0)
    assert recorder.requests == []


async def test_unreadable_local_file_raises_oserror_before_request(
    connect: Any, tmp_path: Path
) -> None:
    server, recorder = connect(not_called)
    ws = server.workspace(WORKDIR)
    with pytest.raises(FileNotFoundError):
        await ws.upload(tmp_path / "missing.bin", "x.bin")
    with pytest.raises(IsADirectoryError):
        await ws.upload(tmp_path, "x.bin")
    with (tmp_path / "out.bin").open("wb") as write_only, pytest.raises(io.UnsupportedOperation):
        await ws.upload(write_only, "x.bin")
    with (tmp_path / "out.bin").open("r") as text, pytest.raises(TypeError):
        await ws.upload(text, "x.bin")  # type: ignore[arg-type]
    assert isinstance(io.UnsupportedOperation(), OSError)
    assert recorder.requests == []


async def test_unwritable_local_target_raises_oserror_before_request(
    connect: Any, tmp_path: Path
) -> None:
    server, recorder = connect(not_called)
    ws = server.workspace(WORKDIR)
    with pytest.raises(FileNotFoundError):
        await ws.download("x.bin", tmp_path / "no-such-dir" / "x.bin")
    with pytest.raises(IsADirectoryError):
        await ws.download("x.bin", tmp_path)
    with (tmp_path / "in.bin").open("wb") as f:
        f.write(b"x")
    with (tmp_path / "in.bin").open("rb") as read_only, pytest.raises(io.UnsupportedOperation):
        await ws.download("x.bin", read_only)
    assert recorder.requests == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.bin"]


# -- files -----------------------------------------------------------------------------------


def multipart_file(request: httpx.Request, body: bytes) -> bytes:
    """The ``file`` field of a multipart/form-data body, parsed by the standard library."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = email.message_from_bytes(head + body, policy=email.policy.HTTP)
    (part,) = message.iter_parts()
    assert part.get_param("name", header="content-disposition") == "file"
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


async def test_upload_streams_a_valid_multipart_body(connect: Any, tmp_path: Path) -> None:
    data = bytes(range(256)) * 9000  # ~2.3 MB: several chunks
    source = tmp_path / "data.bin"
    source.write_bytes(data)
    received: dict[str, Any] = {}

    async def handler(request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        received.update(
            path=request.url.params["path"],
            length=int(request.headers["content-length"]),
            body_length=len(body),
            file=multipart_file(request, body),
        )
        return httpx.Response(200, json={"success": True, "file_size": len(received["file"])})

    server, _ = connect(handler)
    progress: list[tuple[int, int | None]] = []
    result = await server.workspace(WORKDIR).upload(
        source, "sub/data.bin", progress=lambda done, total: progress.append((done, total))
    )
    assert received["path"] == f"{WORKDIR}/sub/data.bin"
    assert received["file"] == data
    assert received["length"] == received["body_length"]
    assert result.remote_path == f"{WORKDIR}/sub/data.bin"
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert len(progress) > 1
    assert [done for done, _ in progress] == sorted({done for done, _ in progress})
    assert progress[-1] == (len(data), len(data))


async def test_upload_from_a_stream_of_unknown_size(connect: Any) -> None:
    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            chunk = self._data.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    async def handler(request: httpx.Request) -> httpx.Response:
        assert "content-length" not in request.headers
        payload = multipart_file(request, await request.aread())
        return httpx.Response(200, json={"success": True, "file_size": len(payload)})

    server, _ = connect(handler)
    progress: list[tuple[int, int | None]] = []
    result = await server.workspace(WORKDIR).upload(
        io.BufferedReader(Pipe(b"streamed")), "/abs/p.txt", progress=lambda *a: progress.append(a)
    )
    assert (result.remote_path, result.size) == ("/abs/p.txt", 8)
    assert progress == [(8, None)]


async def test_upload_fails_when_the_server_stored_a_different_size(
    connect: Any, tmp_path: Path
) -> None:
    (tmp_path / "f").write_bytes(b"12345")
    server, _ = connect(lambda request: httpx.Response(200, json={"file_size": 4}))
    with pytest.raises(AgentServerError, match="stored 4"):
        await server.workspace(WORKDIR).upload(tmp_path / "f", "f")


@pytest.mark.parametrize(
    ("answer", "ok"), [({"success": True}, True), ({"success": True, "size": 5}, False)]
)
async def test_upload_to_an_older_server_that_answers_without_the_size(
    connect: Any, tmp_path: Path, answer: dict[str, Any], ok: bool
) -> None:
    (tmp_path / "f").write_bytes(b"12345")
    server, _ = connect(lambda request: httpx.Response(200, json=answer))
    if ok:
        assert (await server.workspace(WORKDIR).upload(tmp_path / "f", "f")).size == 5
    else:
        with pytest.raises(AgentServerError, match="unexpected response body"):
            await server.workspace(WORKDIR).upload(tmp_path / "f", "f")


async def test_download_streams_into_a_path_and_a_file_object(connect: Any, tmp_path: Path) -> None:
    data = b"x" * 3_000_000

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["path"] == f"{WORKDIR}/remote.bin"
        return httpx.Response(200, content=data, headers={"Content-Length": str(len(data))})

    server, _ = connect(handler)
    ws = server.workspace(WORKDIR)
    seen: list[tuple[int, int | None]] = []
    result = await ws.download(
        "remote.bin", tmp_path / "local.bin", progress=lambda *a: seen.append(a)
    )
    assert (tmp_path / "local.bin").read_bytes() == data
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert seen[-1] == (len(data), len(data))
    assert [p.name for p in tmp_path.iterdir()] == ["local.bin"]
    sink = io.BytesIO()
    await ws.download("remote.bin", sink)
    assert sink.getvalue() == data


async def test_failed_download_leaves_no_local_file(connect: Any, tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["path"].endswith("missing"):
            return httpx.Response(404, json={"detail": "File not found"})
        return httpx.Response(200, content=b"short", headers={"Content-Length": "10"})

    server, _ = connect(handler)
    ws = server.workspace(WORKDIR)
    (tmp_path / "keep.bin").write_bytes(b"old")
    with pytest.raises(NotFoundError):
        await ws.download("missing", tmp_path / "keep.bin")
    with pytest.raises(TransportError, match="5 of 10"):
        await ws.download("truncated", tmp_path / "new.bin")
    assert [p.name for p in tmp_path.iterdir()] == ["keep.bin"]
    assert (tmp_path / "keep.bin").read_bytes() == b"old"


# -- commands --------------------------------------------------------------------------------


async def test_execute_returns_exit_code_and_output(connect: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert body == {"command": "make", "cwd": f"{WORKDIR}/src", "timeout": 7}
        out = bash_output(uuid.uuid4(), 0, exit_code=2, stdout="out\n", stderr=None)
        return httpx.Response(200, json=out)

    server, _ = connect(handler)
    result = await server.workspace(WORKDIR).execute_command("make", cwd="src", timeout=7)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "out\n", "")
    assert not result.timed_out
    assert not result.ok


async def test_execute_in_a_missing_cwd_is_not_found(connect: Any) -> None:
    error = "Error executing command: [Errno 2] No such file or directory: '/nope'"
    server, _ = connect(
        lambda request: httpx.Response(
            200, json=bash_output(uuid.uuid4(), 0, exit_code=-1, stderr=error)
        )
    )
    with pytest.raises(NotFoundError, match="could not start"):
        await server.workspace(WORKDIR).execute_command("ls", cwd="/nope")


async def test_execute_killed_early_is_not_a_timeout(connect: Any) -> None:
    server, _ = connect(
        lambda request: httpx.Response(200, json=bash_output(uuid.uuid4(), 0, exit_code=-1))
    )
    result = await server.workspace(WORKDIR).execute_command("kill -HUP $$", timeout=30)
    assert result.exit_code == -1
    assert not result.timed_out


async def test_started_command_output_is_polled_in_order_without_duplicates(
    connect: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MIN_SECONDS", 0.001)
    monkeypatch.setattr(AsyncRunningCommand, "POLL_MAX_SECONDS", 0.005)
    command_id = uuid.uuid4()
    first = bash_output(command_id, 0, stdout="a")
    # What the server has stored after each poll: output piece by piece, stdout and stderr
    # sharing order 1, then the last piece with the exit code.
    stored = [
        [],
        [first],
        [first, bash_output(command_id, 1, stdout="b")],
        [first, bash_output(command_id, 1, stderr="e")],
        [bash_output(command_id, 2, stdout="c", exit_code=0)],
    ]
    polls: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/bash/start_bash_command":
            return httpx.Response(200, json=bash_command(command_id))
        polls.append(dict(request.url.params))
        items = stored[min(len(polls) - 1, len(stored) - 1)]
        return httpx.Response(200, json={"items": items, "next_page_id": None})

    server, _ = connect(handler)
    command = await server.workspace(WORKDIR).start_command("job")
    chunks = [chunk async for chunk in command.output()]
    assert [(c.order, c.stdout, c.stderr, c.exit_code) for c in chunks] == [
        (0, "a", "", None),
        (1, "b", "", None),
        (1, "", "e", None),
        (2, "c", "", 0),
    ]
    assert polls[0]["command_id__eq"] == str(command_id)
    assert polls[0]["kind__eq"] == "BashOutput"
    # Each poll asks again from the highest order seen (stdout and stderr may share one).
    assert [p.get("order__gt") for p in polls] == [None, None, "-1", "0", "0"]
    result = await command.wait()
    assert (result.exit_code, result.stdout, result.stderr, result.timed_out) == (
        0,
        "abc",
        "e",
        False,
    )


async def test_wait_with_a_deadline_raises_timeout_while_the_command_runs(connect: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/bash/start_bash_command":
            return httpx.Response(200, json=bash_command(uuid.uuid4()))
        return httpx.Response(200, json={"items": []})

    server, _ = connect(handler)
    command = await server.workspace(WORKDIR).start_command("sleep 100")
    started = time.monotonic()
    with pytest.raises(TimeoutError) as caught:
        await command.wait(timeout=0.2)
    assert isinstance(caught.value, CommandTimeoutError) and caught.value.command_id == command.id
    assert time.monotonic() - started < 1.0
    assert not command.done
    with pytest.raises(RuntimeError):
        command.result()


# -- git -------------------------------------------------------------------------------------


async def test_git_paths_resolve_against_the_workspace(connect: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.params["path"]
        if request.url.path == "/api/git/changes":
            assert path == WORKDIR
            return httpx.Response(200, json=[{"path": "a.txt", "status": "UPDATED"}])
        if path.endswith("gone.txt"):
            return httpx.Response(400, json={"detail": f"File does not exist: {path}"})
        assert path == f"{WORKDIR}/a.txt"
        return httpx.Response(200, json={"original": "1", "modified": "2"})

    server, _ = connect(handler)
    ws = server.workspace(WORKDIR)
    (change,) = await ws.git_changes()
    assert (change.path, change.status) == ("a.txt", "UPDATED")
    diff = await ws.git_diff("a.txt")
    assert (diff.original, diff.modified) == ("1", "2")
    with pytest.raises(NotFoundError):
        await ws.git_diff("gone.txt")


# -- readiness -------------------------------------------------------------------------------


async def test_wait_until_ready_retries_while_starting(connect: Any) -> None:
    answers: list[httpx.Response | Exception] = [
        httpx.ConnectError("connection refused"),
        httpx.Response(503, json={"status": "initializing"}),
        httpx.Response(503, json={"status": "initializing"}),
        httpx.Response(200, json={"status": "ready"}),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    server, recorder = connect(handler)
    await server.wait_until_ready(timeout=10)
    assert recorder.paths == ["/ready"] * 4


async def test_wait_until_ready_gives_up_at_the_deadline(connect: Any) -> None:
    server, recorder = connect(lambda request: httpx.Response(503, json={"status": "initializing"}))
    started = time.monotonic()
    with pytest.raises(ServerNotReadyError, match=r"not ready after 0\.5 s") as caught:
        await server.wait_until_ready(timeout=0.5)
    assert 0.5 <= time.monotonic() - started < 1.5
    assert caught.value.status_code == 503
    assert len(recorder.requests) > 2


async def test_wait_until_ready_raises_other_errors_at_once(connect: Any) -> None:
    server, recorder = connect(lambda request: httpx.Response(401, json={"detail": "no"}))
    with pytest.raises(AuthenticationError):
        await server.wait_until_ready(timeout=10)
    assert len(recorder.requests) == 1


# -- conversation search ---------------------------------------------------------------------


def conversation_pages(ids: list[uuid.UUID], size: int) -> Handler:
    """Pages of ``size`` like the server's: ``next_page_id`` is the next page's first id (hex)."""

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        start = next(
            (i for i, cid in enumerate(ids) if cid.hex == params.get("page_id")),
            0,
        )
        page = ids[start : start + size]
        following = ids[start + size : start + size + 1]
        return httpx.Response(
            200,
            json={
                "items": [conversation_info(cid, "idle") for cid in page],
                "next_page_id": following[0].hex if following else None,
            },
        )

    return handler


async def test_conversations_are_fetched_lazily_page_by_page(connect: Any) -> None:
    ids = [uuid.uuid4() for _ in range(5)]
    server, recorder = connect(conversation_pages(ids, 2))
    found = server.conversations(status=ExecutionStatus.IDLE, sort="CREATED_AT", page_size=2)
    assert recorder.requests == []
    first = await found.__anext__()
    assert first.id == ids[0]
    # One type per concept: a listed conversation's status is the same enum as conv.state's.
    assert first.execution_status is ExecutionStatus.IDLE and first.info.id == ids[0]
    assert len(recorder.requests) == 1
    params = recorder.requests[0].url.params
    assert (params["status"], params["sort_order"], params["limit"]) == ("idle", "CREATED_AT", "2")
    rest = [info.id async for info in found]
    assert [first.id, *rest] == ids
    assert len(recorder.requests) == 3


async def test_conversations_survive_a_restarted_walk(connect: Any) -> None:
    # A cursor whose conversation was deleted makes the server start over from the first page.
    ids = [uuid.uuid4() for _ in range(3)]
    pages = {
        None: ([ids[0], ids[1]], "deleted"),
        "deleted": ([ids[0], ids[1]], "deleted"),
    }

    def handler(request: httpx.Request) -> httpx.Response:
        items, following = pages[request.url.params.get("page_id")]
        return httpx.Response(
            200,
            json={
                "items": [conversation_info(cid, "idle") for cid in items],
                "next_page_id": following,
            },
        )

    server, recorder = connect(handler)
    assert [info.id async for info in server.conversations(page_size=2)] == ids[:2]
    assert len(recorder.requests) == 2


async def test_count_conversations(connect: Any) -> None:
    server, recorder = connect(lambda request: httpx.Response(200, json=7))
    assert await server.count_conversations(status="finished") == 7
    assert recorder.requests[0].url.params["status"] == "finished"


# -- the synchronous twins -------------------------------------------------------------------


def test_sync_twins_share_the_async_implementation(tmp_path: Path) -> None:
    ids = [uuid.uuid4() for _ in range(3)]
    pages = conversation_pages(ids, 1)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/conversations/search":
            response = pages(request)
            assert isinstance(response, httpx.Response)
            return response
        if request.url.path == "/api/bash/execute_bash_command":
            return httpx.Response(200, json=bash_output(uuid.uuid4(), 0, exit_code=0, stdout="hi"))
        if request.url.path == "/api/file/upload":
            return httpx.Response(200, json={"file_size": 3})
        return httpx.Response(200, json={"status": "ready"})

    recorder = Recorder(handler)
    (tmp_path / "f").write_bytes(b"abc")
    with AgentServer(URL, "key", transport=httpx.MockTransport(recorder)) as server:
        server.wait_until_ready(timeout=5)
        ws = server.workspace(WORKDIR)
        assert ws.execute_command("echo hi").stdout == "hi"
        assert ws.upload(tmp_path / "f", "f").sha256 == hashlib.sha256(b"abc").hexdigest()
        with pytest.raises(FileNotFoundError):
            ws.upload(tmp_path / "missing", "f")
        assert [info.id for info in server.conversations(page_size=1)] == ids
    assert recorder.paths.count("/api/conversations/search") == 3


async def test_conversation_workspace_is_its_working_dir(connect: Any) -> None:
    server, _ = connect(not_called)
    cid = uuid.uuid4()
    info = conversation_info(cid, "idle", working_dir="/w/conv")
    feed = new_feed(server._connection, cid, info)
    conversation = AsyncConversation(server._connection, feed, attach=server.attach_conversation)
    assert conversation.workspace.working_dir == "/w/conv"
    assert conversation.workspace.path("a/b.txt") == "/w/conv/a/b.txt"
    assert conversation.workspace.path("/etc/hosts") == "/etc/hosts"
