"""AsyncRuntimeAPIServer against the Runtime API stand-in: upstream's calls, shapes, errors."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from openhands_client.providers import AsyncRuntimeAPIServer, ProviderError, RuntimeAPIServer
from openhands_client.testing import RuntimeAPIStandIn

KEY = "runtime-key"


@pytest.fixture
def stand_in() -> Iterator[RuntimeAPIStandIn]:
    with RuntimeAPIStandIn(KEY, pending_polls=0) as api:
        yield api


def provider(api: RuntimeAPIStandIn, **options: object) -> AsyncRuntimeAPIServer:
    return AsyncRuntimeAPIServer(api.url, KEY, server_image="ghcr.io/x/agent-server:1", **options)  # type: ignore[arg-type]


async def test_start_sends_upstreams_request_and_waits_until_alive(
    stand_in: RuntimeAPIStandIn,
) -> None:
    stand_in.pending_polls = 1  # one "pending" answer first: start() must poll again
    server = provider(stand_in, resource_factor=2, environment={"A": "b"})
    endpoint = await server.start()
    runtime = stand_in.runtimes[server.session_id]
    assert endpoint.url == runtime["url"] and endpoint.api_key == runtime["session_api_key"]
    assert server.runtime_id == runtime["runtime_id"]
    assert runtime["start"] == {
        "image": "ghcr.io/x/agent-server:1",
        "command": "/usr/local/bin/openhands-agent-server --port 60000",
        "working_dir": "/",
        "environment": {"A": "b"},
        "session_id": server.session_id,
        "run_as_user": 10001,
        "fs_group": 10001,
        "image_pull_policy": "IfNotPresent",
        "runtime_class": "sysbox-runc",
        "resource_factor": 2,
    }
    calls = [(method, path) for method, path, _ in stand_in.requests]
    session = f"/sessions/{server.session_id}"
    health = f"/runtimes/{server.runtime_id}/health"
    assert calls == [
        ("GET", session),
        ("POST", "/start"),
        ("GET", session),
        ("GET", session),
        ("GET", health),
    ]
    await server.stop()
    assert stand_in.requests[-1] == ("POST", "/stop", {"runtime_id": runtime["runtime_id"]})
    assert server.session_id not in stand_in.runtimes and server.endpoint is None
    await server.stop()  # idempotent: nothing more is sent
    assert stand_in.requests[-1][1] == "/stop" and len(stand_in.requests) == 6


async def test_pause_resume_and_attach_to_a_paused_runtime(stand_in: RuntimeAPIStandIn) -> None:
    first = provider(stand_in, on_stop="pause")
    await first.start()
    runtime_id = first.runtime_id
    await first.pause()
    assert stand_in.runtimes[first.session_id]["status"] == "paused"
    await first.resume()
    assert stand_in.runtimes[first.session_id]["status"] == "running"
    await first.stop()  # on_stop="pause": paused, not stopped
    assert stand_in.runtimes[first.session_id]["status"] == "paused"

    again = provider(stand_in, session_id=first.session_id)
    endpoint = await again.start()  # attaches (and resumes), starts nothing
    assert again.runtime_id == runtime_id and endpoint.url.endswith(f"/runtimes/{runtime_id}")
    assert [p for _, p, _ in stand_in.requests].count("/start") == 1
    assert ("POST", "/resume", {"runtime_id": runtime_id}) in stand_in.requests
    await again.stop()


async def test_errors_carry_the_runtime_apis_answer_and_clean_up(
    stand_in: RuntimeAPIStandIn, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = AsyncRuntimeAPIServer(stand_in.url, "wrong", server_image="i")
    with pytest.raises(ProviderError, match="HTTP 401") as refused:
        await wrong.start()
    assert refused.value.status_code == 401 and refused.value.body == {"detail": "invalid API key"}

    stand_in.fail_next["/start"] = (503, {"detail": "no capacity"})
    with pytest.raises(ProviderError, match="no capacity"):
        await provider(stand_in).start()

    stand_in.pod_status = "crashloopbackoff"
    crashing = provider(stand_in)
    with caplog.at_level(logging.WARNING), pytest.raises(ProviderError, match="crashed"):
        await crashing.start()
    assert stand_in.requests[-1][1] == "/stop" and not stand_in.runtimes  # cleaned up


async def test_a_runtime_that_never_gets_ready_times_out(stand_in: RuntimeAPIStandIn) -> None:
    stand_in.pending_polls = 1000
    with pytest.raises(ProviderError, match=r"not alive after 0\.2 s: pod status pending"):
        await provider(stand_in, startup_wait_timeout=0.2).start()


def test_bad_arguments_fail_before_any_request(stand_in: RuntimeAPIStandIn) -> None:
    for bad in ({"resource_factor": 3}, {"on_stop": "drop"}, {"api_timeout": 0}):
        with pytest.raises(ValueError):
            provider(stand_in, **bad)
    with pytest.raises(TypeError, match="unexpected keyword argument 'on_exit'"):
        provider(stand_in, on_exit="keep")
    assert stand_in.requests == []


def test_the_sync_twin(stand_in: RuntimeAPIStandIn) -> None:
    with RuntimeAPIServer(stand_in.url, KEY, server_image="i") as server:
        assert server.endpoint is not None and server.runtime_id is not None
        assert server.attach()  # its runtime exists
        server.pause()
        server.resume()
    assert not stand_in.runtimes


async def test_the_stand_in_can_launch_real_servers(stand_in: RuntimeAPIStandIn) -> None:
    launched: list[tuple[str, dict[str, object]]] = []

    def launch(runtime_id: str, body: dict[str, object]) -> tuple[str, str | None]:
        launched.append((runtime_id, body))
        return f"{stand_in.url}/runtimes/{runtime_id}", "its-session-key"

    stand_in.launch = launch
    server = provider(stand_in)
    endpoint = await server.start()
    assert [(rid, body["image"]) for rid, body in launched] == [
        (server.runtime_id, "ghcr.io/x/agent-server:1")
    ]
    assert endpoint.api_key == "its-session-key"
    await server.stop()
