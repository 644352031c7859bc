"""AsyncConversationControl: drive a conversation by id without a socket or an event log.

For schedulers and webhooks: create a conversation idempotently under a chosen id, send it a
message, start a run and read its status, each one REST request. Attach later with
:meth:`AsyncAgentServer.attach_conversation` for the live view.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.conversations import (
    get_conversation,
    interrupt_conversation,
    pause_conversation,
    run_conversation,
    start_conversation,
    update_secrets,
)
from openhands_api.api.events import send_message

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo
    from openhands_api.models.send_message_request import SendMessageRequest

from . import _start_request
from ._compat import CONTROL_CREATE, ServerCompat
from ._connection import Connection
from ._event_queries import EventQueries
from ._http import call, retry_while_full
from ._start_request import CreateOptions
from ._state import ExecutionStatus
from .errors import ConflictError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from .models import AgentSpec


class AsyncConversationControl(EventQueries):
    """A light handle on the conversation ``id``: every method is one REST request.

    Obtain one from :meth:`AsyncAgentServer.control`. It holds no socket, loads no events
    and keeps no state, so any number of them cost nothing while unused.
    """

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

    async def create(
        self, agent: AgentSpec | None, working_dir: str, **options: Unpack[CreateOptions]
    ) -> ConversationInfo:
        """Create the conversation under this id, or return the one that already has it.

        Safe to repeat (the server deduplicates creates for one id): a retry after a lost
        answer creates nothing twice. ``options`` are those of :class:`CreateOptions`;
        ``agent`` may be ``None`` as in :meth:`AsyncAgentServer.start_conversation`.
        Raises :class:`UnsupportedFeatureError` if the server does not deduplicate creates.
        """
        for name in options:
            if name not in CreateOptions.__optional_keys__:
                raise TypeError(f"create() got an unexpected keyword argument {name!r}")
        payload = _start_request.prepare(agent, working_dir, options, self._id)
        body = _start_request.build(payload, options.get("request") or {})
        await self._compat.require(CONTROL_CREATE)
        deadline = time.monotonic() + options.get("capacity_timeout", 300.0)
        info = await retry_while_full(
            lambda: call(
                start_conversation,
                _models.ConversationInfo,
                f"start conversation {self._id}",
                client=self._conn.api,
                body=body,
                retry_until=deadline,
            ),
            deadline,
        )
        late = _start_request.secrets_not_taken(info.to_dict(), options.get("secrets"))
        if late:  # it existed already: the server ignored the request's secrets
            sources = _models.UpdateSecretsRequestSecrets.from_dict(
                _start_request.secret_sources(late)
            )
            body_secrets = _models.UpdateSecretsRequest(secrets=sources)
            await self._post(update_secrets, "update secrets", body=body_secrets)
        return info

    async def info(self) -> ConversationInfo:
        """The conversation as the server has it now; :class:`NotFoundError` if none."""
        return await call(
            get_conversation,
            _models.ConversationInfo,
            "get conversation",
            conversation_id=self._id,
            client=self._conn.api,
        )

    async def status(self) -> ExecutionStatus:
        """The conversation's execution status now."""
        info = await self.info()
        return ExecutionStatus.parse(info.to_dict().get("execution_status"))

    async def send_message(self, message: str | SendMessageRequest, *, run: bool = False) -> None:
        """Send a user message; with ``run=True`` the server starts the agent too."""
        body = _start_request.message_request(message, run)
        await self._post(send_message, "send message", body=body)

    async def run(self) -> bool:
        """Start the agent without waiting; ``False`` if it was already running."""
        try:
            await self._post(run_conversation, "run")
        except ConflictError:
            return False
        return True

    async def pause(self) -> None:
        """Ask the agent to pause after its current step."""
        await self._post(pause_conversation, "pause", missing_on_400=True)

    async def interrupt(self) -> None:
        """Interrupt the agent at once."""
        await self._post(interrupt_conversation, "interrupt", missing_on_400=True)

    async def _post(self, request: Any, what: str, **kwargs: Any) -> None:
        await call(
            request,
            _models.Success,
            what,
            conversation_id=self._id,
            client=self._conn.api,
            **kwargs,
        )

    def __repr__(self) -> str:
        return f"<AsyncConversationControl {self._id}>"
