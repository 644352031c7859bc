"""Argument checks that run before any request: a wrong type is a TypeError, a wrong value a
ValueError, and both name the argument."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any


def text(value: object, name: str) -> str:
    """``value`` as a non-blank ``str``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def nonempty(value: object, name: str) -> str:
    """``value`` as a non-empty ``str``; anything else (a non-str too) is a ``ValueError``."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def optional_text(value: object, name: str) -> str | None:
    """``None``, or ``value`` as a non-blank ``str``."""
    return None if value is None else text(value, name)


def mapping(value: object, name: str, *, allow_empty: bool = True) -> Mapping[Any, Any]:
    """``value`` as a ``Mapping`` (non-empty unless ``allow_empty``)."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping (dict), not {type(value).__name__}")
    if not allow_empty and not value:
        raise ValueError(f"{name} must not be empty")
    return value


def absolute_path(value: object, name: str) -> str:
    """``value`` as an absolute POSIX path on the server."""
    path = text(value, name)
    if not path.startswith("/"):
        raise ValueError(f"{name} must be an absolute path on the server, got {path!r}")
    return path


def seconds(value: object, name: str) -> float:
    """``value`` as a positive, finite number of seconds."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if not 0 < value < float("inf"):
        raise ValueError(f"{name} must be positive, got {value!r}")
    return float(value)


def keywords(options: Mapping[str, object], allowed: Collection[str], what: str) -> None:
    """Raise ``TypeError`` naming a keyword argument ``what`` (the callable) does not take,
    as Python does for a named parameter (``**options`` typed with a ``TypedDict``)."""
    for name in options:
        if name not in allowed:
            raise TypeError(f"{what} got an unexpected keyword argument {name!r}")
