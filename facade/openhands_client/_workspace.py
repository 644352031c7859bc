"""AsyncWorkspace: a directory on the server, with shell commands, file transfer and git there."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal
from uuid import UUID

from openhands_api import models as _models
from openhands_api.types import UNSET

if TYPE_CHECKING:
    from openhands_api.models.git_change import GitChange
    from openhands_api.models.git_commit import GitCommit
    from openhands_api.models.git_diff import GitDiff

from . import _bash, _repos, _routes, _transfer
from ._bash import AsyncRunningCommand, CommandResult
from ._compat import ServerCompat
from ._connection import Connection
from ._http import call, missing_file
from ._repos import CloneResult, RepoMapping, RepoSource
from ._routes import Routes
from ._terminal_text import redact_url
from ._transfer import (
    DOWNLOAD_TIMEOUT,
    MAX_DOWNLOAD_BYTES,
    LocalFile,
    ProgressCallback,
    TransferResult,
)

ArchiveFormat = Literal["tar.gz", "git-delta"]
"""A directory archive: a gzip tarball, or a git patch of the working-tree changes."""

DEFAULT_COMMAND_TIMEOUT = 300
"""Seconds a command may run before the server kills it (the server's own default)."""


class AsyncWorkspace:
    """A working directory on the agent server, driven with ``await``.

    Obtain one from :meth:`AsyncAgentServer.workspace` or
    :attr:`AsyncConversation.workspace`. Remote paths may be absolute or relative to
    :attr:`working_dir`; commands run there unless given another ``cwd``.
    """

    def __init__(
        self,
        connection: Connection,
        working_dir: str,
        routes: Routes = _routes.SERVER,
        *,
        compat: ServerCompat | None = None,
    ) -> None:
        if not isinstance(working_dir, str) or not working_dir.startswith("/"):
            raise ValueError(f"working_dir must be an absolute path on the server: {working_dir!r}")
        self._conn = connection
        self._working_dir = working_dir
        self._routes = routes
        self._compat = compat or ServerCompat(connection)

    @property
    def working_dir(self) -> str:
        """The absolute directory on the server that relative paths start from."""
        return self._working_dir

    def path(self, remote_path: str) -> str:
        """The absolute server path for ``remote_path`` (relative ones join :attr:`working_dir`)."""
        if not isinstance(remote_path, str) or not remote_path:
            raise ValueError("a remote path must be a non-empty string")
        return posixpath.join(self._working_dir, remote_path)

    def _dir(self, remote_dir: str | None) -> str:
        return self._working_dir if remote_dir is None else self.path(remote_dir)

    # -- shell ---------------------------------------------------------------------------

    async def execute_command(
        self, command: str, *, cwd: str | None = None, timeout: int = DEFAULT_COMMAND_TIMEOUT
    ) -> CommandResult:
        """Run ``command`` with ``bash`` and wait for it to end.

        A non-zero exit is a result, not an error; so is a command the server killed after
        ``timeout`` seconds (``result.timed_out``). Raises :class:`NotFoundError` if ``cwd``
        does not exist on the server.
        """
        _bash.validate_command(command, timeout)
        return await _bash.execute(self._conn, command, self._dir(cwd), timeout, self._routes)

    async def start_command(
        self, command: str, *, cwd: str | None = None, timeout: int = DEFAULT_COMMAND_TIMEOUT
    ) -> AsyncRunningCommand:
        """Start ``command`` with ``bash`` and return at once; follow it with the handle."""
        _bash.validate_command(command, timeout)
        return await _bash.start(
            self._conn, command, self._dir(cwd), timeout, self._routes, self._compat
        )

    # -- files ---------------------------------------------------------------------------

    async def upload(
        self,
        local: LocalFile,
        remote_path: str,
        *,
        progress: ProgressCallback | None = None,
    ) -> TransferResult:
        """Copy a local file (a path or a binary file object) to ``remote_path``.

        The file is streamed in chunks; missing remote directories are created. The
        result's ``sha256`` is the digest of the bytes sent, and the server must report
        storing as many bytes as were sent. A local path that cannot be read raises
        ``OSError`` before any request.
        """
        return await _transfer.upload(
            self._conn.http, local, self.path(remote_path), progress, self._routes
        )

    async def download(
        self,
        remote_path: str,
        local: LocalFile,
        *,
        progress: ProgressCallback | None = None,
        max_bytes: int = MAX_DOWNLOAD_BYTES,
        timeout: float = DOWNLOAD_TIMEOUT,
    ) -> TransferResult:
        """Copy ``remote_path`` to a local path (replaced only once complete) or file object.

        Raises :class:`NotFoundError` if the remote file does not exist, and ``OSError``
        before any request if the local path cannot be written. A file over ``max_bytes``
        (default 4 GiB) raises :class:`MessageTooLargeError`, a download still going after
        ``timeout`` seconds (default an hour) :class:`TransportError`; a partial download to
        a path is removed on any failure.
        """
        path = self.path(remote_path)
        request = self._routes.download_file(path).request
        return await _transfer.download(
            self._conn.http, request, path, local, progress, max_bytes=max_bytes, timeout=timeout
        )

    async def download_directory(
        self,
        remote_dir: str | None,
        local: LocalFile,
        *,
        format: ArchiveFormat = "tar.gz",
        base_ref: str | None = None,
        default_excludes: bool = True,
        progress: ProgressCallback | None = None,
    ) -> TransferResult:
        """Download the directory ``remote_dir`` (default: the workspace) as one archive.

        ``format`` is ``tar.gz`` (a gzip tarball of the whole directory) or ``git-delta`` (a
        git patch of the working-tree changes against ``base_ref``, default the detected
        upstream or merge base). ``default_excludes`` leaves out ``node_modules/``, ``.venv/``,
        caches and build outputs.
        """
        if format not in ("tar.gz", "git-delta"):
            raise ValueError(f"format must be 'tar.gz' or 'git-delta', got {format!r}")
        path = self._dir(remote_dir)
        request = self._routes.archive_directory(
            path,
            format_=format,
            base_ref=base_ref if base_ref is not None else UNSET,
            excludes=default_excludes,
        ).request
        return await _transfer.download(
            self._conn.http, request, path, local, progress, "download directory"
        )

    async def create_directory(self, remote_dir: str) -> None:
        """Create ``remote_dir`` and any missing parents (an existing one is fine)."""
        prepared = self._routes.create_directory(self.path(remote_dir))
        await call(self._conn.api, *prepared, _models.Success, "create directory")

    async def download_trajectory(
        self,
        conversation_id: UUID,
        local: LocalFile,
        *,
        progress: ProgressCallback | None = None,
    ) -> TransferResult:
        """Download a conversation's persisted trajectory (a zip of its state and events)."""
        request = self._routes.download_trajectory(conversation_id).request
        return await _transfer.download(
            self._conn.http,
            request,
            f"trajectory {conversation_id}",
            local,
            progress,
            "download trajectory",
        )

    # -- git -----------------------------------------------------------------------------

    async def git_changes(
        self, path: str | None = None, *, ref: str | None = None
    ) -> list[GitChange]:
        """The changed files of the repository at (or under) ``path`` (default: the workspace).

        Each change has a ``path`` relative to ``path`` and a ``status`` (``ADDED``,
        ``DELETED``, ``MOVED``, ``UPDATED``). ``ref`` is the ref to compare with
        (default: the upstream/default branch, or ``HEAD``'s tree for a local repository).
        A directory that holds no repository has no changes.
        """
        prepared = self._routes.git_changes(self._dir(path), ref if ref is not None else UNSET)
        changes: list[GitChange] = await call(self._conn.api, *prepared, list, "git changes")
        return changes

    async def git_diff(self, path: str, *, ref: str | None = None) -> GitDiff:
        """The ``original`` and ``modified`` text of one file in a repository.

        Raises :class:`NotFoundError` if the file does not exist.
        """
        prepared = self._routes.git_diff(self.path(path), ref if ref is not None else UNSET)
        api = self._conn.api
        return await call(api, *prepared, _models.GitDiff, "git diff", missing_on_400=missing_file)

    async def git_commits(self, path: str | None = None, *, limit: int = 50) -> list[GitCommit]:
        """The newest ``limit`` (1 to 200) commits of the repository at ``path``, newest first."""
        if type(limit) is not int or not 1 <= limit <= 200:
            raise ValueError(f"limit must be an int from 1 to 200, got {limit!r}")
        prepared = self._routes.git_commits(self._dir(path), limit)
        page = await call(self._conn.api, *prepared, _models.GitCommitsPage, "git commits")
        return list(page.commits)

    async def clone_repos(
        self,
        repos: Sequence[str | RepoSource],
        target_dir: str | None = None,
        *,
        timeout: int = DEFAULT_COMMAND_TIMEOUT,
    ) -> CloneResult:
        """Clone repositories into ``target_dir`` (default: the workspace), one after another,
        with the server's own ``git`` (upstream's ``RemoteWorkspace.clone_repos``).

        Each lands in a directory named after it (``openhands-cli``, not ``repo_0``; a second
        of the same name gets ``_1``); a URL given twice is cloned once. A repository that
        cannot be cloned (no access, an unknown ref, an existing directory, over ``timeout``
        seconds) is a failure in the result, not an exception; git never waits for a password.
        Credentials are those of the server's git (or in the URL). Pass the result's
        :meth:`CloneResult.context` at the start of the agent's first message so it knows where
        the repositories are. A bad URL or ref raises ``ValueError`` before any request.
        """
        if isinstance(repos, str) or not isinstance(repos, Sequence):
            raise TypeError(f"repos must be a list of URLs or RepoSources, not {type(repos)}")
        _bash.validate_command("git", timeout)
        unique: dict[str, RepoSource] = {}
        for repo in repos:
            checked = _repos.source(repo)
            unique.setdefault(checked.url, checked)
        target = self._dir(target_dir)
        mappings: dict[str, RepoMapping] = {}
        failures: dict[str, str] = {}
        sources = list(unique.values())
        for repo, name in zip(sources, _repos.dir_names(sources), strict=True):
            dest = _repos.destination(target, name)
            clone = _repos.command(repo, dest)
            result = await self.execute_command(clone, cwd="/", timeout=timeout)
            if result.ok:
                mappings[repo.url] = RepoMapping(repo.url, name, dest, repo.ref)
            else:
                why = "timed out" if result.timed_out else (result.stderr or result.stdout).strip()
                failures[redact_url(repo.url)] = _repos.redacted(why or f"exit {result.exit_code}")
        return CloneResult(mappings, failures)

    def __repr__(self) -> str:
        return f"<AsyncWorkspace {self._working_dir}>"
