"""clone_repos against the real agent server: local bare repositories by file:// URL."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from openhands_client import AgentServer, AsyncAgentServer, RepoSource
from tests.conftest import SESSION_API_KEY

pytestmark = pytest.mark.contract


def git(cwd: Path, *args: str) -> str:
    """Run git in ``cwd`` (with a fixed identity); its stdout."""
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@e", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def bare_repo(root: Path, name: str) -> tuple[str, str]:
    """A bare repository ``root/name.git`` with two commits on ``main`` and a ``feature``
    branch; its file:// URL and the first commit's SHA."""
    work = root / f"{name}-work"
    work.mkdir()
    git(work, "init", "-q", "-b", "main")
    (work / "README.md").write_text("first\n")
    git(work, "add", "README.md")
    # Named after its directory: two repositories' SHAs differ even when made in one second.
    git(work, "commit", "-q", "-m", f"first in {root}")
    first = git(work, "rev-parse", "HEAD").strip()
    (work / "README.md").write_text("second\n")
    git(work, "commit", "-q", "-am", "second")
    git(work, "branch", "feature")
    git(root, "clone", "-q", "--bare", str(work), f"{name}.git")
    return f"file://{root / f'{name}.git'}", first


async def test_clone_repos_clones_checks_out_and_reports(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    origin = tmp_path / "origin"
    origin.mkdir()
    url, _ = bare_repo(origin, "tool")
    other_root = origin / "other"
    other_root.mkdir()
    same_name, first = bare_repo(other_root, "tool")  # a second one named "tool"
    work = tmp_path / "work"
    work.mkdir()
    missing = f"file://{origin / 'missing.git'}"

    async with AsyncAgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(work))
        result = await ws.clone_repos(
            [url, RepoSource(same_name, ref=first), missing, url, RepoSource(url, ref="feature")],
            "repos",
        )
    # The repeated URL is cloned once (the first spelling wins); the missing one fails.
    assert result.success_count == 2, result.failures
    assert sorted(result.repo_mappings) == sorted([url, same_name])
    tool, tool_1 = result.repo_mappings[url], result.repo_mappings[same_name]
    assert (tool.dir_name, tool.local_path) == ("tool", str(work / "repos" / "tool"))
    assert (tool_1.dir_name, tool_1.ref) == ("tool_1", first)
    assert (work / "repos" / "tool" / "README.md").read_text() == "second\n"
    # A commit SHA is checked out exactly.
    assert git(work / "repos" / "tool_1", "rev-parse", "HEAD").strip() == first
    assert (work / "repos" / "tool_1" / "README.md").read_text() == "first\n"
    assert result.failed_repos == [missing]
    assert "missing.git" in result.failures[missing]
    assert not (work / "repos" / "missing").exists()
    context = result.context()
    assert f"- `{url}` → `{work / 'repos' / 'tool'}/`" in context
    assert f"(ref: {first})" in context


def test_clone_repos_sync_twin_and_an_unknown_ref(
    agent_server: AgentServerProcess, tmp_path: Path
) -> None:
    url, _ = bare_repo(tmp_path, "lib")
    with AgentServer(agent_server.url, SESSION_API_KEY) as server:
        ws = server.workspace(str(tmp_path / "ws"))
        bad = ws.clone_repos([RepoSource(url, ref="no-such-branch")])
        good = ws.clone_repos([RepoSource(url, ref="feature")])
    assert bad.success_count == 0 and "no-such-branch" in bad.failures[url]
    assert bad.context() == ""
    assert good.repo_mappings[url].local_path == str(tmp_path / "ws" / "lib")
    assert (tmp_path / "ws" / "lib" / "README.md").read_text() == "second\n"
