"""Workspaces against the real agent server: commands, live output, big files, git."""

from __future__ import annotations

import hashlib
import os
import subprocess
import time
import tracemalloc
from pathlib import Path

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    CommandTimeoutError,
    NotFoundError,
    UnsupportedFeatureError,
)
from openhands_client._compat import STOP_COMMAND, STOP_COMMAND_SINCE
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import server_release

pytestmark = pytest.mark.contract

MIB = 1 << 20
BIG_FILE_SIZE = 100 * MIB
# A transfer may hold a few chunks at a time, never the file: far below its 100 MiB.
MEMORY_BUDGET = 16 * MIB


def write_random_file(path: Path, size: int) -> str:
    """Write ``size`` random bytes to ``path`` in 1 MiB chunks; return their SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as f:
        for _ in range(size // MIB):
            chunk = os.urandom(MIB)
            digest.update(chunk)
            f.write(chunk)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


async def test_commands_report_exit_codes_output_and_timeouts(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(tmp_path))

        ok = await ws.execute_command("pwd; printf 'to stderr' >&2")
        assert (ok.exit_code, ok.stdout, ok.stderr) == (0, f"{tmp_path}\n", "to stderr")
        assert ok.ok and not ok.timed_out

        failed = await ws.execute_command("echo partial; exit 7")
        assert (failed.exit_code, failed.stdout, failed.stderr) == (7, "partial\n", "")
        assert not failed.ok and not failed.timed_out

        (tmp_path / "sub").mkdir()
        assert (await ws.execute_command("pwd", cwd="sub")).stdout == f"{tmp_path}/sub\n"

        started = time.monotonic()
        slow = await ws.execute_command("echo before; sleep 30", timeout=1)
        assert time.monotonic() - started < 10
        assert slow.timed_out and not slow.ok
        assert (slow.exit_code, slow.stdout) == (-1, "before\n")

        with pytest.raises(NotFoundError):
            await ws.execute_command("pwd", cwd=str(tmp_path / "missing"))


def test_started_command_streams_output_before_it_ends(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    # The server publishes output in pieces of 1 MiB characters (and the rest at the end):
    # print more than that, pause, then finish.
    script = "head -c 1100000 /dev/zero | tr '\\0' a; sleep 3; echo done"
    with AgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(tmp_path))
        command = ws.start_command(script, timeout=60)
        arrivals = [(time.monotonic(), chunk) for chunk in command.output()]
        (first_at, first), (last_at, last) = arrivals[0], arrivals[-1]
        assert first.exit_code is None and first.stdout
        assert last.exit_code == 0 and last.stdout.endswith("done\n")
        assert last_at - first_at > 2.0, "the first output arrived only when the command ended"
        result = command.wait()
        assert result.ok and command.done
        assert result.stdout == "a" * 1_100_000 + "done\n"

        sleeper = ws.start_command("sleep 60")
        release = server_release(agent_server)
        if release.at_least(STOP_COMMAND_SINCE):
            started = time.monotonic()
            sleeper.stop()
            stopped = sleeper.wait(timeout=20)
            assert time.monotonic() - started < 20
            assert stopped.exit_code != 0 and not stopped.timed_out
        else:  # no stop route yet: refused before the request, and the command runs on
            with pytest.raises(UnsupportedFeatureError) as refused:
                sleeper.stop()
            assert refused.value.feature == STOP_COMMAND
            assert refused.value.server_version == release.version
            with pytest.raises(CommandTimeoutError):
                sleeper.wait(timeout=1)
            stop = f"{agent_server.url}/api/bash/bash_commands/{sleeper.id}/stop"
            assert httpx.post(stop, headers=agent_server.headers).status_code == 404

        overdue = ws.start_command("echo early; sleep 30", timeout=1).wait(timeout=20)
        assert overdue.timed_out and (overdue.exit_code, overdue.stdout) == (-1, "early\n")


async def test_big_file_round_trip_is_streamed_and_exact(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    local = tmp_path / "big.bin"
    sent_sha = write_random_file(local, BIG_FILE_SIZE)
    remote = tmp_path / "remote" / "big.bin"
    back = tmp_path / "back.bin"
    progress: list[tuple[int, int | None]] = []

    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(tmp_path))
        tracemalloc.start()
        try:
            uploaded = await ws.upload(
                local, "remote/big.bin", progress=lambda *p: progress.append(p)
            )
            _, upload_peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            downloaded = await ws.download(str(remote), back)
            _, download_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

    assert uploaded.size == downloaded.size == BIG_FILE_SIZE
    assert uploaded.sha256 == downloaded.sha256 == sent_sha
    assert sha256_of(remote) == sent_sha  # what the server stored (it shares this disk)
    assert sha256_of(back) == sent_sha
    assert progress[-1] == (BIG_FILE_SIZE, BIG_FILE_SIZE)
    assert upload_peak < MEMORY_BUDGET, f"upload peaked at {upload_peak / MIB:.1f} MiB"
    assert download_peak < MEMORY_BUDGET, f"download peaked at {download_peak / MIB:.1f} MiB"


def test_missing_paths_are_clear_errors(agent_server: AgentServerProcess, tmp_path: Path) -> None:
    with AgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(tmp_path))
        with pytest.raises(NotFoundError):
            ws.download("no/such/file.txt", tmp_path / "local.txt")
        assert not (tmp_path / "local.txt").exists()
        with pytest.raises(FileNotFoundError):
            ws.upload(tmp_path / "no-such-local-file", "x.txt")
        assert not (tmp_path / "x.txt").exists()
        with pytest.raises(OSError):
            ws.download("x.txt", tmp_path / "no-such-dir" / "x.txt")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


async def test_git_changes_and_diff(agent_server: AgentServerProcess, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "a.txt").write_text("one\n")
    git(repo, "add", "a.txt")
    git(repo, "commit", "-q", "-m", "init")
    (repo / "a.txt").write_text("one\ntwo\n")
    (repo / "b.txt").write_text("new\n")

    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(repo))
        changes = await ws.git_changes()
        assert sorted((c.path, c.status) for c in changes) == [
            ("a.txt", "UPDATED"),
            ("b.txt", "ADDED"),
        ]
        modified = await ws.git_diff("a.txt")
        assert (modified.original or "").splitlines() == ["one"]
        assert (modified.modified or "").splitlines() == ["one", "two"]
        added = await ws.git_diff(str(repo / "b.txt"))
        assert not added.original
        assert (added.modified or "").splitlines() == ["new"]
        with pytest.raises(NotFoundError):
            await ws.git_diff("gone.txt")
        # From the directory above, paths are relative to it.
        above = await server.workspace(str(tmp_path)).git_changes("repo")
        assert sorted(c.path for c in above) == ["a.txt", "b.txt"]


def test_conversation_workspace_is_its_working_dir(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    with AgentServer(agent_server.url, SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("think-1"), str(tmp_path), delete_on_close=True)
        ws = conv.workspace
        assert ws.working_dir == str(tmp_path)
        assert ws.execute_command("pwd").stdout == f"{tmp_path}\n"
        (tmp_path / "hello.txt").write_text("hi")
        result = ws.upload(tmp_path / "hello.txt", "copy/hello.txt")
        assert (tmp_path / "copy" / "hello.txt").read_text() == "hi"
        assert result.sha256 == hashlib.sha256(b"hi").hexdigest()
