"""scripts/lock.py: reading locks, and naming what a fresh resolve changed."""

from __future__ import annotations

from pathlib import Path

import lock

UNIVERSAL = """# header
anyio==4.16.0
hypothesis==6.168.5 ; python_full_version < '3.11'
hypothesis==6.170.27 ; python_full_version >= '3.11'
Typing_Extensions==4.16.0
    # via anyio
"""


def test_pins_of_a_universal_lock_per_marker_and_per_python(tmp_path: Path) -> None:
    path = tmp_path / "dev.txt"
    path.write_text(UNIVERSAL, encoding="utf-8")
    assert lock.pins(path) == {
        "anyio": "4.16.0",
        "hypothesis (python_full_version < '3.11')": "6.168.5",
        "hypothesis (python_full_version >= '3.11')": "6.170.27",
        "typing-extensions": "4.16.0",
    }
    assert lock.pins(path, "3.10")["hypothesis"] == "6.168.5"
    assert lock.pins(path, "3.13")["hypothesis"] == "6.170.27"


def test_differences_name_each_changed_added_and_dropped_package() -> None:
    locked = {"cryptography": "50.0.2", "fastapi": "0.165.0", "gone": "1.0"}
    fresh = {"cryptography": "51.0.1", "fastapi": "0.165.0", "new": "2.0"}
    assert lock.differences(locked, fresh) == [
        "  cryptography: 50.0.2 (lock) -> 51.0.1 (fresh)",
        "  gone: 1.0 (lock) -> absent (fresh)",
        "  new: absent (lock) -> 2.0 (fresh)",
    ]


def test_every_tested_server_has_a_lock_with_the_known_breakage_avoided() -> None:
    for version in lock.tested_servers():
        pins = lock.pins(lock.LOCKS / f"server-{version}.txt")
        assert pins["openhands-agent-server"] == version
        assert int(pins["cryptography"].split(".")[0]) < 51
