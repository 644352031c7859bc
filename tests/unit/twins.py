"""The async classes and their hand-written sync twins, for the tests that hold them together
(``test_sync_parity``: the same members, signatures and docs; ``test_sync_twins``: each sync
method forwards every argument to its async original)."""

from __future__ import annotations

from openhands_client import (
    AgentServer,
    AsyncAgentServer,
    AsyncConversation,
    AsyncConversationControl,
    AsyncRunningCommand,
    AsyncWorkspace,
    Conversation,
    ConversationControl,
    RunningCommand,
    Workspace,
)

PAIRS: list[tuple[type, type]] = [
    (AsyncAgentServer, AgentServer),
    (AsyncConversation, Conversation),
    (AsyncConversationControl, ConversationControl),
    (AsyncWorkspace, Workspace),
    (AsyncRunningCommand, RunningCommand),
]
