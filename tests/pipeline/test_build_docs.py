"""scripts/build_docs.py: the API reference's strict build names what is undocumented or
unresolved, and renders a sync twin's ``:meth:`` role as a link."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from build_docs import build

PACKAGE = '''
"""A package to document."""

__all__ = ["AsyncThing", "Thing", "bare"]


class AsyncThing:
    """The implementation."""

    async def run(self) -> None:
        """Run it."""


class Thing:
    """The sync twin; see :class:`AsyncThing` and :class:`httpx.Timeout`."""

    def run(self) -> None:
        """As :meth:`AsyncThing.run`; see also :meth:`stop` and :class:`Missing`."""

    def stop(self) -> None:
        """Stop it (a :exc:`ValueError` when stopped)."""

    @property
    def done(self) -> bool:
        return True

    size: int = 0


def bare() -> None:
    pass


def _private() -> None:
    pass
'''


def test_strict_build_names_each_problem_and_links_the_roles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "docs_probe_pkg").mkdir()
    (tmp_path / "docs_probe_pkg" / "__init__.py").write_text(textwrap.dedent(PACKAGE))
    monkeypatch.syspath_prepend(str(tmp_path))
    out = tmp_path / "out"

    assert build(out, True, ["docs_probe_pkg"], ["docs_probe_pkg"]) == 1

    problems = capsys.readouterr().err.splitlines()
    assert problems == [
        "docs_probe_pkg.Thing.done: no docstring",
        "docs_probe_pkg.Thing.run: :class:`Missing` does not resolve",
        "docs_probe_pkg.bare: no docstring",
        "the API reference has 3 problem(s)",
    ]
    page = (out / "docs_probe_pkg.html").read_text(encoding="utf-8")
    assert '<a href="#AsyncThing.run">AsyncThing.run()</a>' in page
    assert build(out, False, ["docs_probe_pkg"], ["docs_probe_pkg"]) == 0


BASE = '''
"""A base class in a private module."""


class Base:
    """Methods the public class takes."""

    def hello(self) -> str:
        """Say hello (see :meth:`own`)."""
        return "hello"

    def quiet(self) -> None:
        pass
'''


def test_a_class_shows_what_it_takes_from_a_base_in_a_private_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "docs_base_pkg"
    package.mkdir()
    (package / "_base.py").write_text(textwrap.dedent(BASE))
    (package / "__init__.py").write_text(
        '"""A package."""\n\nfrom ._base import Base\n\n__all__ = ["Thing"]\n\n\n'
        'class Thing(Base):\n    """The public class."""\n\n'
        '    def own(self) -> None:\n        """Its own method."""\n'
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    out = tmp_path / "out"

    assert build(out, True, ["docs_base_pkg"], ["docs_base_pkg"]) == 1

    assert capsys.readouterr().err.splitlines() == [
        "docs_base_pkg.Thing.quiet: no docstring",
        "the API reference has 1 problem(s)",
    ]
    page = (out / "docs_base_pkg.html").read_text(encoding="utf-8")
    assert 'id="Thing.hello"' in page and 'id="Thing.own"' in page
    assert '<a href="#Thing.own">own()</a>' in page
