"""The CLI's help documents every argument, environment variable, default and allowed value."""

from __future__ import annotations

import argparse

import pytest

from openhands_client.cli import agent_from_env, parser


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(actions[0].choices)


def test_run_help_names_its_arguments_and_environment() -> None:
    text = _subcommands()["run"].format_help()
    for needle in (
        "task", "--working-dir", "WORKING_DIR", "--timeout", "default 3600", "--model",
        "LLM_MODEL", "LLM_API_KEY", "LLM_BASE_URL", "LLM_NUM_RETRIES", "AGENT_TOOLS",
        "--interrupt-on-exit", "--url", "AGENT_SERVER_URL", "--api-key", "SESSION_API_KEY",
    ):  # fmt: skip
        assert needle in text, needle


def test_list_help_lists_the_allowed_values() -> None:
    text = _subcommands()["list"].format_help()
    assert "waiting_for_confirmation" in text and "UPDATED_AT_DESC" in text


def test_no_help_shows_markup() -> None:
    texts = [parser().format_help()] + [p.format_help() for p in _subcommands().values()]
    assert not any("``" in text for text in texts)


def test_every_command_documents_every_argument() -> None:
    for name, command in _subcommands().items():
        for action in command._actions:
            assert action.help, f"{name}: {action.dest} has no help"


def test_the_model_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LLM_MODEL", raising=False)
    with pytest.raises(ValueError, match="LLM_MODEL"):
        agent_from_env()
    assert agent_from_env("openai/x")["llm"]["model"] == "openai/x"
