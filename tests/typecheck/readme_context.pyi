# The names README fragments (code blocks that do not start with an import) take as given:
# scripts/typecheck_docs.py checks each fragment after `from readme_context import *`.
from typing import Any
from uuid import UUID

from openhands_client import AgentServer as AgentServer
from openhands_client import AsyncAgentServer as AsyncAgentServer
from openhands_client import Conversation

server: AgentServer
conv: Conversation
agent: dict[str, Any]
token: str
key: str
job_id: UUID
new_id: UUID
profile_id: UUID
event_id: str
eid: str
