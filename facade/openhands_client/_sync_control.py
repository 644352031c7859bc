"""ConversationControl: the synchronous twin of :class:`AsyncConversationControl`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING
from uuid import UUID

from ._control import AsyncConversationControl
from ._portal import Portal
from ._start_request import CreateOptions
from ._state import ExecutionStatus
from ._sync_event_queries import SyncEventQueries

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo
    from openhands_api.models.send_message_request import SendMessageRequest

    from .models import AgentSpec


class ConversationControl(SyncEventQueries):
    """A light handle on a conversation by id, driven synchronously.

    See :class:`AsyncConversationControl`.
    """

    _async: AsyncConversationControl

    def __init__(self, portal: Portal, control: AsyncConversationControl) -> None:
        self._portal = portal
        self._async = control

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._async.id

    def create(
        self, agent: AgentSpec | None, working_dir: str, **options: Unpack[CreateOptions]
    ) -> ConversationInfo:
        """Create the conversation under this id, or return the one that already has it.

        See :meth:`AsyncConversationControl.create`.
        """
        return self._portal.call(self._async.create(agent, working_dir, **options))

    def info(self) -> ConversationInfo:
        """The conversation as the server has it now; :class:`NotFoundError` if none."""
        return self._portal.call(self._async.info())

    def status(self) -> ExecutionStatus:
        """The conversation's execution status now."""
        return self._portal.call(self._async.status())

    def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message; with ``run=True`` the server starts the agent too."""
        self._portal.call(self._async.send_message(message, run=run))

    def run(self) -> bool:
        """Start the agent without waiting; ``False`` if it was already running."""
        return self._portal.call(self._async.run())

    def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        self._portal.call(self._async.pause())

    def interrupt(self) -> None:
        """Interrupt the agent at once."""
        self._portal.call(self._async.interrupt())

    def __repr__(self) -> str:
        return f"<ConversationControl {self.id}>"
