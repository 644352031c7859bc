"""``openhands-client batch``: its usage errors exit 2 before any server is reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openhands_client import cli
from tests.unit.conftest import Listener


def _batch(listener: Listener, tmp_path: Path, lines: list[str], *extra: str) -> int:
    """``openhands-client batch`` of the task ``lines`` into ``tmp_path/out.jsonl``."""
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("\n".join(lines) + "\n")
    output = str(tmp_path / "out.jsonl")
    argv = ["batch", str(tasks), "--servers", listener.url, "--working-dir", "/w", "-o", output]
    return cli.main([*argv, *extra])


@pytest.mark.parametrize(
    ("lines", "extra", "complaint"),
    [
        (['{"id": "a", "message": "m"}', "nope"], [], "tasks.jsonl:2: not JSON"),
        (['{"id": "a", "message": "m"}', '{"id": "a", "message": "n"}'], [], "appears twice"),
        (['["a"]'], [], "tasks.jsonl:1: not a JSON object"),
        (['{"id": "a"}'], [], '"message"'),
        (['{"id": "a", "message": "m"}'], ["--concurrency", "0"], "concurrency"),
        (['{"id": "a", "message": "m"}'], ["--server-python", "/x"], "only for --local"),
    ],
)
def test_bad_batches_exit_2_before_any_request(
    listener: Listener,
    tmp_path: Path,
    lines: list[str],
    extra: list[str],
    complaint: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _batch(listener, tmp_path, lines, *extra) == cli.EXIT_USAGE
    assert complaint in capsys.readouterr().err
    assert listener.accepted == [], "the CLI reached a server before checking its arguments"
    assert not (tmp_path / "out.jsonl").exists()


def test_a_finished_batch_reaches_no_server(
    listener: Listener, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out.jsonl").write_text(json.dumps({"id": "a", "status": "finished"}) + "\n")
    assert _batch(listener, tmp_path, [json.dumps({"id": "a", "message": "m"})]) == 0
    assert "0 task(s) run, 1 already done" in capsys.readouterr().err
    assert listener.accepted == []
