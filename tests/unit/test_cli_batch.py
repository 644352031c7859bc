"""``openhands-client batch``: its usage errors exit 2 before any server is reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openhands_client import cli
from tests.unit.test_cli_usage import listener

__all__ = ["listener"]


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
    listener: tuple[str, list[object]],
    tmp_path: Path,
    lines: list[str],
    extra: list[str],
    complaint: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLM_MODEL", "openai/gpt-4o")
    url, accepted = listener
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("\n".join(lines) + "\n")
    output = tmp_path / "out.jsonl"
    argv = ["batch", str(tasks), "--servers", url, "--working-dir", "/w", "-o", str(output)]
    assert cli.main([*argv, *extra]) == cli.EXIT_USAGE
    assert complaint in capsys.readouterr().err
    assert accepted == [], "the CLI reached a server before checking its arguments"
    assert not output.exists()


def test_a_finished_batch_reaches_no_server(
    listener: tuple[str, list[object]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LLM_MODEL", "openai/gpt-4o")
    url, accepted = listener
    tasks, output = tmp_path / "tasks.jsonl", tmp_path / "out.jsonl"
    tasks.write_text(json.dumps({"id": "a", "message": "m"}) + "\n")
    output.write_text(json.dumps({"id": "a", "status": "finished"}) + "\n")
    argv = ["batch", str(tasks), "--servers", url, "--working-dir", "/w", "-o", str(output)]
    assert cli.main(argv) == 0
    assert "0 task(s) run, 1 already done" in capsys.readouterr().err
    assert accepted == []
