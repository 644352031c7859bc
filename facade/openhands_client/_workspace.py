"""AsyncWorkspace: a directory on the server, with shell commands, file transfer and git there."""

from __future__ import annotations

import posixpath

from openhands_api.api.git import git_changes, git_diff
from openhands_api.models.git_change import GitChange
from openhands_api.models.git_diff import GitDiff
from openhands_api.types import UNSET

from . import _bash, _transfer
from ._bash import AsyncRunningCommand, CommandResult
from ._connection import Connection
from ._http import call
from ._transfer import LocalFile, ProgressCallback, TransferResult

DEFAULT_COMMAND_TIMEOUT = 300
"""Seconds a command may run before the server kills it (the server's own default)."""


class AsyncWorkspace:
    """A working directory on the agent server, driven with ``await``.

    Obtain one from :meth:`AsyncAgentServer.workspace` or
    :attr:`AsyncConversation.workspace`. Remote paths may be absolute or relative to
    :attr:`working_dir`; commands run there unless given another ``cwd``.
    """

    def __init__(self, connection: Connection, working_dir: str) -> None:
        if not isinstance(working_dir, str) or not working_dir.startswith("/"):
            raise ValueError(f"working_dir must be an absolute path on the server: {working_dir!r}")
        self._conn = connection
        self._working_dir = working_dir

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
        return await _bash.execute(self._conn, command, self._dir(cwd), timeout)

    async def start_command(
        self, command: str, *, cwd: str | None = None, timeout: int = DEFAULT_COMMAND_TIMEOUT
    ) -> AsyncRunningCommand:
        """Start ``command`` with ``bash`` and return at once; follow it with the handle."""
        _bash.validate_command(command, timeout)
        return await _bash.start(self._conn, command, self._dir(cwd), timeout)

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
        return await _transfer.upload(self._conn.http, local, self.path(remote_path), progress)

    async def download(
        self,
        remote_path: str,
        local: LocalFile,
        *,
        progress: ProgressCallback | None = None,
    ) -> TransferResult:
        """Copy ``remote_path`` to a local path (replaced only once complete) or file object.

        Raises :class:`NotFoundError` if the remote file does not exist, and ``OSError``
        before any request if the local path cannot be written.
        """
        return await _transfer.download(self._conn.http, self.path(remote_path), local, progress)

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
        changes: list[GitChange] = await call(
            git_changes,
            list,
            "git changes",
            client=self._conn.api,
            path=self._dir(path),
            ref=ref if ref is not None else UNSET,
        )
        return changes

    async def git_diff(self, path: str, *, ref: str | None = None) -> GitDiff:
        """The ``original`` and ``modified`` text of one file in a repository.

        Raises :class:`NotFoundError` if the file does not exist.
        """
        return await call(
            git_diff,
            GitDiff,
            "git diff",
            client=self._conn.api,
            path=self.path(path),
            ref=ref if ref is not None else UNSET,
        )

    def __repr__(self) -> str:
        return f"<AsyncWorkspace {self._working_dir}>"
