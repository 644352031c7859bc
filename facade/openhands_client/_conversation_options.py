"""ConversationOptions: the keyword options of ``start_conversation``, checked by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from . import _checks
from ._callbacks import Callback
from ._start_request import CreateOptions


class ConversationOptions(CreateOptions, total=False):
    """The keyword options of ``start_conversation`` (sync and async); each may be left out.

    - ``conversation_id``: create with this id, or attach if it exists (default: a new id);
      an existing conversation keeps its own options (a WARNING names those that differ).
    - ``callbacks``: called with each event as it arrives (default: none).
    - ``delete_on_close``: delete it on the server when closed, or when the start fails
      (default False).
    - ``max_iterations``: the agent's step limit per run (default 500).
    - ``stuck_detection``: the server ends a run that repeats itself as ``stuck`` (default True).
    - ``confirmation_policy``: a policy model or its JSON (default: the server's).
    - ``security_analyzer``: an analyzer model or its JSON (default: none).
    - ``secrets``: secrets for the agent, as in ``update_secrets`` (default: none).
    - ``tags``: tags stored with the conversation; keys lowercase alphanumeric (default: none).
    - ``autotitle``: let the server ask the LLM for a title (default True).
    - ``capacity_timeout``: seconds to retry the create while the server is full (default 300).
    - ``request``: every further field of the server's start request (:class:`StartOptions`).
    """

    callbacks: Sequence[Callback]
    """Called with each event as it arrives (default: none)."""
    conversation_id: UUID | str | None
    """Create with this id, or attach if it exists (default: a new id)."""
    delete_on_close: bool
    """Delete the conversation on the server when it is closed, or when the start fails or is
    cancelled after the server made it (default False: then the error names it)."""


def check_options(options: Mapping[str, Any]) -> None:
    """Raise ``TypeError`` naming an option ``start_conversation`` does not take."""
    _checks.keywords(options, ConversationOptions.__optional_keys__, "start_conversation()")
