"""The synchronous twins of the shared one-request commands (:mod:`._commands`).

:class:`Conversation` and :class:`ConversationControl` both inherit :class:`SyncCommands`, as
their async originals inherit :class:`ConversationCommands`: each twin is written once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from uuid import UUID

from ._child_commands import ChildIsolation
from ._commands import ConversationCommands
from ._options import LLM_TIMEOUT
from ._portal import Portal

if TYPE_CHECKING:
    from openhands_api.models.llm_input import LLMInput
    from openhands_api.models.send_message_request import SendMessageRequest
    from openhands_api.models.start_child_conversation_response import (
        StartChildConversationResponse,
    )

    from .models import ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec

A = TypeVar("A", bound=ConversationCommands)


class SyncCommands(Generic[A]):
    """The commands of :class:`ConversationCommands`, run on the portal's loop."""

    def __init__(self, portal: Portal, commands: A) -> None:
        self._portal = portal
        self._async = commands

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._async.id

    def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message (text or a generated ``SendMessageRequest``)."""
        self._portal.call(self._async.send_message(message, run=run))

    def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        self._portal.call(self._async.pause())

    def interrupt(self) -> None:
        """Interrupt the agent at once, cancelling its current LLM call or tool."""
        self._portal.call(self._async.interrupt())

    def delete(self) -> None:
        """Delete the conversation on the server."""
        self._portal.call(self._async.delete())

    def reject_pending_actions(self, reason: str = "User rejected the action.") -> None:
        """Reject the actions waiting for confirmation."""
        self._portal.call(self._async.reject_pending_actions(reason))

    def accept_pending_actions(self) -> None:
        """Accept the actions waiting for confirmation (the agent continues)."""
        self._portal.call(self._async.accept_pending_actions())

    def set_confirmation_policy(self, policy: ConfirmationPolicySpec) -> None:
        """Set the confirmation policy: a generated policy model or a dict with its ``kind``."""
        self._portal.call(self._async.set_confirmation_policy(policy))

    def set_security_analyzer(self, analyzer: SecurityAnalyzerSpec | None) -> None:
        """Set (or with ``None`` remove) the security analyzer: a generated model or a dict."""
        self._portal.call(self._async.set_security_analyzer(analyzer))

    def update_secrets(self, secrets: Mapping[str, SecretSpec]) -> None:
        """Add or replace secrets the agent may use (values are never logged)."""
        self._portal.call(self._async.update_secrets(secrets))

    def ask_agent(self, question: str, *, timeout: float = LLM_TIMEOUT) -> str:
        """Ask the agent's LLM a side question; the conversation is not changed."""
        return self._portal.call(self._async.ask_agent(question, timeout=timeout))

    def final_response(self) -> str:
        """The agent's final answer: its ``finish`` message or last text reply ("" if none yet)."""
        return self._portal.call(self._async.final_response())

    def condense(self, *, timeout: float = LLM_TIMEOUT) -> None:
        """Ask the server to condense the conversation's history now."""
        self._portal.call(self._async.condense(timeout=timeout))

    def set_title(self, title: str) -> None:
        """Set the conversation's title."""
        self._portal.call(self._async.set_title(title))

    def navigate(self, event_id: str | None) -> None:
        """Move the conversation's HEAD to ``event_id`` (``None``: the empty tree)."""
        self._portal.call(self._async.navigate(event_id))

    def switch_llm(self, llm: LLMInput | Mapping[str, Any]) -> None:
        """Use another LLM (a generated ``LLMInput`` or its JSON) from the next step on."""
        self._portal.call(self._async.switch_llm(llm))

    def switch_profile(self, profile_name: str) -> None:
        """Use the server's stored LLM profile ``profile_name`` from the next step on."""
        self._portal.call(self._async.switch_profile(profile_name))

    def switch_acp_model(self, model: str) -> None:
        """Use another model of an ACP agent's provider from the next turn on."""
        self._portal.call(self._async.switch_acp_model(model))

    def start_goal(self, objective: str, *, max_iterations: int = 10) -> None:
        """Start a goal loop: the agent works on ``objective`` until its LLM judges it met."""
        self._portal.call(self._async.start_goal(objective, max_iterations=max_iterations))

    def stop_goal(self) -> None:
        """Stop the active goal loop, if any; :meth:`resume_goal` can continue it."""
        self._portal.call(self._async.stop_goal())

    def resume_goal(self) -> None:
        """Continue the last interrupted goal loop."""
        self._portal.call(self._async.resume_goal())

    def load_plugin(self, plugin_ref: str) -> None:
        """Load a plugin (e.g. ``github:owner/repo`` or a path on the server) into the agent."""
        self._portal.call(self._async.load_plugin(plugin_ref))

    def start_child(
        self, task: str, *, title: str | None = None, isolation: ChildIsolation = "worktree"
    ) -> StartChildConversationResponse:
        """Start a child conversation of this one on the server; it runs ``task`` at once."""
        return self._portal.call(self._async.start_child(task, title=title, isolation=isolation))

    def children(self) -> list[UUID]:
        """The ids of this conversation's children, as the server has them now (every
        supported server; ``[]`` for none). An attached conversation's state is refreshed too."""
        return self._portal.call(self._async.children())
