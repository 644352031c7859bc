"""Workspace: the synchronous twin of :class:`AsyncWorkspace`, run on the portal.

Progress callbacks run on the client's loop thread; keep them quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from uuid import UUID

from ._bash import CommandResult
from ._portal import Portal
from ._repos import CloneResult, RepoSource
from ._sync_bash import RunningCommand
from ._transfer import (
    DOWNLOAD_TIMEOUT,
    MAX_DOWNLOAD_BYTES,
    LocalFile,
    ProgressCallback,
    TransferResult,
)
from ._workspace import DEFAULT_COMMAND_TIMEOUT, ArchiveFormat, AsyncWorkspace

if TYPE_CHECKING:
    from openhands_api.models.git_change import GitChange
    from openhands_api.models.git_commit import GitCommit
    from openhands_api.models.git_diff import GitDiff


class Workspace:
    """A working directory on the server, driven synchronously. See :class:`AsyncWorkspace`."""

    def __init__(self, portal: Portal, workspace: AsyncWorkspace) -> None:
        self._portal = portal
        self._async = workspace

    @property
    def working_dir(self) -> str:
        """The absolute directory on the server that relative paths start from."""
        return self._async.working_dir

    @property
    def aio(self) -> AsyncWorkspace:
        """The underlying async workspace."""
        return self._async

    def path(self, remote_path: str) -> str:
        """The absolute server path for ``remote_path`` (relative ones join :attr:`working_dir`)."""
        return self._async.path(remote_path)

    def execute_command(
        self, command: str, *, cwd: str | None = None, timeout: int = DEFAULT_COMMAND_TIMEOUT
    ) -> CommandResult:
        """Run ``command`` and wait for it; see :meth:`AsyncWorkspace.execute_command`."""
        return self._portal.call(self._async.execute_command(command, cwd=cwd, timeout=timeout))

    def start_command(
        self, command: str, *, cwd: str | None = None, timeout: int = DEFAULT_COMMAND_TIMEOUT
    ) -> RunningCommand:
        """Start ``command`` and return at once; see :meth:`AsyncWorkspace.start_command`."""
        started = self._portal.call(self._async.start_command(command, cwd=cwd, timeout=timeout))
        return RunningCommand(self._portal, started)

    def upload(
        self, local: LocalFile, remote_path: str, *, progress: ProgressCallback | None = None
    ) -> TransferResult:
        """Stream a local file to the server; see :meth:`AsyncWorkspace.upload`."""
        return self._portal.call(self._async.upload(local, remote_path, progress=progress))

    def download(
        self,
        remote_path: str,
        local: LocalFile,
        *,
        progress: ProgressCallback | None = None,
        max_bytes: int = MAX_DOWNLOAD_BYTES,
        timeout: float = DOWNLOAD_TIMEOUT,
    ) -> TransferResult:
        """Stream a server file to a local one; see :meth:`AsyncWorkspace.download`."""
        return self._portal.call(
            self._async.download(
                remote_path, local, progress=progress, max_bytes=max_bytes, timeout=timeout
            )
        )

    def download_directory(
        self,
        remote_dir: str | None,
        local: LocalFile,
        *,
        format: ArchiveFormat = "tar.gz",
        base_ref: str | None = None,
        default_excludes: bool = True,
        progress: ProgressCallback | None = None,
    ) -> TransferResult:
        """Download the directory ``remote_dir`` (default: the workspace) as one archive."""
        return self._portal.call(
            self._async.download_directory(
                remote_dir,
                local,
                format=format,
                base_ref=base_ref,
                default_excludes=default_excludes,
                progress=progress,
            )
        )

    def create_directory(self, remote_dir: str) -> None:
        """Create ``remote_dir`` and any missing parents (an existing one is fine)."""
        self._portal.call(self._async.create_directory(remote_dir))

    def download_trajectory(
        self, conversation_id: UUID, local: LocalFile, *, progress: ProgressCallback | None = None
    ) -> TransferResult:
        """Download a conversation's persisted trajectory (a zip of its state and events)."""
        return self._portal.call(
            self._async.download_trajectory(conversation_id, local, progress=progress)
        )

    def git_changes(self, path: str | None = None, *, ref: str | None = None) -> list[GitChange]:
        """The changed files of a repository; see :meth:`AsyncWorkspace.git_changes`."""
        return self._portal.call(self._async.git_changes(path, ref=ref))

    def git_diff(self, path: str, *, ref: str | None = None) -> GitDiff:
        """One file's original and modified text; see :meth:`AsyncWorkspace.git_diff`."""
        return self._portal.call(self._async.git_diff(path, ref=ref))

    def git_commits(self, path: str | None = None, *, limit: int = 50) -> list[GitCommit]:
        """The newest ``limit`` (1 to 200) commits of the repository at ``path``, newest first."""
        return self._portal.call(self._async.git_commits(path, limit=limit))

    def clone_repos(
        self,
        repos: Sequence[str | RepoSource],
        target_dir: str | None = None,
        *,
        timeout: int = DEFAULT_COMMAND_TIMEOUT,
    ) -> CloneResult:
        """Clone repositories into ``target_dir`` (default: the workspace), one after another,
        with the server's own ``git`` (upstream's ``RemoteWorkspace.clone_repos``)."""
        return self._portal.call(self._async.clone_repos(repos, target_dir, timeout=timeout))

    def __repr__(self) -> str:
        return f"<Workspace {self.working_dir}>"
