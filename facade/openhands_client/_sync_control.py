"""ConversationControl: the synchronous twin of :class:`AsyncConversationControl`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ._control import AsyncConversationControl
from ._start_request import CreateOptions
from ._state import ExecutionStatus
from ._sync_queries import SyncQueries

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo

    from .models import AgentSpec


class ConversationControl(SyncQueries[AsyncConversationControl]):
    """A light handle on a conversation by id, driven synchronously.

    See :class:`AsyncConversationControl`.
    """

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

    def run(self) -> bool:
        """Start the agent without waiting; ``False`` if it was already running.

        ``interrupt_on_exit`` does not cover it; see :meth:`AsyncConversationControl.run`.
        """
        return self._portal.call(self._async.run())

    def __repr__(self) -> str:
        return f"<ConversationControl {self.id}>"
