"""The CLI's upload and download on the real server: the bytes arrive whole, and each says
what it moved (off a terminal, one line on stderr)."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM
from tests.contract.test_examples_and_cli import cli, environment

pytestmark = pytest.mark.contract


def test_cli_upload_then_download_round_trips_with_progress(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM, tmp_path: Path
) -> None:
    env = environment(agent_server, scripted_llm, "think-1")
    local, back = tmp_path / "data.bin", tmp_path / "back.bin"
    local.write_bytes(bytes(range(256)) * 4096)  # 1 MiB
    remote = str(agent_server.workdir / "uploads" / "data.bin")
    sent = cli("upload", str(local), remote, env=env)
    assert sent.returncode == 0, sent.stderr
    assert sent.stderr.startswith("upload data.bin: 1.0 MiB in ")
    got = cli("download", remote, str(back), env=env)
    assert got.returncode == 0, got.stderr
    assert got.stderr.startswith("download data.bin: 1.0 MiB in ")
    assert back.read_bytes() == local.read_bytes() == Path(remote).read_bytes()
