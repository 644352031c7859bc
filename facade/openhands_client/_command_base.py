"""What every command on a conversation by id is built on: its id, the server, one request."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar
from uuid import UUID

import httpx

from openhands_api import models as _models
from openhands_api.api.conversations import (
    get_conversation,
    run_conversation,
)
from openhands_api.client import AuthenticatedClient

from ._compat import ServerCompat
from ._connection import Connection
from ._http import Parser, call

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo


M = TypeVar("M")


class BareOperation(Protocol):
    """A generated operation module that acts on a conversation and takes nothing else
    (``pause_conversation``, ``stop_goal``...): its ``build_request`` and parser."""

    def build_request(self, conversation_id: UUID) -> dict[str, Any]: ...

    def parse_response(
        self, *, client: AuthenticatedClient, response: httpx.Response
    ) -> object: ...


class CommandBase:
    """A handle on the conversation ``id``: the connection its commands' requests go through."""

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

    def _check_usable(self) -> None:
        """Raise before any request if this handle may no longer send one."""

    def _learned(self, info: Mapping[str, Any], *, whole: bool) -> None:
        """A command changed the conversation as ``info`` says (``whole``: all of it)."""

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

    async def _act(
        self,
        operation: BareOperation,
        what: str,
        *,
        missing_on_400: Callable[[Any], bool] | None = None,
    ) -> None:
        """Send ``operation`` on this conversation (no body); the server answers ``Success``."""
        request = operation.build_request(self._id)
        await self._post(request, operation.parse_response, what, missing_on_400=missing_on_400)

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
        await self._act(run_conversation, "run")
