"""RunningCommand: the synchronous twin of :class:`AsyncRunningCommand`."""

from __future__ import annotations

from collections.abc import Iterator
from uuid import UUID

from ._bash import AsyncRunningCommand, CommandResult, OutputChunk
from ._portal import Portal


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
        """Wait until the command ends; see :meth:`AsyncRunningCommand.wait`."""
        return self._portal.call(self._async.wait(timeout))

    def result(self) -> CommandResult:
        """The result of a command that has ended (see :attr:`done`)."""
        return self._async.result()

    def stop(self) -> None:
        """Stop the command (SIGTERM, then SIGKILL); its last output still arrives."""
        self._portal.call(self._async.stop())

    def __repr__(self) -> str:
        return f"<RunningCommand {self.id} {'done' if self.done else 'running'}>"
