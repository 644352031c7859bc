"""What an attached conversation's held events and state tell, with no request sent.

:class:`ConversationRecord` gives :class:`AsyncConversation` its ``last_error``,
``user_messages()``, ``result()`` and ``pending_actions()``, all read from its feed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import _event_query
from ._feed import ConversationFeed
from ._resume import user_messages
from ._run_result import RunResult

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent
    from openhands_api.models.conversation_error_event import ConversationErrorEvent


class ConversationRecord:
    """The latest run's error and record, the user messages and the pending actions, read
    from the feed (its log, state and run clock) that keeps them current."""

    _feed: ConversationFeed

    @property
    def last_error(self) -> ConversationErrorEvent | None:
        """The fatal error of the latest run (the server's ``ConversationErrorEvent``, as in
        :attr:`events`), or None if it had none. When attached, the newest one in the log.

        An ``AgentErrorEvent`` is a failed tool call the agent is told about and goes on from:
        not the run's error. ``ConversationRunError.detail`` is this event's ``code: detail``.
        """
        from openhands_api.models.conversation_error_event import ConversationErrorEvent

        error = self._feed.run_error
        return error if isinstance(error, ConversationErrorEvent) else None

    def user_messages(self) -> list[str]:
        """The text of each user message in :attr:`events`, oldest first: on resume, whether
        a task was sent already (``if task not in conv.user_messages(): ...``). Only the
        events held: after a bounded ``history``, not a message sent before them (page back
        until ``events.complete`` first)."""
        return user_messages(self._feed.log)

    def result(self) -> RunResult:
        """The latest run's record: status, final answer, error, cost, tokens, event count and
        timing (see :class:`RunResult`). Made from what this object holds: no request is sent."""
        feed = self._feed
        return RunResult.of(feed.state, feed.log, error=feed.run_error, clock=feed.tracker.clock)

    def pending_actions(self) -> list[ActionEvent]:
        """The actions in :attr:`events` not yet observed, rejected or failed, oldest first.

        While the status is ``waiting_for_confirmation``, these wait for
        :meth:`accept_pending_actions` or :meth:`reject_pending_actions`. Only the events
        held: after a bounded ``history``, not an action from before them.
        """
        return _event_query.unmatched_actions(self._feed.log)


__all__ = ["ConversationRecord"]
