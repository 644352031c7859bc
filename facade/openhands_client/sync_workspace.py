"""Synchronous twins of the workspace classes: each call runs the async one on the portal.

Progress callbacks run on the client's loop thread; keep them quick.
"""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

from openhands_api.models.git_change import GitChange
from openhands_api.models.git_commit import GitCommit
from openhands_api.models.git_diff import GitDiff

from ._portal import Portal
from ._transfer import LocalFile, ProgressCallback, TransferResult
from .bash import AsyncRunningCommand, CommandResult, OutputChunk
from .workspace import DEFAULT_COMMAND_TIMEOUT, ArchiveFormat, AsyncWorkspace


class RunningCommand:
    """A command running on the server, driven synchronously. See :class:`AsyncRunningCommand`."""

    def __init__(self, portal: Portal, command: AsyncRunningCommand) -> None:
        self._portal = portal
        self._async = command

    @property
    def id(self) -> UUID:
        """The command's id on the server."""
        return self._async.id

    @property
    def command(self) -> str:
        """The command line."""
        return self._async.command

    @property
    def done(self) -> bool:
        """Whether the command's last output (with its exit code) has arrived."""
        return self._async.done

    def output(self) -> Iterator[OutputChunk]:
        """Yield the command's output as it arrives, from its start; end when it exits."""
        return self._portal.iterate(self._async.output())

    def wait(self, timeout: float | None = None) -> CommandResult:
        """Wait until the command ends; ``TimeoutError`` if it runs past ``timeout`` s."""
        return self._portal.call(self._async.wait(timeout))

    def result(self) -> CommandResult:
        """The result of a command that has ended (see :attr:`done`)."""
        return self._async.result()

    def stop(self) -> None:
        """Stop the command (SIGTERM, then SIGKILL); its last output still arrives."""
        self._portal.call(self._async.stop())

    def __repr__(self) -> str:
        return f"<RunningCommand {self.id} {'done' if self.done else 'running'}>"


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
        """The absolute server path for ``remote_path`` (relative ones join the working dir)."""
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
        self, remote_path: str, local: LocalFile, *, progress: ProgressCallback | None = None
    ) -> TransferResult:
        """Stream a server file to a local one; see :meth:`AsyncWorkspace.download`."""
        return self._portal.call(self._async.download(remote_path, local, progress=progress))

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

    def __repr__(self) -> str:
        return f"<Workspace {self.working_dir}>"
