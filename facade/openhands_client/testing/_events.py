"""Event and answer JSON as the agent server writes it, for scripting a fake server.

Every builder returns what the server's ``model_dump(mode="json", exclude_none=True)`` gives
(the shapes of openhands-agent-server 1.57 and later), so that the client decodes it exactly
as it decodes the real server's answers.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from openhands_api.registry import STREAM_ONLY_KINDS

from .._compat import FEATURE_CAPABILITIES, NEWEST_TESTED
from ._bodies import CONVERSATION_1_45, SERVER_INFO_1_45

JSON = dict[str, Any]
"""A JSON object, as the server sends it."""

T0 = datetime(2025, 1, 1, 12, 0, 0)
"""The origin of :func:`ts`: a fixed, naive (server-local) time."""

SERVER_INFO: JSON = {
    **SERVER_INFO_1_45,
    "version": NEWEST_TESTED,
    "capabilities": sorted(set(FEATURE_CAPABILITIES.values())),
}
"""The newest tested server's answer to ``/server_info`` (every field the spec requires)."""


def ts(seconds: float) -> str:
    """A naive, server-local ISO timestamp ``seconds`` after a fixed origin (:data:`T0`)."""
    return (T0 + timedelta(seconds=seconds)).isoformat(timespec="microseconds")


def parse_ts(value: str) -> datetime:
    """The time of a server timestamp (as :func:`ts` writes it)."""
    return datetime.fromisoformat(value)


def message(eid: str, at: str, text: str = "hello", *, source: str = "user") -> JSON:
    """A ``MessageEvent``: ``text`` from the user (or, with ``source="agent"``, the agent)."""
    role = "user" if source == "user" else "assistant"
    return {
        "kind": "MessageEvent",
        "id": eid,
        "timestamp": at,
        "source": source,
        "llm_message": {
            "role": role,
            "content": [{"type": "text", "text": text}],
            "thinking_blocks": [],
        },
        "activated_skills": [],
        "extended_content": [],
    }


def action(eid: str, at: str, thought: str = "thinking") -> JSON:
    """An ``ActionEvent``: the agent calls the ``think`` tool with ``thought``."""
    call_id = f"call_{eid}"
    return {
        "kind": "ActionEvent",
        "id": eid,
        "timestamp": at,
        "source": "agent",
        "thought": [{"type": "text", "text": thought}],
        "thinking_blocks": [],
        "tool_name": "think",
        "tool_call_id": call_id,
        "llm_response_id": f"resp_{eid}",
        "tool_call": {
            "id": call_id,
            "name": "think",
            "arguments": json.dumps({"thought": thought}),
            "origin": "completion",
        },
        "action": {"kind": "ThinkAction", "thought": thought},
        "security_risk": "UNKNOWN",
    }


def observation(eid: str, at: str, action_id: str) -> JSON:
    """The ``ObservationEvent`` answering the :func:`action` whose id is ``action_id``."""
    return {
        "kind": "ObservationEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "tool_name": "think",
        "tool_call_id": f"call_{action_id}",
        "action_id": action_id,
        "observation": {
            "kind": "ThinkObservation",
            "content": [{"type": "text", "text": "Your thought has been logged."}],
            "is_error": False,
        },
        "extended_content": [],
    }


def status_update(eid: str, at: str, status: str) -> JSON:
    """A persisted per-field state update (``key`` = ``execution_status``)."""
    return {
        "kind": "ConversationStateUpdateEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "key": "execution_status",
        "value": status,
    }


def full_state(eid: str, at: str, conversation_id: uuid.UUID, status: str, **extra: Any) -> JSON:
    """A transient ``full_state`` snapshot (pushed on connect and after every run)."""
    value: JSON = {
        "id": str(conversation_id),
        "execution_status": status,
        "max_iterations": 500,
        "stuck_detection": True,
        "stats": {"usage_to_metrics": {}},
        "secret_registry": {"secret_sources": {}},
        **extra,
    }
    return {
        "kind": "ConversationStateUpdateEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "key": "full_state",
        "value": value,
    }


def conversation_error(eid: str, at: str, code: str, detail: str) -> JSON:
    """A ``ConversationErrorEvent``: the run failed with ``code`` and ``detail``."""
    return {
        "kind": "ConversationErrorEvent",
        "id": eid,
        "timestamp": at,
        "source": "environment",
        "code": code,
        "detail": detail,
    }


def agent_error(eid: str, at: str, error: str) -> JSON:
    """A tool call's error, told to the agent, which goes on (not the run's failure)."""
    return {
        "kind": "AgentErrorEvent",
        "id": eid,
        "timestamp": at,
        "source": "agent",
        "tool_name": "think",
        "tool_call_id": f"call_{eid}",
        "error": error,
    }


def streaming_delta(eid: str, at: str, content: str) -> JSON:
    """A transient token delta (streamed, never persisted)."""
    return {
        "kind": "StreamingDeltaEvent",
        "id": eid,
        "timestamp": at,
        "source": "agent",
        "content": content,
    }


def is_transient(event: Mapping[str, Any]) -> bool:
    """Whether the server streams ``event`` without persisting it."""
    kind = event.get("kind")
    if kind in STREAM_ONLY_KINDS:
        return True
    return kind == "ConversationStateUpdateEvent" and event.get("key") == "full_state"


def session_frame(event: JSON, seq: int | None) -> str:
    """``event`` as the session socket sends it: ``durable`` with its ``seq``, or
    ``transient`` (never persisted, ``seq`` None)."""
    if seq is None:
        return json.dumps({"type": "transient", "event": event})
    return json.dumps({"type": "durable", "seq": seq, "event": event})


def item_started_frame(item_id: str, attempt: int = 1, anchor_seq: int | None = None) -> str:
    """A session socket ``item_started`` frame: a token stream opens (servers 1.52+)."""
    return json.dumps(
        {"type": "item_started", "item_id": item_id, "attempt": attempt, "anchor_seq": anchor_seq}
    )


def delta_frame(
    item_id: str,
    order: int,
    content: str,
    *,
    attempt: int = 1,
    kind: str = "text",
    chunk_id: str = "chatcmpl-fake",
) -> str:
    """A session socket ``delta`` frame: ``content`` added to the item's ``kind`` text
    (``chunk_id``: the LLM response's id, as the server passes it on, with ``choice_index`` 0)."""
    return json.dumps(
        {
            "type": "delta",
            "item_id": item_id,
            "attempt": attempt,
            "order": order,
            "kind": kind,
            "content": content,
            "chunk_id": chunk_id,
            "choice_index": 0,
        }
    )


def item_aborted_frame(item_id: str, reason: str, attempt: int = 1) -> str:
    """A session socket ``item_aborted`` frame: the stream ended without a message."""
    return json.dumps(
        {"type": "item_aborted", "item_id": item_id, "attempt": attempt, "reason": reason}
    )


def agent_json() -> JSON:
    """An agent as the server echoes it back (an LLM on a closed port, no tools)."""
    agent: JSON = copy.deepcopy(CONVERSATION_1_45["agent"])
    agent["llm"].update(model="openai/think-2", base_url="http://127.0.0.1:9/v1", api_key="llm-key")
    return agent


def conversation_info(
    conversation_id: uuid.UUID, status: str, *, title: str | None = None, working_dir: str = "/w"
) -> JSON:
    """A ``ConversationInfo`` body, as ``GET /api/conversations/{id}`` answers it."""
    return {
        **copy.deepcopy(CONVERSATION_1_45),
        "id": str(conversation_id),
        "agent": agent_json(),
        "workspace": {"kind": "LocalWorkspace", "working_dir": working_dir},
        "execution_status": status,
        "title": title,
        "created_at": ts(0),
        "updated_at": ts(0),
    }
