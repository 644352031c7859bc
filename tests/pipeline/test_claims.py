"""What the package claims is what `make test` tests, and every environment comes from a lock."""

from __future__ import annotations

import re
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def make_variable(name: str) -> list[str]:
    match = re.search(rf"^{name} := (.+)$", MAKEFILE, re.M)
    assert match is not None, name
    return match.group(1).split()


def test_the_classifiers_name_exactly_the_pythons_make_test_runs() -> None:
    pythons = make_variable("PYTHONS")
    claimed = [
        c.rsplit(" :: ", 1)[1]
        for c in PROJECT["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert claimed == pythons
    assert PROJECT["requires-python"] == f">={pythons[0]}"
    assert make_variable("OLDEST_PYTHON") == pythons[:1]
    assert make_variable("NEWEST_PYTHON") == pythons[-1:]


def test_every_venv_is_installed_from_a_lock() -> None:
    recipe = MAKEFILE[MAKEFILE.index("define venv") : MAKEFILE.index("endef")]
    assert "pip sync" in recipe and "--no-deps" in recipe  # exactly the lock; the project alone
    assert not re.search(r"pip install (?!--quiet uv==)(?!.*--no-deps)", MAKEFILE)
    for target in re.findall(r"^(\S+/\.installed):", MAKEFILE, re.M):
        rule = MAKEFILE[MAKEFILE.index(target + ":") :].split("\n\n", 1)[0]
        assert "$(call venv," in rule, target
        lock = re.search(r"scripts/locks/\S+\.txt", rule)
        assert lock is not None, target
