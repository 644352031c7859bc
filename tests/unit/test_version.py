"""One version: ``__version__``, ``openhands-client --version`` and the installed metadata agree."""

from __future__ import annotations

import importlib.metadata

import pytest

import openhands_client
from openhands_client import cli

INSTALLED = importlib.metadata.version("openhands-client")


def test_dunder_version_is_the_installed_distributions() -> None:
    assert openhands_client.__version__ == INSTALLED


def test_version_flag_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"openhands-client {INSTALLED}\n"


def test_the_installed_description_starts_with_the_install_line() -> None:
    # PyPI's page: pip first, not the clone's `make demo`.
    description = importlib.metadata.metadata("openhands-client").get_payload()
    assert isinstance(description, str)
    assert description.startswith("```\npip install openhands-client\n```\n")
    assert "make demo" not in description.split("\n## ", 1)[0]
