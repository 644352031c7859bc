"""The one-request commands on a conversation by id, shared by both ways of holding one.

:class:`AsyncConversation` (attached: socket, log, state) and
:class:`AsyncConversationControl` (nothing held) both inherit :class:`ConversationCommands`:
each command is written once, as one REST request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from openhands_api import models as _models
from openhands_api.api.conversations import (
    ask_agent,
    condense_conversation,
    delete_conversation,
    get_agent_final_response,
    interrupt_conversation,
    navigate_conversation,
    pause_conversation,
    update_conversation,
    update_secrets,
)
from openhands_api.api.events import respond_to_confirmation, send_message

from . import _checks, _start_request
from ._agent_commands import AgentCommands
from ._child_commands import ChildCommands
from ._http import bare_400
from ._options import LLM_TIMEOUT

if TYPE_CHECKING:
    from openhands_api.models.send_message_request import SendMessageRequest

    from .models import SecretSpec


class ConversationCommands(AgentCommands, ChildCommands):
    """The commands every handle on the conversation ``id`` has: each one REST request."""

    async def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message (text or a generated ``SendMessageRequest``).

        With ``run=True`` the server starts the agent too.
        """
        if not isinstance(message, _models.SendMessageRequest):
            _checks.text(message, "message")
        body = _start_request.message_request(message, run)
        await self._post(
            send_message.build_request(self._id, body=body),
            send_message.parse_response,
            "send message",
        )

    async def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        await self._act(pause_conversation, "pause", missing_on_400=bare_400)

    async def interrupt(self) -> None:
        """Interrupt the agent at once, cancelling its current LLM call or tool."""
        await self._act(interrupt_conversation, "interrupt", missing_on_400=bare_400)

    async def delete(self) -> None:
        """Delete the conversation on the server."""
        await self._act(delete_conversation, "delete", missing_on_400=bare_400)

    async def reject_pending_actions(self, reason: str = "User rejected the action.") -> None:
        """Reject the actions waiting for confirmation."""
        body = _models.ConfirmationResponseRequest(
            accept=False, reason=_checks.text(reason, "reason")
        )
        await self._post(
            respond_to_confirmation.build_request(self._id, body=body),
            respond_to_confirmation.parse_response,
            "reject actions",
        )

    async def accept_pending_actions(self) -> None:
        """Accept the actions waiting for confirmation (the agent continues)."""
        body = _models.ConfirmationResponseRequest(accept=True)
        await self._post(
            respond_to_confirmation.build_request(self._id, body=body),
            respond_to_confirmation.parse_response,
            "accept actions",
        )

    async def update_secrets(self, secrets: Mapping[str, SecretSpec]) -> None:
        """Add or replace secrets the agent may use (values are never logged).

        A value is the secret itself (a ``str``) or a generated secret-source model / dict
        (e.g. ``{"kind": "LookupSecret", "url": ...}``).
        """
        sources = _start_request.secret_sources(
            _checks.mapping(secrets, "secrets", allow_empty=False)
        )
        body = _models.UpdateSecretsRequest(
            secrets=_models.UpdateSecretsRequestSecrets.from_dict(sources)
        )
        await self._post(
            update_secrets.build_request(self._id, body=body),
            update_secrets.parse_response,
            "update secrets",
        )

    async def ask_agent(self, question: str, *, timeout: float = LLM_TIMEOUT) -> str:
        """Ask the agent's LLM a side question; the conversation is not changed.

        ``timeout`` (seconds) bounds this call, which waits on the LLM, instead of the
        client's (tighter) REST timeout.
        """
        body = _models.AskAgentRequest(question=_checks.text(question, "question"))
        request = ask_agent.build_request(self._id, body=body)
        request["timeout"] = _checks.seconds(timeout, "timeout")
        answer = await self._call(
            request, ask_agent.parse_response, _models.AskAgentResponse, "ask agent"
        )
        return answer.response

    async def final_response(self) -> str:
        """The agent's final answer: its ``finish`` message or last text reply ("" if none yet)."""
        result = await self._call(
            get_agent_final_response.build_request(self._id),
            get_agent_final_response.parse_response,
            _models.AgentResponseResult,
            "final response",
        )
        return result.response

    async def condense(self, *, timeout: float = LLM_TIMEOUT) -> None:
        """Ask the server to condense the conversation's history now.

        The agent's condenser does it (a summarizing one calls its LLM): ``timeout`` seconds
        bound this call instead of the client's (tighter) REST timeout.
        """
        request = condense_conversation.build_request(self._id)
        request["timeout"] = _checks.seconds(timeout, "timeout")
        await self._post(request, condense_conversation.parse_response, "condense")

    async def set_title(self, title: str) -> None:
        """Set the conversation's title."""
        body = _models.UpdateConversationRequest(title=_checks.text(title, "title"))
        await self._post(
            update_conversation.build_request(self._id, body=body),
            update_conversation.parse_response,
            "set title",
        )
        self._learned({"title": title}, whole=False)

    async def navigate(self, event_id: str | None) -> None:
        """Move the conversation's HEAD to ``event_id`` (``None``: the empty tree).

        The agent continues from there on the next run; no event is deleted and no new
        conversation is created. An attached conversation's state is refreshed from the answer.
        """
        if event_id is not None and (not isinstance(event_id, str) or not event_id):
            raise ValueError(f"event_id must be a non-empty string or None, got {event_id!r}")
        body = _models.NavigateConversationRequest(event_id=event_id)
        info = await self._call(
            navigate_conversation.build_request(self._id, body=body),
            navigate_conversation.parse_response,
            _models.ConversationInfo,
            "navigate",
        )
        self._learned(info.to_dict(), whole=True)
