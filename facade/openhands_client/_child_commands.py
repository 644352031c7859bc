"""Child conversations: starting one from a conversation and listing a conversation's children
(one REST request each), part of every handle's commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.conversations import start_child_conversation

from . import _checks
from ._command_base import CommandBase
from ._compat import START_CHILD, START_CHILD_SINCE

if TYPE_CHECKING:
    from openhands_api.models.start_child_conversation_response import (
        StartChildConversationResponse,
    )

ChildIsolation = Literal["worktree", "shared"]
"""Where a child conversation works: ``"worktree"`` (a git worktree carved from the parent's
workspace when that is a git repository, else the parent's directory) or ``"shared"`` (the
parent's directory)."""

_ISOLATIONS: tuple[str, ...] = get_args(ChildIsolation)


class ChildCommands(CommandBase):
    """Commands on the children of the conversation ``id``: each one REST request."""

    async def start_child(
        self, task: str, *, title: str | None = None, isolation: ChildIsolation = "worktree"
    ) -> StartChildConversationResponse:
        """Start a child conversation of this one on the server; it runs ``task`` at once.

        The child takes this conversation's agent, secrets, tags and workspace (in its own git
        worktree with ``isolation="worktree"`` when the workspace is a git repository) and
        gets ``task`` as its first user message; its ``parent_conversation_id`` names this
        conversation. The answer's ``conversation_id`` is the child's: attach to it with
        :meth:`AsyncAgentServer.attach_conversation` (or :meth:`AsyncAgentServer.control`).
        Raises :class:`UnsupportedFeatureError` on servers before 1.57, which have no
        children, before any request.
        """
        _checks.text(task, "task")
        _checks.optional_text(title, "title")
        if isolation not in _ISOLATIONS:
            raise ValueError(f"isolation must be 'worktree' or 'shared', got {isolation!r}")
        self._check_usable()
        await self._compat.require_version(START_CHILD, START_CHILD_SINCE)
        body = _models.StartChildConversationRequest(task=task, title=title, isolation=isolation)
        return await self._call(
            start_child_conversation.build_request(self._id, body=body),
            start_child_conversation.parse_response,
            _models.StartChildConversationResponse,
            "start child conversation",
        )

    async def children(self) -> list[UUID]:
        """The ids of this conversation's children, as the server has them now (every
        supported server; ``[]`` for none). An attached conversation's state is refreshed too."""
        info = await self._fetch_info()
        self._learned(info.to_dict(), whole=False)
        return [UUID(str(child)) for child in info.sub_conversation_ids or []]
