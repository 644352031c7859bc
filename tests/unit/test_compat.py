"""Server version parsing and the tested range."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from openhands_client import AsyncAgentServer
from openhands_client._compat import NEWEST_TESTED, OLDEST_TESTED, ServerRelease, parse_version
from tests.unit.conftest import API_KEY
from tests.unit.fakes import FakeAgentServer


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


def test_the_tested_range_is_what_make_test_runs() -> None:
    root = Path(__file__).resolve().parents[2]
    makefile = (root / "Makefile").read_text("utf-8")
    pin = re.search(r"^PINNED_SERVER := (\S+)$", makefile, re.M)
    older = re.search(r"^OLDER_SERVERS := (.+)$", makefile, re.M)
    assert pin is not None and older is not None
    versions = [pin.group(1), *older.group(1).split()]
    assert (versions[0], versions[-1]) == (NEWEST_TESTED, OLDEST_TESTED)
    for version in versions:
        source = (root / "scripts" / "servers" / f"{version}.in").read_text(encoding="utf-8")
        lock = (root / "scripts" / "locks" / f"server-{version}.txt").read_text(encoding="utf-8")
        assert f"openhands-agent-server=={version}" in source
        assert f"\nopenhands-agent-server=={version}\n" in lock


async def test_a_server_without_server_info_is_attached_as_of_unknown_version(
    fake: FakeAgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    fake.inject("GET", r"/server_info$", 404, {"detail": "Not Found"})
    async with AsyncAgentServer(fake.url, API_KEY, transport=fake.transport) as server:
        conversation = await server.attach_conversation(fake.add_conversation().id)
        assert conversation.id is not None
    assert any("cannot read the server's version" in r.getMessage() for r in caplog.records)
