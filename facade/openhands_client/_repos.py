"""Cloning repositories into a workspace (upstream's ``RemoteWorkspace.clone_repos``) and the
repository context an agent's prompt starts with (upstream's ``get_repos_context``)."""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from . import _checks
from ._terminal_text import redact_url

GitProvider = Literal["github", "gitlab", "bitbucket"]
"""A hosting service an ``owner/repo`` short URL may name."""

_HOSTS: dict[str, str] = {
    "github": "github.com",
    "gitlab": "gitlab.com",
    "bitbucket": "bitbucket.org",
}
_SHORT = re.compile(r"^[\w-]+/[\w.-]+$")
_SCHEMES = ("https://", "ssh://", "git://", "file://", "git@")
_SHA = re.compile(r"^[0-9a-f]{7,40}$", re.IGNORECASE)
_REF = re.compile(r"^[^\s\x00-\x1f\x7f~^:?*\[\\-][^\s\x00-\x1f\x7f~^:?*\[\\]*$")
_USERINFO_IN_TEXT = re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/\s@]*@", re.IGNORECASE)


@dataclass(frozen=True)
class RepoSource:
    """A repository to clone: its URL, and optionally a branch, tag or commit to check out.

    ``url`` is a full git URL (``https://``, ``ssh://``, ``git://``, ``git@host:path`` or
    ``file://`` for a repository on the server's machine), or ``owner/repo`` with ``provider``
    (``"github"``, ``"gitlab"`` or ``"bitbucket"``). ``ref`` is a branch or tag (cloned
    shallowly) or a commit SHA of 7 to 40 hex digits (cloned whole, then checked out).
    """

    url: str
    ref: str | None = None
    provider: GitProvider | None = None


@dataclass(frozen=True)
class RepoMapping:
    """Where a cloned repository is: its URL, directory name, absolute path, and the ref asked."""

    url: str
    dir_name: str
    local_path: str
    ref: str | None = None


@dataclass(frozen=True)
class CloneResult:
    """What :meth:`AsyncWorkspace.clone_repos` did: the clones by URL, and the failures by URL
    with git's message (credentials in URLs shown as ``***@``)."""

    repo_mappings: dict[str, RepoMapping] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    @property
    def success_count(self) -> int:
        """How many repositories were cloned."""
        return len(self.repo_mappings)

    @property
    def failed_repos(self) -> list[str]:
        """The URLs (credentials shown as ``***@``) that could not be cloned."""
        return list(self.failures)

    def context(self) -> str:
        """The Markdown an agent's prompt can start with, naming each cloned repository and
        where it is (upstream's ``get_repos_context``); ``""`` when nothing was cloned."""
        if not self.repo_mappings:
            return ""
        lines = [
            "## Cloned Repositories",
            "",
            "The following repositories have been cloned to your workspace:",
            "",
        ]
        for url, mapping in self.repo_mappings.items():
            ref = f" (ref: {mapping.ref})" if mapping.ref else ""
            lines.append(f"- `{url}`{ref} → `{mapping.local_path}/`")
        lines.append("")
        return "\n".join(lines)


def source(repo: object) -> RepoSource:
    """``repo`` (a URL or a :class:`RepoSource`) checked: ``TypeError``/``ValueError`` name it."""
    if isinstance(repo, str):
        repo = RepoSource(repo)
    if not isinstance(repo, RepoSource):
        raise TypeError(f"a repository must be a URL (str) or a RepoSource, not {type(repo)}")
    url = _checks.text(repo.url, "repository url")
    if repo.provider is not None and repo.provider not in _HOSTS:
        raise ValueError(f"provider must be one of {sorted(_HOSTS)}, got {repo.provider!r}")
    if _SHORT.match(url):
        if repo.provider is None:
            raise ValueError(
                f"the short URL {url!r} needs provider= ('github', 'gitlab' or 'bitbucket'), "
                "or give a full URL"
            )
    elif not url.startswith(_SCHEMES) or any(c.isspace() for c in url):
        raise ValueError(
            f"repository url must be https://, ssh://, git://, git@host:path, file:// or "
            f"owner/repo, got {redact_url(url)!r}"
        )
    ref = _checks.optional_text(repo.ref, "ref")
    if ref is not None and not _REF.match(ref):
        raise ValueError(f"ref must be a branch, tag or commit SHA, got {ref!r}")
    return repo


def clone_url(repo: RepoSource) -> str:
    """The URL git clones: an ``owner/repo`` short URL on its provider's host."""
    if _SHORT.match(repo.url) and repo.provider is not None:
        return f"https://{_HOSTS[repo.provider]}/{repo.url}.git"
    return repo.url


def dir_names(repos: Sequence[RepoSource]) -> list[str]:
    """One directory name per repository: its name, made unique with ``_1``, ``_2``, ..."""
    used: set[str] = set()
    names: list[str] = []
    for repo in repos:
        base = re.sub(r"\.git/?$", "", repo.url.rstrip("/"))
        base = re.split(r"[/:]", base)[-1]
        base = re.sub(r"[^\w.-]", "_", base).strip(". ") or "repo"
        name, counter = base, 0
        while name in used:
            counter += 1
            name = f"{base}_{counter}"
        used.add(name)
        names.append(name)
    return names


def command(repo: RepoSource, dest: str) -> str:
    """The shell command that clones ``repo`` into ``dest`` without ever prompting: shallow for
    a branch or tag, whole then checked out for a commit SHA (removed again if that fails)."""
    url, target = shlex.quote(clone_url(repo)), shlex.quote(dest)
    prefix = "GIT_TERMINAL_PROMPT=0 git clone --quiet"
    if repo.ref is not None and _SHA.match(repo.ref):
        sha = shlex.quote(repo.ref)
        return (
            f"{prefix} -- {url} {target} && "
            f"{{ git -C {target} checkout --quiet {sha} || {{ rm -rf {target}; exit 1; }}; }}"
        )
    branch = f" --branch {shlex.quote(repo.ref)}" if repo.ref is not None else ""
    return f"{prefix} --depth 1{branch} -- {url} {target}"


def destination(target_dir: str, name: str) -> str:
    """The absolute path a repository is cloned to."""
    return posixpath.join(target_dir, name)


def redacted(text: str) -> str:
    """``text`` with the user information of every URL in it shown as ``***@``."""
    return _USERINFO_IN_TEXT.sub(r"\1***@", text)
