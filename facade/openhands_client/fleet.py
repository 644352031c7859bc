"""Many conversations over several agent servers from one process.

:class:`AsyncAgentFleet` places each new conversation on a live server with a free run
slot, health-checks the servers and reports the conversations of one that died;
:func:`arun_many` runs one conversation per task across a fleet, writing one JSON line per
finished task, resumably. :class:`AgentFleet` and :func:`run_many` are their synchronous
twins. Servers come as URLs, endpoints or providers (:mod:`openhands_client.providers`).
"""

from ._batch import BatchOptions, BatchReport, BatchTask, LostTask, TaskResult, arun_many
from ._fleet import AsyncAgentFleet, LostConversation, ServerSource, ServerStatus
from ._sync_fleet import AgentFleet, run_many
from .errors import ServerLostError

__all__ = [
    "AgentFleet",
    "AsyncAgentFleet",
    "BatchOptions",
    "BatchReport",
    "BatchTask",
    "LostConversation",
    "LostTask",
    "ServerLostError",
    "ServerSource",
    "ServerStatus",
    "TaskResult",
    "arun_many",
    "run_many",
]
