"""Agent presets: a working agent in one call, built from the generated models.

``coding_agent(llm)`` is upstream's default agent (``get_default_agent``, without the browser):
the terminal, file editor and task tracker tools and a summarizing condenser, so that
``condense()`` works. ``read_only_agent(llm)`` explores and answers but changes nothing: it
finds, searches, lists and reads files (``glob``, ``grep``, ``list_directory``,
``read_file``), with the same condenser. The server always adds ``think`` and ``finish``.

``llm_from_env()`` builds the LLM from ``LLM_MODEL``, ``LLM_API_KEY``, ``LLM_BASE_URL`` and
``LLM_NUM_RETRIES``, as the command line and the examples do::

    from openhands_client import AgentServer
    from openhands_client.presets import coding_agent, llm_from_env

    with AgentServer.from_env() as server:
        conversation = server.start_conversation(coding_agent(llm_from_env()), "/workspace")

Each preset returns a new generated ``Agent`` (``openhands_client.models.Agent``): change its
fields (``agent.tools``, ``agent.condenser``) before starting a conversation with it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from openhands_api.models.agent_input import AgentInput
from openhands_api.models.llm_input import LLMInput
from openhands_api.models.llm_summarizing_condenser_input import LLMSummarizingCondenserInput
from openhands_api.models.tool_input import ToolInput

__all__ = [
    "CODING_TOOLS",
    "CONDENSER_KEEP_FIRST",
    "CONDENSER_MAX_SIZE",
    "READ_ONLY_TOOLS",
    "coding_agent",
    "condenser",
    "llm",
    "llm_from_env",
    "read_only_agent",
]

CODING_TOOLS = ("terminal", "file_editor", "task_tracker")
"""The coding agent's tools: run commands, view and edit files, keep a task list."""

READ_ONLY_TOOLS = ("glob", "grep", "list_directory", "read_file")
"""The read-only agent's tools: find, search, list and read files; no command, no write."""

CONDENSER_MAX_SIZE = 80
"""Events kept before the condenser summarizes the oldest (upstream's default)."""

CONDENSER_KEEP_FIRST = 4
"""Events at the start of the history never summarized away (upstream's default)."""


def llm(
    model: str,
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    num_retries: int | None = None,
    usage_id: str = "agent",
) -> LLMInput:
    """A generated ``LLM`` for ``model`` (a litellm name such as ``openai/gpt-4o``).

    Without ``api_key`` a placeholder is sent (litellm's OpenAI client refuses to call
    without one, even for a keyless endpoint); ``base_url`` names an OpenAI-compatible
    endpoint; ``num_retries`` is how often the server retries a failing call (default: the
    server's). Raises ``ValueError`` for an empty model and ``TypeError`` for a wrong type.
    """
    for name, value in (("model", model), ("usage_id", usage_id)):
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
        if not value.strip():
            raise ValueError(f"{name} must not be empty")
    result = LLMInput(model=model, api_key=api_key or "none", usage_id=usage_id)
    if base_url is not None:
        result.base_url = base_url
    if num_retries is not None:
        if isinstance(num_retries, bool) or not isinstance(num_retries, int) or num_retries < 0:
            raise ValueError(f"num_retries must be an int >= 0, got {num_retries!r}")
        result.num_retries = num_retries
    return result


def llm_from_env(model: str | None = None, environ: Mapping[str, str] | None = None) -> LLMInput:
    """The LLM from ``model`` (else ``LLM_MODEL``), ``LLM_API_KEY``, ``LLM_BASE_URL`` and
    ``LLM_NUM_RETRIES``. Raises ``ValueError`` when no model is given: there is no silent
    default."""
    env = os.environ if environ is None else environ
    model = model or env.get("LLM_MODEL")
    if not model:
        raise ValueError("no LLM model: set LLM_MODEL (e.g. openai/gpt-4o) or pass --model")
    retries = env.get("LLM_NUM_RETRIES")
    try:
        num_retries = int(retries) if retries else None
    except ValueError:
        raise ValueError("LLM_NUM_RETRIES must be an integer") from None
    return llm(
        model,
        api_key=env.get("LLM_API_KEY") or None,
        base_url=env.get("LLM_BASE_URL") or None,
        num_retries=num_retries,
    )


def condenser(agent_llm: LLMInput) -> LLMSummarizingCondenserInput:
    """A summarizing condenser using a copy of ``agent_llm`` (its costs counted apart, as
    ``usage_id="condenser"``): past :data:`CONDENSER_MAX_SIZE` events it summarizes the
    oldest, keeping the first :data:`CONDENSER_KEEP_FIRST`."""
    copy = LLMInput.from_dict({**_checked(agent_llm).to_dict(), "usage_id": "condenser"})
    return LLMSummarizingCondenserInput(
        llm=copy, max_size=CONDENSER_MAX_SIZE, keep_first=CONDENSER_KEEP_FIRST
    )


def coding_agent(agent_llm: LLMInput) -> AgentInput:
    """The default coding agent on ``agent_llm``: :data:`CODING_TOOLS` and :func:`condenser`."""
    return _agent(agent_llm, CODING_TOOLS)


def read_only_agent(agent_llm: LLMInput) -> AgentInput:
    """An agent that reads and answers but changes nothing: :data:`READ_ONLY_TOOLS` and
    :func:`condenser`."""
    return _agent(agent_llm, READ_ONLY_TOOLS)


def _checked(agent_llm: object) -> LLMInput:
    if not isinstance(agent_llm, LLMInput):
        raise TypeError(
            f"agent_llm must be a generated LLM (presets.llm(...)), not {type(agent_llm).__name__}"
        )
    return agent_llm


def _agent(agent_llm: LLMInput, tools: tuple[str, ...]) -> AgentInput:
    return AgentInput(
        llm=_checked(agent_llm),
        tools=[ToolInput(name=name) for name in tools],
        condenser=condenser(agent_llm),
    )
