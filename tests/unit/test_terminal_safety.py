"""Nothing a (hostile) server or the agent writes can drive the user's terminal: every string
the view, the CLI and doctor print has its control characters escaped, ``--json`` output too;
a capability that is not a string is shown, never a crash."""

from __future__ import annotations

import io
import json
import logging
import re
import unicodedata
from collections.abc import Callable
from functools import partial
from typing import Any

import httpx
import pytest

from openhands_client import AsyncAgentServer, cli, decode_event
from openhands_client._compat import NEWEST_TESTED
from openhands_client._terminal_text import json_line, printable
from openhands_client.doctor import DoctorReport, Mismatch
from openhands_client.testing import HostileServer
from openhands_client.view import RunSummary, TerminalView
from tests.unit.conftest import API_KEY
from tests.unit.fakes import (
    SERVER_INFO,
    FakeAgentServer,
    action,
    agent_json,
    conversation_error,
    message,
    status_update,
)

HOSTILE = (
    "\x1b]0;owned\x07"  # set the window title
    "\x1b]52;c;aGVsbG8=\x07"  # write the clipboard
    "\x1b[2J\x1b[H"  # clear the screen, cursor home
    "\x1b]8;;https://evil.example\x1b\\a link\x1b]8;;\x1b\\"  # OSC 8 hyperlink
    "\x1b[8mhidden\x1b[0m"  # concealed text
    "\x9b2J\x9d0;c1\x9c\x85"  # 8-bit C1 controls
    "\u202eesrever\u202c \u2066isolated\u2069 \u200f"  # bidirectional overrides
    "\rback\x08\x7f\u2028"
)
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# What the view itself writes: its colours and the status line's clearing.
_OWN = re.compile(r"\x1b\[(?:0|2|31|32|33|35|36)m|\r\x1b\[K")


def raw_controls(text: str) -> list[str]:
    """The characters of ``text`` (the view's own sequences aside) a terminal would act on."""
    rest = _OWN.sub("", text)
    return sorted(
        {
            c
            for c in rest
            if c in _BIDI
            or c in "\u2028\u2029"
            or (unicodedata.category(c) == "Cc" and c not in "\n\t")
        }
    )


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_printable_escapes_controls_and_keeps_newlines_only_when_asked() -> None:
    assert raw_controls(printable(HOSTILE)) == []
    assert "\n" not in printable("a\nb") and "\\x0a" in printable("a\nb")
    assert printable("a\r\nb\tc", lines=True) == "a\nb\tc"
    assert printable("\x1b[2J\u202e", lines=True) == "\\x1b[2J\\u202e"
    assert printable("plain, accented é, emoji 🙂") == "plain, accented é, emoji 🙂"


def test_json_lines_escape_c1_and_bidi_and_stay_json() -> None:
    value = {HOSTILE: [HOSTILE, 1, None], "é": "🙂"}
    line = json_line(value)
    assert raw_controls(line) == [] and "\n" not in line
    assert json.loads(line) == value
    assert "é" in line  # non-ASCII text stays readable


def test_the_view_escapes_every_field_the_server_or_agent_chose() -> None:
    out = FakeTTY()
    view = TerminalView(out, transient=True)
    hostile_events = [
        message("m1", "2025-01-01T12:00:01", HOSTILE, source="agent"),
        action("a1", "2025-01-01T12:00:02", thought=HOSTILE),
        conversation_error("e1", "2025-01-01T12:00:03", HOSTILE, HOSTILE),
        status_update("s1", "2025-01-01T12:00:04", HOSTILE),  # the live status line's text
        {"kind": HOSTILE, "id": "u1", "timestamp": "2025-01-01T12:00:05", "source": HOSTILE},
    ]
    with view.ticking(interval=60):
        for raw in hostile_events:
            view(decode_event(raw))
        view.tick()
    text = out.getvalue()
    assert view.shown == len(hostile_events)
    assert "\x1b[36m" in text  # the view's own colours stay
    assert raw_controls(text) == []
    summary = RunSummary(HOSTILE, {HOSTILE: 1}, 0, 0, 0.0)
    assert raw_controls(summary.render()) == [] and raw_controls(summary.line()) == []


@pytest.fixture
def run_cli(
    fake: FakeAgentServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., tuple[int, str, str]]:
    """``run_cli(*argv) -> (exit code, stdout, stderr)``: the command line, on the fake."""
    monkeypatch.setattr(
        cli, "AsyncAgentServer", partial(AsyncAgentServer, transport=fake.transport)
    )

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(["--url", fake.url, "--api-key", API_KEY, *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def hostile_conversation(fake: FakeAgentServer) -> str:
    conversation = fake.add_conversation(
        [
            message("m1", fake.now(), "hi"),
            action("a1", fake.now(), thought=HOSTILE),
            message("m2", fake.now(), HOSTILE, source="agent"),
            conversation_error("e1", fake.now(), HOSTILE, HOSTILE),
            {"kind": HOSTILE, "id": "u1", "timestamp": fake.now(), "source": HOSTILE},
        ],
        status="finished",
    )
    conversation.title = HOSTILE

    async def search(request: httpx.Request, answer: object) -> httpx.Response | None:
        if request.url.path != "/api/conversations/search":
            return None
        return httpx.Response(200, json={"items": [fake.info(conversation)], "next_page_id": None})

    fake.hooks.append(search)
    return str(conversation.id)


@pytest.mark.parametrize(
    "argv",
    [["list"], ["show", "{id}"], ["events", "{id}"], ["events", "{id}", "--one-line"]],
    ids=["list", "show", "events", "events --one-line"],
)
def test_cli_output_escapes_titles_kinds_sources_and_messages(
    fake: FakeAgentServer, run_cli: Callable[..., tuple[int, str, str]], argv: list[str]
) -> None:
    conversation_id = hostile_conversation(fake)
    code, out, err = run_cli(*(arg.format(id=conversation_id) for arg in argv))
    assert code == cli.EXIT_OK, err
    assert conversation_id in out or "events in the log" in out
    assert "esrever" in out  # shown, escaped
    assert raw_controls(out) == [] and raw_controls(err) == []


@pytest.mark.parametrize("command", ["list", "show", "events"])
def test_cli_json_output_escapes_c1_and_bidi_and_parses(
    fake: FakeAgentServer, run_cli: Callable[..., tuple[int, str, str]], command: str
) -> None:
    conversation_id = hostile_conversation(fake)
    argv = [command, "--json"] if command == "list" else [command, conversation_id, "--json"]
    code, out, err = run_cli(*argv)
    assert code == cli.EXIT_OK, err
    assert raw_controls(out) == []
    rows = [json.loads(line) for line in out.splitlines()]
    assert HOSTILE in strings(rows), "the JSON carries the server's text unchanged"


def strings(value: Any) -> set[str]:
    """Every string in a JSON value, its keys included."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set(value) | strings(list(value.values()))
    if isinstance(value, list):
        return set().union(*map(strings, value)) if value else set()
    return set()


def test_cli_error_details_on_stderr_are_escaped(
    fake: FakeAgentServer, run_cli: Callable[..., tuple[int, str, str]]
) -> None:
    conversation_id = hostile_conversation(fake)

    async def failing(request: httpx.Request, answer: object) -> httpx.Response | None:
        if request.url.path == f"/api/conversations/{conversation_id}":
            return httpx.Response(500, json={"detail": HOSTILE})
        return None

    fake.hooks.append(failing)
    code, out, err = run_cli("show", conversation_id)
    assert code == cli.EXIT_SERVER
    assert "esrever" in err
    assert raw_controls(err) == [] and raw_controls(out) == []


# Whatever JSON a server puts in its capabilities: strings, numbers, objects, arrays, null.
ODD_CAPABILITIES: list[Any] = [HOSTILE, 3, {"nested": HOSTILE}, None, ["x"], True]


@pytest.mark.parametrize("capabilities", [ODD_CAPABILITIES, {"a": 1}, "one string", 7], ids=repr)
def test_info_shows_any_capabilities_escaped(
    fake: FakeAgentServer,
    run_cli: Callable[..., tuple[int, str, str]],
    capabilities: Any,
) -> None:
    info = {**SERVER_INFO, "title": HOSTILE, "version": HOSTILE, "capabilities": capabilities}

    async def server_info(request: httpx.Request, answer: object) -> httpx.Response | None:
        return httpx.Response(200, json=info) if request.url.path == "/server_info" else None

    fake.hooks.append(server_info)
    code, out, err = run_cli("info")
    assert code == cli.EXIT_OK, err
    assert "capabilities:" in out and "Traceback" not in err
    assert raw_controls(out) == [] and raw_controls(err) == []
    code, out, err = run_cli("info", "--json")
    assert code == cli.EXIT_OK, err
    assert raw_controls(out) == [] and json.loads(out)["capabilities"] == capabilities


async def test_a_server_with_odd_capabilities_still_starts_conversations(
    fake: FakeAgentServer, client: AsyncAgentServer
) -> None:
    """The client reads the capability names among them and ignores the rest."""
    info = {**SERVER_INFO, "capabilities": [*SERVER_INFO["capabilities"], *ODD_CAPABILITIES]}

    async def server_info(request: httpx.Request, answer: object) -> httpx.Response | None:
        return httpx.Response(200, json=info) if request.url.path == "/server_info" else None

    fake.hooks.append(server_info)
    conversation = await client.start_conversation(agent_json(), "/w", delete_on_close=True)
    await conversation.close()


def test_doctor_escapes_the_servers_version_capabilities_and_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    body = {
        "version": NEWEST_TESTED + HOSTILE,  # starts with a tested version: it is shown as is
        "uptime": 1.0,
        "idle_time": 1.0,
        "capabilities": ODD_CAPABILITIES,
        HOSTILE: HOSTILE,
    }
    with HostileServer({"/server_info": json.dumps(body).encode()}) as url:
        code = cli.main(["doctor", "--url", url])
    captured = capsys.readouterr()
    assert code in (cli.EXIT_OK, cli.EXIT_NONCONFORMING), captured.err
    assert "esrever" in captured.out and "Traceback" not in captured.err
    assert raw_controls(captured.out) == [] and raw_controls(captured.err) == []
    report = DoctorReport(url="http://h", version=HOSTILE, capabilities=[HOSTILE])
    report.mismatches.append(Mismatch("get_tools", f"$.{HOSTILE}", HOSTILE, HOSTILE))
    rendered = report.render()
    assert raw_controls(rendered) == []
    assert len(rendered.splitlines()) == 6  # a mismatch stays on its line


async def test_log_records_quote_the_server_escaped(
    fake: FakeAgentServer, client: AsyncAgentServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Warnings reach a terminal too (Python's last-resort handler writes them to stderr)."""

    async def hostile(request: httpx.Request, answer: object) -> httpx.Response | None:
        if request.url.path == "/server_info":
            return httpx.Response(404, json={"detail": HOSTILE})
        if request.method == "DELETE":
            return httpx.Response(500, json={"detail": HOSTILE})
        return None

    fake.hooks.append(hostile)
    caplog.set_level(logging.INFO, logger="openhands_client")
    conversation = await client.start_conversation(agent_json(), "/w", delete_on_close=True)
    await conversation.close()
    quoted = [r.getMessage() for r in caplog.records if "esrever" in r.getMessage()]
    assert len(quoted) >= 2, [r.getMessage() for r in caplog.records]  # version, delete
    assert [raw_controls(text) for text in quoted] == [[]] * len(quoted)
