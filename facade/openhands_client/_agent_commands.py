"""The commands that change how a conversation's agent works: its LLM, plugins, policies and
goal loops (one REST request each), part of every handle's commands."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openhands_api import models as _models
from openhands_api.api.conversations import (
    load_plugin,
    resume_goal,
    set_confirmation_policy,
    set_security_analyzer,
    start_goal,
    stop_goal,
    switch_acp_model,
    switch_llm,
    switch_profile,
)

from . import _checks
from ._command_base import CommandBase
from ._compat import SWITCH_LLM, SWITCH_LLM_SINCE
from ._http import as_json

if TYPE_CHECKING:
    from openhands_api.models.llm_input import LLMInput

    from .models import ConfirmationPolicySpec, SecurityAnalyzerSpec


class AgentCommands(CommandBase):
    """Commands that change the agent of the conversation ``id``: each one REST request."""

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
        body = _models.SwitchProfileRequest(
            profile_name=_checks.nonempty(profile_name, "profile_name")
        )
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
        body = _models.SwitchACPModelRequest(model=_checks.nonempty(model, "model"))
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
        await self._act(stop_goal, "stop goal")

    async def resume_goal(self) -> None:
        """Continue the last interrupted goal loop.

        Raises :class:`ConflictError` while the conversation runs or a goal loop is active,
        :class:`StatusError` (HTTP 400) when there is no interrupted goal to resume.
        """
        await self._act(resume_goal, "resume goal")

    async def load_plugin(self, plugin_ref: str) -> None:
        """Load a plugin (e.g. ``github:owner/repo`` or a path on the server) into the agent."""
        body = _models.LoadPluginRequest(plugin_ref=_checks.nonempty(plugin_ref, "plugin_ref"))
        await self._post(
            load_plugin.build_request(self._id, body=body),
            load_plugin.parse_response,
            "load plugin",
        )
