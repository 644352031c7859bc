"""AsyncConversationControl: drive a conversation by id without a socket or an event log.

For schedulers and webhooks: create a conversation idempotently under a chosen id, send it a
message, start a run and read its status, each one REST request. Attach later with
:meth:`AsyncAgentServer.attach_conversation` for the live view.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from openhands_api import models as _models
from openhands_api.api.conversations import start_conversation

from . import _checks, _start_request
from ._compat import CONTROL_CREATE
from ._http import call, retry_while_full
from ._queries import ConversationQueries
from ._start_request import CreateOptions
from ._state import ExecutionStatus
from .errors import ConflictError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo

    from .models import AgentSpec


class AsyncConversationControl(ConversationQueries):
    """A light handle on the conversation ``id``: every method is one REST request.

    Obtain one from :meth:`AsyncAgentServer.control`. It holds no socket, loads no events
    and keeps no state, so any number of them cost nothing while unused.
    """

    async def create(
        self, agent: AgentSpec | None, working_dir: str, **options: Unpack[CreateOptions]
    ) -> ConversationInfo:
        """Create the conversation under this id, or return the one that already has it.

        Safe to repeat (the server deduplicates creates for one id): a retry after a lost
        answer creates nothing twice. ``options`` are those of :class:`CreateOptions`;
        ``agent`` may be ``None`` as in :meth:`AsyncAgentServer.start_conversation`.
        Raises :class:`UnsupportedFeatureError` if the server does not deduplicate creates.
        """
        _checks.keywords(options, CreateOptions.__optional_keys__, "create()")
        payload = _start_request.prepare(agent, working_dir, options, self._id)
        body = _start_request.build(payload, options.get("request") or {})
        await self._compat.require(CONTROL_CREATE)
        deadline = time.monotonic() + options.get("capacity_timeout", 300.0)
        info = await retry_while_full(
            lambda: call(
                self._conn.api,
                start_conversation.build_request(body=body),
                start_conversation.parse_response,
                _models.ConversationInfo,
                f"start conversation {self._id}",
                retry_until=deadline,
            ),
            deadline,
        )
        late = _start_request.secrets_not_taken(info.to_dict(), options.get("secrets"))
        if late:  # it existed already: the server ignored the request's secrets
            await self.update_secrets(late)
        return info

    async def info(self) -> ConversationInfo:
        """The conversation as the server has it now; :class:`NotFoundError` if none."""
        return await self._fetch_info()

    async def status(self) -> ExecutionStatus:
        """The conversation's execution status now."""
        info = await self.info()
        return ExecutionStatus.parse(info.execution_status)

    async def run(self) -> bool:
        """Start the agent without waiting; ``False`` if it was already running.

        The run is not this handle's to end: the client's ``interrupt_on_exit`` does not cover
        it (a handle waits for no run and has no close, and a scheduler or webhook starts a run
        to outlive its own request). Stop it with :meth:`interrupt`, or attach
        (:meth:`AsyncAgentServer.attach_conversation`) and ``run()`` there to own the run.
        """
        try:
            await self._start_run()
        except ConflictError:
            return False
        return True

    def __repr__(self) -> str:
        return f"<AsyncConversationControl {self._id}>"
