"""Replaying a real server's recorded session (``openhands_client.testing``, issue 22: 1).

``data/think-1.recording.json`` is what the pinned server said to a client asking a scripted
agent one question (written by tests/contract/test_recording.py with OPENHANDS_RECORD_TO set).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from harness.scripted_llm import FINISH_MESSAGE
from openhands_client import AgentServer, ExecutionStatus
from openhands_client.testing import Recording, ReplayServer, agent_json
from tests.unit.conftest import API_KEY

RECORDING = Path(__file__).parent / "data" / "think-1.recording.json"


def persisted_ids(recording: Recording) -> list[str]:
    """The ids of the persisted events the recorded session socket carried, in ``seq`` order."""
    frames = [json.loads(f.data) for s in recording.sockets for f in s.frames]
    durable = {f["seq"]: f["event"]["id"] for f in frames if f.get("type") == "durable"}
    return [durable[seq] for seq in sorted(durable)]


def ask(server: AgentServer) -> tuple[ExecutionStatus, list[str], str]:
    conversation = server.start_conversation(agent_json(), "/w")
    conversation.send_message("answer me")
    status = conversation.run(timeout=10)
    return status, [e.id for e in conversation.events], conversation.final_response()


def test_a_recorded_real_session_replays_to_the_client() -> None:
    recording = Recording.load(RECORDING)
    with ReplayServer(recording, API_KEY) as replay, replay.client() as server:
        status, ids, answer = ask(server)
    assert status is ExecutionStatus.FINISHED
    assert answer == FINISH_MESSAGE
    assert ids == persisted_ids(recording)
    assert replay.misses == []


def get(replay: ReplayServer, path: str, key: str | None) -> int:
    """The status of ``GET path`` on the replay (with ``key``, if any)."""

    async def request() -> int:
        headers = {"X-Session-API-Key": key} if key else {}
        async with httpx.AsyncClient(transport=replay.transport, base_url=replay.url) as http:
            return (await http.get(path, headers=headers)).status_code

    return asyncio.run(request())


def test_a_request_the_recording_never_answered_is_a_404_and_a_miss() -> None:
    with ReplayServer(RECORDING) as replay:
        assert get(replay, "/server_info", None) == 200
        assert get(replay, "/api/conversations/search", None) == 404
    assert replay.misses == ["GET /api/conversations/search"]


def test_replay_keeps_the_rest_auth_rule() -> None:
    with ReplayServer(RECORDING, API_KEY) as replay:
        assert get(replay, "/server_info", "wrong") == 401
        assert get(replay, "/server_info", API_KEY) == 200


def test_a_recording_round_trips_and_another_file_is_refused(tmp_path: Path) -> None:
    recording = Recording.load(RECORDING)
    recording.save(tmp_path / "copy.json")
    assert Recording.load(tmp_path / "copy.json") == recording
    (tmp_path / "other.json").write_text('{"format": 0}')
    with pytest.raises(ValueError, match="not a recording in format 1"):
        Recording.load(tmp_path / "other.json")


def test_a_client_leaving_before_the_run_stops_the_replay_cleanly() -> None:
    """The run's frames wait for requests that never come: the replay still stops."""
    with ReplayServer(RECORDING, API_KEY) as replay, replay.client() as server:
        conversation = server.start_conversation(agent_json(), "/w")
        conversation.close()
    assert replay.misses == []
