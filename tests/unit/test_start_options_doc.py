"""Every start option is documented where a user looks: help(ConversationOptions), the README."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from openhands_client import ConversationOptions

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_start_option_is_in_the_docstring_and_the_readme_table() -> None:
    keys = set(ConversationOptions.__optional_keys__)
    # cleandoc: Python 3.13 strips docstrings' indentation itself, older ones keep it.
    doc = inspect.cleandoc(ConversationOptions.__doc__ or "")
    documented = set(re.findall(r"^- ``(\w+)``:", doc, re.M))
    assert documented == keys
    table = README.read_text(encoding="utf-8").split("### Start options", 1)[1].split("\n## ")[0]
    assert set(re.findall(r"^\| `(\w+)` \|", table, re.M)) == keys
