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


README = (ROOT / "README.md").read_text(encoding="utf-8")
HATCH = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]


def test_the_readme_starts_with_make_for_a_clone_and_pypi_with_pip() -> None:
    first_block = README.split("```", 2)[1]
    assert [line.split()[:2] for line in first_block.splitlines() if line.startswith("make")] == [
        ["make", "demo"],
        ["make", "test"],
    ]
    hook = HATCH["metadata"]["hooks"]["fancy-pypi-readme"]
    (fragment,) = hook["fragments"]
    assert fragment["path"] == "README.md"
    marker = fragment["start-after"]
    assert README.count(marker) == 1
    assert README.split(marker, 1)[1].startswith("```\npip install openhands-client\n```\n")


def test_the_version_has_one_source() -> None:
    assert "version" in PROJECT["dynamic"] and "version" not in PROJECT
    assert HATCH["version"]["path"] == "facade/openhands_client/_version.py"


def test_the_license_file_is_the_license_the_metadata_names() -> None:
    assert PROJECT["license"] == "MIT" and PROJECT["license-files"] == ["LICENSE"]
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_link_within_the_docs_finds_its_section() -> None:
    for name in ("README.md", "CONTRIBUTING.md", "CHANGELOG.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        anchors = {_anchor(h) for h in re.findall(r"^#+ (.+)$", text, re.M)}
        linked = set(re.findall(r"\]\(#([^)]+)\)", text))
        assert linked - anchors == set(), name
    assert _anchor("Checking a deployment: `doctor`") == "checking-a-deployment-doctor"
