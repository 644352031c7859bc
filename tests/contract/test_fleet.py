"""A batch across two real local servers, one killed mid-batch (issue 23's done-when).

Runs against the pinned server only: the fleet and the batch runner use the client calls
every other contract test already holds to each tested server version, and a second server
start plus a batch costs ~25 s per run of the suite, which ``make test`` runs five times.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import httpx
import pytest

from harness.agent_server import AgentServerProcess, server_python
from openhands_client.fleet import AgentFleet, run_many
from openhands_client.providers import LocalServer, ServerEndpoint
from tests.conftest import SESSION_API_KEY, AgentFactory

# Driving two servers costs ~25 s a run; the fleet's own logic does not depend on the server's
# version (its calls are contract-tested on every version by the rest of the suite).
pytestmark = pytest.mark.pinned_server


def _kill_when_running(server: LocalServer, output: Path, stop: threading.Event) -> None:
    """Kill ``server`` once round one is written (3 lines) and it has run a round-two
    conversation for two polls in a row (created and opened by the fleet)."""
    seen = 0
    while not stop.wait(0.25):
        lines = output.read_text().count("\n") if output.exists() else 0
        reply = httpx.get(
            f"{server.url}/api/conversations/count",
            params={"status": "running"},
            headers={"X-Session-API-Key": server.api_key or ""},
            timeout=5,
        )
        seen = seen + 1 if lines >= 3 and reply.json() > 0 else 0
        if seen >= 2:
            server.kill()
            return


def test_a_killed_server_loses_no_finished_result_and_a_rerun_completes_the_rest(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    doomed = LocalServer(server_python(), workdir=tmp_path / "doomed", max_concurrent_runs=2)
    shared = ServerEndpoint(agent_server.url, SESSION_API_KEY)
    output = tmp_path / "results.jsonl"
    tasks = [{"id": f"task-{n}", "message": f"task {n}"} for n in range(6)]
    agent = make_agent("slow-think-6-400")
    stop = threading.Event()
    # The shared server runs one task at a time, the doomed one two: round one puts two
    # there, and round two (placed as round one's slots free up) at least two more.
    with AgentFleet(
        [shared, doomed], max_concurrent_runs=1, health_interval=0.5, probe_timeout=2.0
    ) as fleet:
        killer = threading.Thread(target=_kill_when_running, args=(doomed, output, stop))
        killer.start()
        try:
            report = fleet.run_many(
                tasks, agent, output=output, concurrency=3, working_dir=str(agent_server.workdir)
            )
        finally:
            stop.set()
            killer.join()
        assert doomed.pid is None, "the doomed server was never killed"
        lost_ids = {lost.conversation_id for lost in fleet.lost}

    written = [json.loads(line) for line in output.read_text().splitlines()]
    assert [r["id"] for r in written] == [r.id for r in report.results]
    assert all(r["status"] == "finished" and r["final_answer"] for r in written)
    assert len(written) >= 3 and report.lost and not report.failed
    # The dead server's conversations are reported, with their last status (mid-run).
    assert {t.conversation.conversation_id for t in report.lost} <= lost_ids
    assert all(t.conversation.server == doomed.url for t in report.lost)
    assert all(t.conversation.last_status.value == "running" for t in report.lost)
    assert {t.id for t in report.lost}.isdisjoint(r["id"] for r in written)

    rerun = run_many(
        tasks, agent, servers=[shared], output=output, working_dir=str(agent_server.workdir)
    )
    assert rerun.complete and rerun.skipped == len(written)
    assert {r.id for r in rerun.results} == {t.id for t in report.lost} | set(report.failed)
    final = [json.loads(line)["id"] for line in output.read_text().splitlines()]
    assert sorted(final) == sorted(t["id"] for t in tasks)
