"""Every sync twin matches its async implementation: members, parameters, defaults, docs.

A sync docstring's first line either repeats the async one's or points at it with
``:meth:`AsyncX.name``` (or ``:attr:``); a twin that points at another member has drifted.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from openhands_client import AgentServer, AsyncAgentServer
from tests.unit.twins import PAIRS

# Only the sync side has these: the way back to the async object.
SYNC_ONLY = {"aio"}
# Async dunders and their sync twins; both sides have one or neither.
DUNDERS = {"__aenter__": "__enter__", "__aexit__": "__exit__", "__aiter__": "__iter__"}
# How an async annotation reads on the sync side.
RENAMES = {a.__name__: s.__name__ for a, s in PAIRS} | {"AsyncIterator": "Iterator"}
_REFERENCE = re.compile(r":(?:meth|attr):`~?(\w+)\.(\w+)`")


def _members(cls: type) -> dict[str, Any]:
    """Public methods and properties (not constants) by name."""
    found = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        if isinstance(member, (property, staticmethod, classmethod)) or inspect.isfunction(member):
            found[name] = member
    return found


def _syncify(annotation: Any) -> Any:
    if not isinstance(annotation, str):
        return annotation
    for old, new in RENAMES.items():
        annotation = re.sub(rf"\b{old}\b", new, annotation)
    return annotation


def _signature(member: Any) -> list[tuple[str, Any, Any, Any]]:
    function = member.fget if isinstance(member, property) else member
    if isinstance(function, (classmethod, staticmethod)):
        function = function.__func__
    signature = inspect.signature(function)
    params = [
        (p.name, p.kind, p.default, _syncify(p.annotation))
        for p in list(signature.parameters.values())[1:]
    ]
    return [*params, ("return", None, None, _syncify(signature.return_annotation))]


def _first_line(member: Any) -> str:
    function = member.fget if isinstance(member, property) else member
    return (inspect.getdoc(function) or "").split("\n\n")[0].replace("\n", " ")


def parity_problems(async_cls: type, sync_cls: type) -> list[str]:
    """Every way ``sync_cls`` differs from ``async_cls`` (empty when they are twins)."""
    problems = []
    async_members, sync_members = _members(async_cls), _members(sync_cls)
    for name in sorted(async_members.keys() - sync_members.keys()):
        problems.append(f"{name}: missing on {sync_cls.__name__}")
    for name in sorted(sync_members.keys() - async_members.keys() - SYNC_ONLY):
        problems.append(f"{name}: only on {sync_cls.__name__}")
    for async_name, sync_name in DUNDERS.items():
        if hasattr(async_cls, async_name) != hasattr(sync_cls, sync_name):
            problems.append(f"{sync_name}: twin of {async_name} missing on one side")
    for name in sorted(async_members.keys() & sync_members.keys()):
        a, s = async_members[name], sync_members[name]
        if isinstance(a, property) != isinstance(s, property):
            problems.append(f"{name}: a property on one side only")
            continue
        if _signature(a) != _signature(s):
            problems.append(f"{name}: signature {_signature(s)} != {_signature(a)}")
        a_doc, s_doc = _first_line(a), _first_line(s)
        references = _REFERENCE.findall(s_doc)
        if not a_doc or not s_doc:
            problems.append(f"{name}: no docstring")
        elif references and references != [(async_cls.__name__, name)]:
            problems.append(f"{name}: the docstring points at {references}")
        elif not references and s_doc != a_doc:
            problems.append(f"{name}: docstring {s_doc!r} != {a_doc!r}")
    return problems


@pytest.mark.parametrize(("async_cls", "sync_cls"), PAIRS, ids=lambda c: c.__name__)
def test_sync_twin_matches_async(async_cls: type, sync_cls: type) -> None:
    assert parity_problems(async_cls, sync_cls) == []


def test_the_server_constructors_match() -> None:
    async_init = inspect.signature(AsyncAgentServer.__init__)
    assert inspect.signature(AgentServer.__init__) == async_init


class _AsyncToy:
    """A deliberately drifted pair: proves the check sees each kind of drift."""

    @property
    def name(self) -> str:
        """The name."""
        return ""

    async def run(self, *, timeout: float = 1.0) -> _AsyncToy:
        """Run it."""
        return self

    async def stop(self, reason: str = "") -> None:
        """Stop it."""

    async def stream(self) -> AsyncIterator[int]:
        """Yield numbers."""
        yield 1

    async def ping(self) -> None:
        """Ping it."""

    async def __aenter__(self) -> _AsyncToy:
        return self


class _SyncToy:
    @property
    def name(self) -> str:
        """The name."""
        return ""

    def run(self, *, timeout: float = 2.0) -> _SyncToy:  # default drifted
        """Run it; see :meth:`_AsyncToy.run`."""
        return self

    def stop(self, reason: str = "") -> None:
        """Stop it; see :meth:`_AsyncToy.run`."""  # points at the wrong twin

    def stream(self) -> Iterator[int]:
        """Yield every number."""  # summary drifted
        yield 1

    def extra(self) -> None:
        """Only here."""


def test_a_drifted_twin_is_reported() -> None:
    RENAMES["_AsyncToy"] = "_SyncToy"
    try:
        problems = parity_problems(_AsyncToy, _SyncToy)
    finally:
        del RENAMES["_AsyncToy"]
    assert [p.split(":")[0] for p in problems] == [
        "ping",  # missing on the sync side
        "extra",  # only on the sync side
        "__enter__",  # no context manager on the sync side
        "run",  # default 2.0 != 1.0
        "stop",  # the docstring points at run
        "stream",  # another summary line
    ], problems
