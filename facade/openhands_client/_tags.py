"""Conversation tags: the server's rule for them, checked before any request, and matching."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# The server's rule (openhands.sdk.conversation.types: TAG_KEY_PATTERN, TAG_VALUE_MAX_LENGTH),
# the same on every tested version: it answers 422 otherwise.
_KEY = re.compile(r"[a-z0-9]+")
VALUE_MAX_LENGTH = 256


def check_tags(tags: object, name: str = "tags") -> dict[str, str]:
    """``tags`` as a plain dict, or ``TypeError``/``ValueError`` naming the key the server would
    refuse: keys are lowercase ASCII letters and digits only (``taskid``, not ``task_id``,
    ``task-id`` or ``Task``), values strings of at most 256 characters."""
    if not isinstance(tags, Mapping):
        raise TypeError(f"{name} must be a mapping of str to str, not {type(tags).__name__}")
    checked: dict[str, str] = {}
    for key, value in tags.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise ValueError(
                f"{name}: key {key!r} is refused by the server: keys must be lowercase "
                "alphanumeric only (a-z, 0-9; no '_', '-' or capitals)"
            )
        if not isinstance(value, str):
            raise TypeError(f"{name}[{key!r}] must be a str, not {type(value).__name__}")
        if len(value) > VALUE_MAX_LENGTH:
            raise ValueError(
                f"{name}[{key!r}] is {len(value)} characters: the server allows {VALUE_MAX_LENGTH}"
            )
        checked[key] = value
    return checked


def tags_of(raw: Any) -> dict[str, str]:
    """A state's ``tags`` field as a plain dict (``{}`` when absent or not an object)."""
    if not isinstance(raw, Mapping):
        return {}
    return {str(key): str(value) for key, value in raw.items()}


def has_tags(tags: Mapping[str, str], wanted: Mapping[str, str]) -> bool:
    """Whether ``tags`` has every key of ``wanted`` with the same value."""
    return all(tags.get(key) == value for key, value in wanted.items())
