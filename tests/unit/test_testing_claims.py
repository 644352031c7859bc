"""Every operation the testing kit's fake claims is checked against the real server (issue 22: 1).

tests/contract/test_fake_fidelity.py runs each check against the real server and the fake; a
claim without a check there, or a check of a claim the kit does not make, fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from openhands_client.testing import CLAIMS

FIDELITY = Path(__file__).parents[1] / "contract" / "test_fake_fidelity.py"


def checked_claims(source: str) -> list[str]:
    """The names given to ``@claim(...)`` decorators in ``source``."""
    return [
        arg.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
        for decorator in node.decorator_list
        if isinstance(decorator, ast.Call) and getattr(decorator.func, "id", None) == "claim"
        for arg in decorator.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    ]


def test_every_claim_is_checked_and_every_check_is_a_claim() -> None:
    checked = checked_claims(FIDELITY.read_text(encoding="utf-8"))
    assert sorted(set(checked)) == sorted(CLAIMS)


def test_a_claim_without_a_check_is_found() -> None:
    source = '@claim("server_info")\ndef test_a() -> None: ...\n'
    assert checked_claims(source) == ["server_info"]
    assert sorted(set(checked_claims(source))) != sorted(CLAIMS)
