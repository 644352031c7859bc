"""The error tree: drawn in errors.py and the README, and the classes match the drawing."""

from __future__ import annotations

import inspect
import re
import uuid
from pathlib import Path

import pytest

import openhands_client
from openhands_client import errors
from openhands_client._http import error_for
from openhands_client.errors import AgentServerError

README = Path(__file__).resolve().parents[2] / "README.md"
_NODE = re.compile(r"^(?P<prefix>[ │├└─]*)(?P<name>[A-Z]\w*Error)\b")

Edges = set[tuple[str, str]]


def drawn_edges(text: str) -> Edges:
    """(child, parent) pairs of the first tree drawing rooted at AgentServerError in ``text``."""
    lines = text.splitlines()
    start = next(
        i
        for i, line in enumerate(lines)
        if line.strip().startswith("AgentServerError") and "──" in lines[i + 1]
    )
    base = len(lines[start]) - len(lines[start].lstrip())
    stack: list[str] = []
    edges: Edges = set()
    for line in lines[start:]:
        match = _NODE.match(line)
        if match is None:
            break
        depth = (len(match["prefix"]) - base) // 4
        del stack[depth:]
        if stack:
            edges.add((match["name"], stack[-1]))
        stack.append(match["name"])
    return edges


def class_edges() -> Edges:
    """(child, parent) pairs of the error classes, parents within the tree only."""
    return {
        (cls.__name__, parent.__name__)
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, AgentServerError)
        for parent in cls.__bases__
        if issubclass(parent, AgentServerError)
    }


def test_the_docstring_draws_the_classes() -> None:
    assert errors.__doc__ is not None
    assert drawn_edges(errors.__doc__) == class_edges()


def test_the_readme_draws_the_same_tree() -> None:
    assert drawn_edges(README.read_text(encoding="utf-8")) == class_edges()


def test_a_drift_in_the_drawing_is_seen() -> None:
    # The checker itself, on a drawing that places one class under the wrong parent.
    assert errors.__doc__ is not None
    drifted = errors.__doc__.replace("    │   ├── ConflictError", "    ├── ConflictError")
    assert drawn_edges(drifted) != class_edges()
    assert ("ConflictError", "AgentServerError") in drawn_edges(drifted)


def test_every_error_is_exported() -> None:
    names = {name for name, cls in inspect.getmembers(errors, inspect.isclass)}
    exported = {name for name in names if issubclass(getattr(errors, name), AgentServerError)}
    assert exported <= set(openhands_client.__all__)


@pytest.mark.parametrize(
    "cls", [errors.ServerNotReadyError, errors.RunTimeoutError, errors.CommandTimeoutError]
)
def test_every_timeout_is_a_builtin_timeout_error(cls: type[Exception]) -> None:
    assert issubclass(cls, errors.WaitTimeoutError)
    assert issubclass(cls, TimeoutError)


def test_a_run_timeout_is_still_a_conversation_run_error() -> None:
    conversation_id = uuid.uuid4()
    error = errors.RunTimeoutError(conversation_id, "run did not end", status="running")
    assert isinstance(error, errors.ConversationRunError)
    assert error.conversation_id == conversation_id and error.status == "running"
    assert str(error) == f"conversation {conversation_id}: run did not end"


def test_a_command_timeout_names_the_command() -> None:
    command_id = uuid.uuid4()
    error = errors.CommandTimeoutError(command_id)
    assert error.command_id == command_id and str(command_id) in str(error)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.StatusError),
        (401, errors.AuthenticationError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (418, errors.StatusError),
        (422, errors.ValidationError),
        (429, errors.CapacityError),
        (503, errors.ServerError),
    ],
)
def test_every_status_maps_into_the_status_family(status: int, cls: type[Exception]) -> None:
    error = error_for(status, b'{"detail": "nope"}', "probe")
    assert type(error) is cls and isinstance(error, errors.StatusError)
    assert error.status_code == status and error.body == {"detail": "nope"}
