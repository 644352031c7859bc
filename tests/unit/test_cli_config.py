"""The terminal side of configuration: ``NO_COLOR``, ``--tls-ca``/``--insecure`` for every
command (doctor too), and the progress line of uploads and downloads."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from openhands_client import AsyncAgentServer, cli, decode_event
from openhands_client.view import TerminalView, TransferProgress
from tests.unit.fakes import action, ts


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("no_color", "coloured"), [("1", False), ("", True)])
def test_no_color_turns_the_colours_off_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, no_color: str, coloured: bool
) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    out = FakeTTY()
    TerminalView(out)(decode_event(action("a1", ts(2))))
    assert ("\033[36m" in out.getvalue()) is coloured


def test_progress_is_redrawn_in_place_on_a_terminal() -> None:
    out = FakeTTY()
    progress = TransferProgress("upload \x1b[2Jnotes.txt", out)
    progress(0, 3 * 2**20)
    progress(3 * 2**20, 3 * 2**20)
    progress.done()
    text = out.getvalue()
    assert "\r\033[Kupload \\x1b[2Jnotes.txt: 0 B / 3.0 MiB (0%)" in text
    assert "3.0 MiB / 3.0 MiB (100%)" in text
    assert text.endswith(" in 0.0 s\n") and "\x1b[2J" not in text


def test_progress_off_a_terminal_is_one_final_line() -> None:
    out = io.StringIO()
    progress = TransferProgress("download x.bin", out)
    for received in (512, 2048):
        progress(received, None)
    progress.done()
    assert out.getvalue() == "download x.bin: 2.0 KiB in 0.0 s\n"


@pytest.fixture
def server_options(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The options the CLI makes its server with (the server is made, then unreachable)."""
    seen: dict[str, Any] = {}

    class Recording(AsyncAgentServer):
        def __init__(self, url: str, api_key: str | None = None, **options: Any) -> None:
            seen.update(options)
            super().__init__(url, api_key, **options)

    monkeypatch.setattr(cli, "AsyncAgentServer", Recording)
    return seen


@pytest.mark.parametrize(
    ("flags", "verify"),
    [([], True), (["--insecure"], False), (["info", "--insecure"], False)],
)
def test_tls_flags_reach_the_server_before_or_after_the_command(
    server_options: dict[str, Any], flags: list[str], verify: object
) -> None:
    argv = ["--url", "http://127.0.0.1:1", *flags]
    cli.main(argv if "info" in flags else [*argv, "info"])
    assert server_options["verify"] == verify


def test_tls_ca_names_a_ca_bundle(server_options: dict[str, Any], tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("")
    cli.main(["--url", "http://127.0.0.1:1", "list", "--tls-ca", str(bundle)])
    assert server_options["verify"] == str(bundle)


@pytest.mark.parametrize(
    ("flags", "complaint"),
    [
        (["--tls-ca", "/no/such.pem"], "no such file"),
        (["--tls-ca", "{bad}"], "cannot load CA certificates"),
        (["--tls-ca", "{bad}", "--insecure"], "not allowed with"),
        (["--insecure", "info", "--tls-ca", "{bad}"], "exclude each other"),
    ],
)
def test_bad_tls_flags_exit_2(
    flags: list[str], complaint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    argv = ["--url", "https://127.0.0.1:1", *[f.replace("{bad}", str(bad)) for f in flags]]
    try:
        code = cli.main(argv if "info" in flags else [*argv, "info"])
    except SystemExit as exc:  # argparse's own refusal
        code = int(str(exc.code))
    assert code == cli.EXIT_USAGE
    assert complaint in capsys.readouterr().err


def test_doctor_takes_the_tls_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    async def diagnose(url: str, api_key: str | None, **options: Any) -> Any:
        seen.update(options)
        raise ValueError("recorded")

    monkeypatch.setattr(cli, "async_diagnose", diagnose)
    assert cli.main(["--url", "http://127.0.0.1:1", "doctor", "--insecure"]) == cli.EXIT_USAGE
    assert seen["verify"] is False


@pytest.mark.parametrize("remote", ["relative/x.txt", "/dir/"])
def test_transfers_need_an_absolute_remote_file(
    remote: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "x.txt"
    local.write_text("x")
    for argv in (["upload", str(local), remote], ["download", remote, str(local)]):
        assert cli.main(["--url", "http://127.0.0.1:1", *argv]) == cli.EXIT_USAGE
        assert "absolute file path" in capsys.readouterr().err


def test_batch_refuses_the_tls_flags_it_does_not_take_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LLM_MODEL", "openai/x")
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text('{"id": "a", "task": "hi"}\n')
    argv = ["--url", "http://127.0.0.1:1", "--insecure", "batch", str(tasks)]
    assert cli.main([*argv, "--working-dir", "/w"]) == cli.EXIT_USAGE
    assert "batch does not take --tls-ca or --insecure yet" in capsys.readouterr().err
