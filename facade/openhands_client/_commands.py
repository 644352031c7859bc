"""The one-request commands on a conversation by id, shared by both ways of holding one.

:class:`AsyncConversation` (attached: socket, log, state) and
:class:`AsyncConversationControl` (nothing held) both inherit :class:`ConversationCommands`:
each command is written once, as one REST request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.conversations import (
    ask_agent,
    condense_conversation,
    delete_conversation,
    get_agent_final_response,
    get_conversation,
    interrupt_conversation,
    load_plugin,
    navigate_conversation,
    pause_conversation,
    resume_goal,
    run_conversation,
    set_confirmation_policy,
    set_security_analyzer,
    start_goal,
    stop_goal,
    switch_acp_model,
    switch_llm,
    switch_profile,
    update_conversation,
    update_secrets,
)
from openhands_api.api.events import respond_to_confirmation, send_message

from . import _checks, _start_request
from ._compat import SWITCH_LLM, SWITCH_LLM_SINCE, ServerCompat
from ._connection import Connection
from ._http import Parser, as_json, bare_400, call
from ._options import LLM_TIMEOUT

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo
    from openhands_api.models.llm_input import LLMInput
    from openhands_api.models.send_message_request import SendMessageRequest

    from .models import ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec

M = TypeVar("M")


class ConversationCommands:
    """The commands every handle on the conversation ``id`` has: each one REST request."""

    def __init__(
        self, connection: Connection, conversation_id: UUID, compat: ServerCompat | None = None
    ) -> None:
        self._conn = connection
        self._id = conversation_id
        self._compat = compat or ServerCompat(connection)

    @property
    def id(self) -> UUID:
        """The conversation id."""
        return self._id

    # -- what a subclass adds --------------------------------------------------------------

    def _check_usable(self) -> None:
        """Raise before any request if this handle may no longer send one."""

    def _learned(self, info: Mapping[str, Any], *, whole: bool) -> None:
        """A command changed the conversation as ``info`` says (``whole``: all of it)."""

    # -- the requests ------------------------------------------------------------------------

    async def _call(
        self,
        request: dict[str, Any],
        parse: Parser,
        expect: type[M],
        what: str,
        *,
        missing_on_400: Callable[[Any], bool] | None = None,
    ) -> M:
        """Send a request built by a generated ``build_request`` on this conversation."""
        self._check_usable()
        api = self._conn.api
        return await call(api, request, parse, expect, what, missing_on_400=missing_on_400)

    async def _post(
        self,
        request: dict[str, Any],
        parse: Parser,
        what: str,
        *,
        missing_on_400: Callable[[Any], bool] | None = None,
    ) -> None:
        await self._call(request, parse, _models.Success, what, missing_on_400=missing_on_400)

    async def _fetch_info(self) -> ConversationInfo:
        """The conversation as the server has it now."""
        return await self._call(
            get_conversation.build_request(self._id),
            get_conversation.parse_response,
            _models.ConversationInfo,
            "get conversation",
        )

    async def _start_run(self) -> None:
        """Ask the server to run the agent (:class:`ConflictError` if it already runs)."""
        await self._post(
            run_conversation.build_request(self._id),
            run_conversation.parse_response,
            "run",
        )

    # -- the commands ------------------------------------------------------------------------

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
        await self._post(
            pause_conversation.build_request(self._id),
            pause_conversation.parse_response,
            "pause",
            missing_on_400=bare_400,
        )

    async def interrupt(self) -> None:
        """Interrupt the agent at once, cancelling its current LLM call or tool."""
        await self._post(
            interrupt_conversation.build_request(self._id),
            interrupt_conversation.parse_response,
            "interrupt",
            missing_on_400=bare_400,
        )

    async def delete(self) -> None:
        """Delete the conversation on the server."""
        await self._post(
            delete_conversation.build_request(self._id),
            delete_conversation.parse_response,
            "delete",
            missing_on_400=bare_400,
        )

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

    async def set_confirmation_policy(self, policy: ConfirmationPolicySpec) -> None:
        """Set the confirmation policy: a generated policy model or a dict with its ``kind``."""
        body = _models.SetConfirmationPolicyRequest.from_dict({"policy": as_json(policy, "policy")})
        await self._post(
            set_confirmation_policy.build_request(self._id, body=body),
            set_confirmation_policy.parse_response,
            "set confirmation policy",
        )

    async def set_security_analyzer(self, analyzer: SecurityAnalyzerSpec | None) -> None:
        """Set (or with ``None`` remove) the security analyzer: a generated model or a dict."""
        raw = None if analyzer is None else as_json(analyzer, "analyzer")
        body = _models.SetSecurityAnalyzerRequest.from_dict({"security_analyzer": raw})
        await self._post(
            set_security_analyzer.build_request(self._id, body=body),
            set_security_analyzer.parse_response,
            "set security analyzer",
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

    async def switch_llm(self, llm: LLMInput | Mapping[str, Any]) -> None:
        """Use another LLM (a generated ``LLMInput`` or its JSON) from the next step on.

        Raises :class:`UnsupportedFeatureError` on servers before 1.57, which accept the
        request but keep the old LLM.
        """
        body = _models.SwitchLLMRequest.from_dict({"llm": as_json(llm, "llm")})
        await self._compat.require_version(SWITCH_LLM, SWITCH_LLM_SINCE)
        await self._post(
            switch_llm.build_request(self._id, body=body),
            switch_llm.parse_response,
            "switch LLM",
        )

    async def switch_profile(self, profile_name: str) -> None:
        """Use the server's stored LLM profile ``profile_name`` from the next step on."""
        if not isinstance(profile_name, str) or not profile_name:
            raise ValueError(f"profile_name must be a non-empty string, got {profile_name!r}")
        body = _models.SwitchProfileRequest(profile_name=profile_name)
        await self._post(
            switch_profile.build_request(self._id, body=body),
            switch_profile.parse_response,
            "switch profile",
        )

    async def switch_acp_model(self, model: str) -> None:
        """Use another model of an ACP agent's provider from the next turn on.

        Only an ACP agent (``models.ACPAgent``) whose provider can switch models takes it; the
        server refuses any other with HTTP 400 (:class:`StatusError`).
        """
        if not isinstance(model, str) or not model:
            raise ValueError(f"model must be a non-empty string, got {model!r}")
        body = _models.SwitchACPModelRequest(model=model)
        await self._post(
            switch_acp_model.build_request(self._id, body=body),
            switch_acp_model.parse_response,
            "switch ACP model",
        )

    async def start_goal(self, objective: str, *, max_iterations: int = 10) -> None:
        """Start a goal loop: the agent works on ``objective`` until its LLM judges it met.

        The server sends ``objective`` as a user message, runs the agent, has the agent's LLM
        judge whether the goal is met, and sends a follow-up and runs again until it is, or
        for at most ``max_iterations`` rounds.

        Returns once the loop has started; everything happens in this conversation's own
        events, and each round's goal status arrives as a ``ConversationStateUpdateEvent`` with
        ``key == "goal"`` (``value["status"]``: ``running``, ``interrupted``, then how it ended).
        A user message sent meanwhile stops the loop. Raises :class:`ConflictError` while the
        conversation runs or a goal loop is active.
        """
        objective = _checks.text(objective, "objective")
        if type(max_iterations) is not int or max_iterations < 1:
            raise ValueError(f"max_iterations must be a positive int, got {max_iterations!r}")
        body = _models.StartGoalRequest(objective=objective, max_iterations=max_iterations)
        await self._post(
            start_goal.build_request(self._id, body=body), start_goal.parse_response, "start goal"
        )

    async def stop_goal(self) -> None:
        """Stop the active goal loop, if any; :meth:`resume_goal` can continue it.

        The goal is recorded ``interrupted``; stopping with no active loop is no error.
        """
        await self._post(stop_goal.build_request(self._id), stop_goal.parse_response, "stop goal")

    async def resume_goal(self) -> None:
        """Continue the last interrupted goal loop.

        Raises :class:`ConflictError` while the conversation runs or a goal loop is active,
        :class:`StatusError` (HTTP 400) when there is no interrupted goal to resume.
        """
        await self._post(
            resume_goal.build_request(self._id), resume_goal.parse_response, "resume goal"
        )

    async def load_plugin(self, plugin_ref: str) -> None:
        """Load a plugin (e.g. ``github:owner/repo`` or a path on the server) into the agent."""
        if not isinstance(plugin_ref, str) or not plugin_ref:
            raise ValueError(f"plugin_ref must be a non-empty string, got {plugin_ref!r}")
        body = _models.LoadPluginRequest(plugin_ref=plugin_ref)
        await self._post(
            load_plugin.build_request(self._id, body=body),
            load_plugin.parse_response,
            "load plugin",
        )
