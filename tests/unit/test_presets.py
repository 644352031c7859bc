"""The agent presets are generated models with the documented tools and a summarizing
condenser on a copy of the agent's LLM; bad input raises before anything is built."""

from __future__ import annotations

from typing import Any

import pytest

from openhands_client.models import Agent
from openhands_client.presets import (
    CODING_TOOLS,
    READ_ONLY_TOOLS,
    coding_agent,
    llm,
    llm_from_env,
    read_only_agent,
)


@pytest.mark.parametrize(
    ("preset", "tools"), [(coding_agent, CODING_TOOLS), (read_only_agent, READ_ONLY_TOOLS)]
)
def test_a_preset_is_an_agent_with_its_tools_and_a_summarizing_condenser(
    preset: Any, tools: tuple[str, ...]
) -> None:
    agent = preset(llm("openai/gpt-4o", api_key="sk-test"))
    assert isinstance(agent, Agent)
    raw = agent.to_dict()
    assert [tool["name"] for tool in raw["tools"]] == list(tools)
    condenser = raw["condenser"]
    assert condenser["kind"] == "LLMSummarizingCondenser"
    assert condenser["llm"]["model"] == "openai/gpt-4o" == raw["llm"]["model"]
    assert (condenser["llm"]["usage_id"], raw["llm"]["usage_id"]) == ("condenser", "agent")
    assert Agent.from_dict(raw).to_dict() == raw  # round-trips as the server's JSON


def test_the_read_only_preset_has_no_tool_that_writes_or_runs() -> None:
    assert not {"terminal", "file_editor", "write_file", "edit"} & set(READ_ONLY_TOOLS)


def test_presets_are_new_objects_each_call() -> None:
    model = llm("openai/x")
    first, second = coding_agent(model), coding_agent(model)
    assert first is not second and first.condenser is not second.condenser
    assert model.usage_id == "agent"  # the condenser's copy did not change it


def test_llm_sends_a_placeholder_key_and_takes_optional_fields() -> None:
    raw = llm("openai/x", base_url="http://llm.test/v1", num_retries=0).to_dict()
    assert (raw["api_key"], raw["base_url"], raw["num_retries"]) == (
        "none",
        "http://llm.test/v1",
        0,
    )


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: llm(""), ValueError),
        (lambda: llm(None), TypeError),  # type: ignore[arg-type]
        (lambda: llm("openai/x", num_retries=-1), ValueError),
        (lambda: coding_agent({"model": "openai/x"}), TypeError),  # type: ignore[arg-type]
    ],
)
def test_bad_preset_input_raises(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


def test_llm_from_env() -> None:
    env = {"LLM_MODEL": "openai/y", "LLM_API_KEY": "k", "LLM_NUM_RETRIES": "2"}
    raw = llm_from_env(environ=env).to_dict()
    assert (raw["model"], raw["api_key"], raw["num_retries"]) == ("openai/y", "k", 2)
    assert llm_from_env("openai/z", environ=env).model == "openai/z"
    with pytest.raises(ValueError, match="LLM_MODEL"):
        llm_from_env(environ={})
    with pytest.raises(ValueError, match="LLM_NUM_RETRIES"):
        llm_from_env(environ={"LLM_MODEL": "m", "LLM_NUM_RETRIES": "many"})
