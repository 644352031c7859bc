"""Server version parsing and the tested range."""

from __future__ import annotations

import pytest

from openhands_client._compat import NEWEST_TESTED, OLDEST_TESTED, ServerRelease, parse_version


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.58.2", (1, 58, 2)), ("v1.57.0", (1, 57, 0)), ("1.60.0rc1", (1, 60, 0)), ("dev", None)],
)
def test_parse_version(text: str, expected: tuple[int, ...] | None) -> None:
    assert parse_version(text) == expected


@pytest.mark.parametrize(
    ("version", "supported"),
    [
        (OLDEST_TESTED, True),
        (NEWEST_TESTED, True),
        ("1.0.0", False),
        ("99.0.0", False),
        ("", False),
    ],
)
def test_supported_is_the_tested_range(version: str, supported: bool) -> None:
    assert ServerRelease(version, frozenset()).supported is supported
