"""The examples, the CLI and `make demo`'s launcher, run as a user runs them, on the real server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM
from tests.conftest import SESSION_API_KEY
from tests.contract.helpers import expected_ids

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]


def environment(server: AgentServerProcess, llm: ScriptedLLM, script: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LLM_MODEL", "AGENT_SERVER_URL")}
    env.update(
        AGENT_SERVER_URL=server.url,
        SESSION_API_KEY=SESSION_API_KEY,
        LLM_MODEL=f"openai/{script}",
        LLM_BASE_URL=llm.base_url,
        WORKING_DIR=str(server.workdir),
    )
    return env


def run(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "openhands_client", *args], env)


def test_quickstart_streams_and_summarises(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "think-2")
    result = run([sys.executable, "examples/quickstart.py"], env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("think(") == 2 and out.count("finish(") == 1
    assert "\033[" not in out  # no colours when stdout is not a terminal
    assert "status:  finished" in out and "tokens:" in out and "time:" in out


def test_async_many_example(agent_server: AgentServerProcess, scripted_llm: ScriptedLLM) -> None:
    env = {**environment(agent_server, scripted_llm, "think-1"), "COUNT": "4"}
    result = run([sys.executable, "examples/async_many.py"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("finished") == 4


def test_workspace_tour_example(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM, tmp_path: Path
) -> None:
    env = {**environment(agent_server, scripted_llm, "think-1"), "WORKING_DIR": str(tmp_path)}
    result = run([sys.executable, "examples/workspace_tour.py"], env)
    assert result.returncode == 0, result.stderr
    assert "setup: exit 0, 'ready'" in result.stdout
    assert "the download's sha256 matches: True" in result.stdout
    assert "git: UPDATED greeting.txt" in result.stdout
    assert "git: ADDED notes.md" in result.stdout
    assert "greeting.txt was 'hello', is 'hello, world'" in result.stdout


def test_cli_run_list_show_events_info(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "think-1")
    ran = cli("run", "say hi", "--working-dir", str(agent_server.workdir), env=env)
    assert ran.returncode == 0, ran.stderr
    conversation_id = ran.stdout.split()[1]
    assert "status:  finished" in ran.stdout

    listed = cli("list", "--status", "finished", env=env)
    assert listed.returncode == 0 and conversation_id in listed.stdout

    shown = cli("show", conversation_id, env=env)
    assert shown.returncode == 0
    assert "status:  finished" in shown.stdout
    assert f"events:  {len(expected_ids(agent_server, conversation_id))}" in shown.stdout

    events = cli("events", conversation_id, env=env)
    assert events.returncode == 0
    assert events.stdout.count("ActionEvent") == 2

    info = cli("info", env=env)
    assert info.returncode == 0 and "sdk_version:" in info.stdout


def test_cli_exit_codes(agent_server: AgentServerProcess, scripted_llm: ScriptedLLM) -> None:
    env = {**environment(agent_server, scripted_llm, "error"), "LLM_NUM_RETRIES": "0"}
    failed = cli("run", "fail please", "--working-dir", str(agent_server.workdir), env=env)
    assert failed.returncode == 1
    assert "status:  error" in failed.stdout

    missing = cli("show", "00000000-0000-4000-8000-000000000000", env=env)
    assert missing.returncode == 3
    assert cli("show", "not-a-uuid", env=env).returncode == 2
    assert cli("--api-key", "wrong", "list", env=env).returncode == 4
    assert cli("--url", "http://127.0.0.1:9", "info", env=env).returncode == 5


def test_cli_events_follow_prints_live_events(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "slow-think-3-400")
    started = cli("run", "warm up", "--working-dir", str(agent_server.workdir), env=env)
    conversation_id = started.stdout.split()[1]
    follower = subprocess.Popen(
        [sys.executable, "-m", "openhands_client", "events", conversation_id, "--follow"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(2.0)  # the follower prints the log and subscribes
        again = cli(
            "run", "again", "--working-dir", str(agent_server.workdir), env=env
        )  # a new conversation: the follower must not see it
        assert again.returncode == 0
        import httpx

        with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
            message = {"role": "user", "content": [{"type": "text", "text": "more"}], "run": True}
            http.post(f"/api/conversations/{conversation_id}/events", json=message)
        time.sleep(4.0)
    finally:
        follower.send_signal(signal.SIGINT)
        out, _ = follower.communicate(timeout=30)
    assert follower.returncode == 130
    assert out.count("finish(") == 2  # one from the log, one that arrived live
    assert "more" in out


def test_demo_launcher_runs_end_to_end_and_leaves_nothing_behind() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("AGENT_SERVER_URL", "LLM_MODEL")}
    result = run([sys.executable, "examples/run_demo.py"], env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    # The scripted agent wrote a program with the terminal and ran it; the demo ends with the diff.
    assert result.stdout.count("terminal(") == 2 and result.stdout.count("finish(") == 1
    assert "terminal → 2 3 5 7 11 13 17 19 23 29" in result.stdout
    assert "status:  finished" in result.stdout
    assert "ADDED primes.py\n--- a/primes.py\n+++ b/primes.py" in result.stdout
    port = result.stdout.split("agent server on http://127.0.0.1:")[1].split()[0]
    leftovers = subprocess.run(
        ["pgrep", "-f", f"--port {port}"], capture_output=True, text=True, check=False
    )
    assert leftovers.stdout.strip() == ""
