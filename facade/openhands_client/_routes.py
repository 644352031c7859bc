"""Which generated operations a workspace calls: the server's own, or a conversation's runtime.

The runtime routes (``/api/conversations/{id}/bash|file|git``) take the same arguments plus
the conversation id, and run where that conversation's agent runs. Each method builds its
request with the chosen module's own ``build_request``, so a type checker checks the
arguments on both sides.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.bash import (
    execute_bash_command,
    search_bash_events,
    start_bash_command,
    stop_bash_command,
)
from openhands_api.api.files import (
    archive_directory,
    create_directory,
    download_file,
    download_trajectory,
    upload_file,
)
from openhands_api.api.git import git_changes, git_commits, git_diff
from openhands_api.api.runtime import (
    runtime_archive_directory,
    runtime_create_directory,
    runtime_download_file,
    runtime_download_trajectory,
    runtime_execute_bash_command,
    runtime_git_changes,
    runtime_git_commits,
    runtime_git_diff,
    runtime_search_bash_events,
    runtime_start_bash_command,
    runtime_stop_bash_command,
    runtime_upload_file,
)
from openhands_api.types import UNSET, File, Unset

from ._http import Prepared

if TYPE_CHECKING:
    from openhands_api.models.archive_directory_format import ArchiveDirectoryFormat
    from openhands_api.models.execute_bash_request import ExecuteBashRequest


@dataclass(frozen=True)
class Routes:
    """The server's own routes (``runtime`` None) or those of conversation ``runtime``."""

    runtime: UUID | None = None

    def execute_bash_command(self, body: ExecuteBashRequest) -> Prepared:
        """Run a command and wait for it."""
        if self.runtime is None:
            return Prepared(
                execute_bash_command.build_request(body=body), execute_bash_command.parse_response
            )
        request = runtime_execute_bash_command.build_request(self.runtime, body=body)
        return Prepared(request, runtime_execute_bash_command.parse_response)

    def start_bash_command(self, body: ExecuteBashRequest) -> Prepared:
        """Start a command; answer at once."""
        if self.runtime is None:
            return Prepared(
                start_bash_command.build_request(body=body), start_bash_command.parse_response
            )
        request = runtime_start_bash_command.build_request(self.runtime, body=body)
        return Prepared(request, runtime_start_bash_command.parse_response)

    def search_bash_output(
        self, command_id: UUID, *, order_gt: int | Unset, page_id: str | Unset
    ) -> Prepared:
        """One page of a command's output events."""
        if self.runtime is None:
            request = search_bash_events.build_request(
                command_id_eq=command_id, kind_eq="BashOutput", order_gt=order_gt, page_id=page_id
            )
            return Prepared(request, search_bash_events.parse_response)
        request = runtime_search_bash_events.build_request(
            self.runtime,
            command_id_eq=command_id,
            kind_eq="BashOutput",
            order_gt=order_gt,
            page_id=page_id,
        )
        return Prepared(request, runtime_search_bash_events.parse_response)

    def stop_bash_command(self, command_id: UUID) -> Prepared:
        """Stop a running command."""
        if self.runtime is None:
            return Prepared(
                stop_bash_command.build_request(command_id), stop_bash_command.parse_response
            )
        request = runtime_stop_bash_command.build_request(self.runtime, command_id)
        return Prepared(request, runtime_stop_bash_command.parse_response)

    def upload_file(self, path: str) -> Prepared:
        """An upload to ``path``: only its URL and query are used (the body is streamed)."""
        empty = File(payload=io.BytesIO())
        if self.runtime is None:
            body = _models.UploadFileBody(file=empty)
            return Prepared(
                upload_file.build_request(body=body, path=path), upload_file.parse_response
            )
        runtime_body = _models.RuntimeUploadFileBody(file=empty)
        request = runtime_upload_file.build_request(self.runtime, body=runtime_body, path=path)
        return Prepared(request, runtime_upload_file.parse_response)

    def download_file(self, path: str) -> Prepared:
        """A download of the file ``path``."""
        if self.runtime is None:
            return Prepared(download_file.build_request(path=path), download_file.parse_response)
        request = runtime_download_file.build_request(self.runtime, path=path)
        return Prepared(request, runtime_download_file.parse_response)

    def archive_directory(
        self, path: str, *, format_: ArchiveDirectoryFormat, base_ref: str | Unset, excludes: bool
    ) -> Prepared:
        """A download of the directory ``path`` as an archive."""
        if self.runtime is None:
            request = archive_directory.build_request(
                path=path, format_=format_, base_ref=base_ref, use_default_excludes=excludes
            )
            return Prepared(request, archive_directory.parse_response)
        request = runtime_archive_directory.build_request(
            self.runtime,
            path=path,
            format_=format_,
            base_ref=base_ref,
            use_default_excludes=excludes,
        )
        return Prepared(request, runtime_archive_directory.parse_response)

    def create_directory(self, path: str) -> Prepared:
        """Create the directory ``path`` and its parents."""
        if self.runtime is None:
            return Prepared(
                create_directory.build_request(path=path), create_directory.parse_response
            )
        request = runtime_create_directory.build_request(self.runtime, path=path)
        return Prepared(request, runtime_create_directory.parse_response)

    def download_trajectory(self, conversation_id: UUID) -> Prepared:
        """A download of conversation ``conversation_id``'s trajectory."""
        if self.runtime is None:
            request = download_trajectory.build_request(conversation_id)
            return Prepared(request, download_trajectory.parse_response)
        request = runtime_download_trajectory.build_request(self.runtime, conversation_id)
        return Prepared(request, runtime_download_trajectory.parse_response)

    def git_changes(self, path: str, ref: str | Unset = UNSET) -> Prepared:
        """The changed files of the repository at ``path``."""
        if self.runtime is None:
            return Prepared(
                git_changes.build_request(path=path, ref=ref), git_changes.parse_response
            )
        request = runtime_git_changes.build_request(self.runtime, path=path, ref=ref)
        return Prepared(request, runtime_git_changes.parse_response)

    def git_diff(self, path: str, ref: str | Unset = UNSET) -> Prepared:
        """The diff of one file."""
        if self.runtime is None:
            return Prepared(git_diff.build_request(path=path, ref=ref), git_diff.parse_response)
        request = runtime_git_diff.build_request(self.runtime, path=path, ref=ref)
        return Prepared(request, runtime_git_diff.parse_response)

    def git_commits(self, path: str, limit: int) -> Prepared:
        """The newest ``limit`` commits of the repository at ``path``."""
        if self.runtime is None:
            request = git_commits.build_request(path=path, limit=limit)
            return Prepared(request, git_commits.parse_response)
        request = runtime_git_commits.build_request(self.runtime, path=path, limit=limit)
        return Prepared(request, runtime_git_commits.parse_response)


SERVER = Routes()
"""The server's own routes (``/api/bash|file|git``)."""


def for_conversation(conversation_id: UUID) -> Routes:
    """The routes of the runtime of conversation ``conversation_id``."""
    return Routes(conversation_id)
