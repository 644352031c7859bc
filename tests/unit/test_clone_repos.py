"""clone_repos without a server: what is refused before any request, the commands, the names."""

from __future__ import annotations

import shlex
from typing import Any

import pytest

from openhands_client import AsyncAgentServer, CloneResult, RepoMapping, RepoSource
from openhands_client._repos import command, dir_names, redacted, source
from tests.unit.fakes import FakeAgentServer


@pytest.mark.parametrize(
    ("repos", "error"),
    [
        pytest.param("https://github.com/o/r", TypeError, id="one URL, not a list"),
        pytest.param([42], TypeError, id="not a URL"),
        pytest.param([""], ValueError, id="empty URL"),
        pytest.param(["o/r"], ValueError, id="short URL without provider"),
        pytest.param(["http://example.com/r.git"], ValueError, id="plain http"),
        pytest.param(["--upload-pack=touch /tmp/x"], ValueError, id="an option, not a URL"),
        pytest.param([RepoSource("o/r", provider="sourceforge")], ValueError, id="bad provider"),  # type: ignore[arg-type]
        pytest.param([RepoSource("https://h/r", ref="-x")], ValueError, id="ref like an option"),
        pytest.param([RepoSource("https://h/r", ref="a b")], ValueError, id="ref with a space"),
        pytest.param([RepoSource("https://h/r", ref="")], ValueError, id="empty ref"),
        pytest.param(["https://h/ok", "o/r"], ValueError, id="one bad among good"),
    ],
)
async def test_bad_repositories_send_nothing(
    fake: FakeAgentServer, client: AsyncAgentServer, repos: Any, error: type[Exception]
) -> None:
    sent = len(fake.requests)
    with pytest.raises(error):
        await client.workspace("/w").clone_repos(repos)
    with pytest.raises(ValueError):
        await client.workspace("/w").clone_repos(["https://h/r"], timeout=0)
    assert fake.requests[sent:] == []


def test_the_commands_clone_shallow_a_branch_and_whole_a_commit() -> None:
    branch = shlex.split(command(RepoSource("https://h/o/r.git", ref="feature/x"), "/w/r"))
    assert branch == [
        "GIT_TERMINAL_PROMPT=0", "git", "clone", "--quiet", "--depth", "1",
        "--branch", "feature/x", "--", "https://h/o/r.git", "/w/r",
    ]  # fmt: skip
    short = command(source(RepoSource("o/r", provider="gitlab")), "/w/a dir")
    assert short.endswith("-- https://gitlab.com/o/r.git '/w/a dir'")
    sha = command(RepoSource("file:///srv/r.git", ref="abc1234"), "/w/r")
    assert "--depth" not in sha and "checkout --quiet abc1234" in sha
    assert "rm -rf /w/r" in sha  # a failed checkout leaves no half-made clone behind


def test_directory_names_are_the_repositories_made_unique() -> None:
    urls = [
        "https://github.com/a/openhands-cli.git",
        "git@gitlab.com:b/openhands-cli.git",
        "file:///srv/tool/",
        "ssh://h/x/we ird.git",
    ]
    assert dir_names([RepoSource(u) for u in urls]) == [
        "openhands-cli",
        "openhands-cli_1",
        "tool",
        "we_ird",
    ]


def test_failures_and_context_show_no_credentials() -> None:
    message = "fatal: could not read from https://user:tok3n@h/r.git and ssh://git:pw@h/x"
    assert redacted(message) == "fatal: could not read from https://***@h/r.git and ssh://***@h/x"
    mapping = RepoMapping("https://h/r", "r", "/w/r", "main")
    result = CloneResult({"https://h/r": mapping}, {"https://***@h/s": "denied"})
    assert (result.success_count, result.failed_repos) == (1, ["https://***@h/s"])
    assert result.context().splitlines()[0] == "## Cloned Repositories"
    assert "- `https://h/r` (ref: main) → `/w/r/`" in result.context()
    assert CloneResult().context() == ""
