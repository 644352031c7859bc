"""The facade reaches the generated layer only through its public names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

FACADE = Path(__file__).resolve().parents[2] / "facade" / "openhands_client"


def private_uses(source: str) -> list[str]:
    """Private names of ``openhands_api`` that ``source`` imports or reads, and ``sys.modules``."""
    tree = ast.parse(source)
    generated: set[str] = set()  # local names bound to openhands_api modules or objects
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "openhands_api":
                    generated.add((alias.asname or alias.name).split(".")[0])
                    found += [f"import {alias.name}"] * _has_private(alias.name)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("openhands_api"):
            module = node.module or ""
            found += [f"from {module} import ..."] * _has_private(module)
            for alias in node.names:
                generated.add(alias.asname or alias.name)
                found += [f"from {module} import {alias.name}"] * alias.name.startswith("_")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            root = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in generated and node.attr.startswith("_"):
                found.append(f"{ast.unparse(node)} (line {node.lineno})")
            if ast.unparse(node) == "sys.modules":
                found.append(f"sys.modules (line {node.lineno})")
    return found


def _has_private(dotted: str) -> bool:
    return any(part.startswith("_") for part in dotted.split("."))


@pytest.mark.parametrize("path", sorted(FACADE.rglob("*.py")), ids=lambda p: p.name)
def test_facade_uses_only_public_generated_names(path: Path) -> None:
    assert private_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "from openhands_api.api.server import ready\nready._get_kwargs()",
        "from openhands_api.api.server.ready import _parse_response",
        "import openhands_api.api.server.ready as r\nr._build_response",
        "from openhands_api import _private",
        "import sys\nsys.modules['openhands_api.api.server.ready']",
        "from openhands_api.models import ServerInfo\nServerInfo._private_field",
    ],
)
def test_the_scan_catches_private_uses(source: str) -> None:
    assert private_uses(source)


def test_the_scan_allows_the_public_seam_and_private_facade_names() -> None:
    source = (
        "from openhands_api.api.server import ready\nfrom ._http import _send\n"
        "ready.build_request()\nready.parse_response(client=c, response=r)\nself._x"
    )
    assert private_uses(source) == []
