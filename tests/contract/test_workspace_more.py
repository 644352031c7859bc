"""Workspace operations beyond commands and single files, against the real server: directory
archives, create directory, trajectory export, git commits, and the workspace scoped to a
conversation's own runtime (``/api/conversations/{id}/bash|file|git``)."""

from __future__ import annotations

import io
import subprocess
import tarfile
import zipfile
from pathlib import Path

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    NotFoundError,
    UnsupportedFeatureError,
    ValidationError,
)
from openhands_client._compat import RUNTIME_ROUTES
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import server_release

pytestmark = pytest.mark.contract


def make_repo(path: Path) -> None:
    """A repository with two commits and one uncommitted change."""
    git = ["git", "-C", str(path), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    (path / "a.txt").write_text("one\n")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "first commit"], check=True)
    (path / "b.txt").write_text("two\n")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "second commit"], check=True)
    (path / "a.txt").write_text("one, changed\n")


async def test_archives_directories_commits(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    make_repo(repo)
    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(repo))

        await ws.create_directory("made/deep/dir")
        await ws.create_directory("made/deep/dir")  # already there: fine
        assert (repo / "made" / "deep" / "dir").is_dir()

        tarball = io.BytesIO()
        result = await ws.download_directory(None, tarball)
        assert result.size == len(tarball.getvalue()) > 0
        with tarfile.open(fileobj=io.BytesIO(tarball.getvalue()), mode="r:gz") as archive:
            names = {Path(n).name for n in archive.getnames()}
        assert {"a.txt", "b.txt"} <= names

        patch = tmp_path / "changes.patch"
        await ws.download_directory(None, patch, format="git-delta", base_ref="HEAD")
        assert "one, changed" in patch.read_text()

        commits = await ws.git_commits()
        assert [c.subject for c in commits] == ["second commit", "first commit"]
        newest = await ws.git_commits(limit=1)
        assert [c.sha for c in newest] == [commits[0].sha]
        with pytest.raises(ValueError, match="limit"):
            await ws.git_commits(limit=0)
        with pytest.raises(ValueError, match="format"):
            await ws.download_directory(None, io.BytesIO(), format="zip")  # type: ignore[arg-type]
        with pytest.raises(NotFoundError):
            await ws.download_directory("no-such-dir", io.BytesIO())


def test_trajectory_export(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("think-1"), str(agent_server.workdir))
        conv.send_message("something to export")
        conv.run(timeout=60)
        target = tmp_path / "trajectory.zip"
        server.workspace(str(tmp_path)).download_trajectory(conv.id, target)
        with zipfile.ZipFile(target) as archive:
            names = archive.namelist()
        event_files = " ".join(n for n in names if "/events/event-" in n)
        assert conv.events and all(e.id in event_files for e in conv.events), names


def test_runtime_workspace_runs_where_the_agent_runs(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    make_repo(tmp_path)
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("finish"), str(tmp_path))
        if not server_release(agent_server).offers(RUNTIME_ROUTES):
            # Older servers have no runtime routes: refused before any request to them.
            with pytest.raises(UnsupportedFeatureError) as refused:
                conv.runtime_workspace()
            assert refused.value.feature == RUNTIME_ROUTES
            route = f"{agent_server.url}/api/conversations/{conv.id}/bash/execute_bash_command"
            answer = httpx.post(route, headers=agent_server.headers, json={"command": "true"})
            assert answer.status_code == 404
            return
        ws = conv.runtime_workspace()
        assert ws.working_dir == str(tmp_path)

        ran = ws.execute_command("pwd && echo hi > made.txt")
        assert (ran.exit_code, ran.stdout) == (0, f"{tmp_path}\n")
        assert (tmp_path / "made.txt").read_text() == "hi\n"
        started = ws.start_command("echo streamed")
        assert started.wait(timeout=30).stdout == "streamed\n"

        ws.upload(io.BytesIO(b"payload"), "up/loaded.bin")
        back = io.BytesIO()
        ws.download("up/loaded.bin", back)
        assert back.getvalue() == b"payload"
        ws.create_directory("rt/dir")
        assert (tmp_path / "rt" / "dir").is_dir()

        assert {c.path for c in ws.git_changes()} >= {"a.txt", "made.txt"}
        assert ws.git_diff("a.txt").modified.rstrip() == "one, changed"
        assert [c.subject for c in ws.git_commits()] == ["second commit", "first commit"]
        archive = io.BytesIO()
        ws.download_directory(None, archive)
        assert archive.getvalue()[:2] == b"\x1f\x8b"  # gzip
        trajectory = io.BytesIO()
        ws.download_trajectory(conv.id, trajectory)
        assert zipfile.is_zipfile(io.BytesIO(trajectory.getvalue()))

        # The runtime routes confine paths to the conversation's workspace.
        with pytest.raises(ValidationError):
            ws.download("/etc/hostname", io.BytesIO())
        conv.delete()
        with pytest.raises(NotFoundError):
            ws.execute_command("true")
