"""The examples, the CLI and `make demo`'s launcher, run as a user runs them, on the real server."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import (
    EDITED_TEXT,
    FINISH_MESSAGE,
    HOSTILE_TEXT,
    STREAM_TEXT,
    ScriptedLLM,
)
from tests.conftest import SESSION_API_KEY
from tests.contract.helpers import eventually, expected_ids, server_log, server_release
from tests.contract.test_token_stream import TOKEN_STREAMS_SINCE

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]


def environment(server: AgentServerProcess, llm: ScriptedLLM, script: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LLM_MODEL", "AGENT_SERVER_URL")}
    env.update(
        AGENT_SERVER_URL=server.url,
        SESSION_API_KEY=SESSION_API_KEY,
        LLM_MODEL=f"openai/{script}",
        LLM_BASE_URL=llm.base_url,
        WORKING_DIR=str(server.workdir),
    )
    return env


def run(
    args: list[str], env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


OPENHANDS_CLIENT = str(Path(sys.executable).parent / "openhands-client")  # as installed


def cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return run([OPENHANDS_CLIENT, *args], env)


def cli_process(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [OPENHANDS_CLIENT, *args],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def cli_on_terminal(*args: str, env: dict[str, str], timeout: float = 120) -> tuple[int, str]:
    """Run the CLI with its stdout on a pseudo-terminal: its exit code and that output
    (``\r\n`` read as ``\n``)."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [OPENHANDS_CLIENT, *args],
        env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(slave)
    out, deadline = bytearray(), time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if select.select([master], [], [], 1)[0]:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the CLI ended, closing its side of the terminal
                    break
                if not data:
                    break
                out += data
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(master)
        if process.poll() is None:
            process.kill()
            process.wait()
    return code, out.decode().replace("\r\n", "\n")


def wait_for_line(process: subprocess.Popen[str], start: str) -> str:
    """Read ``process``'s stdout until a line starting with ``start``; return that line."""
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(start):
            return line
    raise AssertionError(f"no line starting with {start!r}")


def test_quickstart_streams_and_ends_with_the_answer(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "think-2")
    result = run([sys.executable, "examples/quickstart.py"], env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("think(") == 2 and out.count("finish(") == 1
    assert "\033[" not in out  # no colours when stdout is not a terminal
    assert "model openai/think-2" in out
    last_two = out.strip().splitlines()[-2:]
    assert last_two[0] == f"answer: {FINISH_MESSAGE}"
    conversation_id = out.split()[1]
    # The count is of the client's log when run() returned: every event up to the finish; the
    # server may add a title or stats update after that.
    log = server_log(agent_server, conversation_id)
    finished = next(i for i, e in enumerate(log) if e.get("value") == "finished") + 1
    counted = int(last_two[1].split(" · ")[1].split()[0])
    assert last_two[1].startswith("finished · ") and finished <= counted <= len(log)


def test_quickstart_ctrl_c_interrupts_the_agent(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "slow-think-30-500")
    quickstart = subprocess.Popen(
        [sys.executable, "examples/quickstart.py"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    conversation_id = wait_for_line(quickstart, "conversation ").split()[1]
    time.sleep(2.0)
    quickstart.send_signal(signal.SIGINT)
    _, err = quickstart.communicate(timeout=60)
    assert quickstart.returncode == 130, err
    assert f"interrupted conversation {conversation_id}" in err
    shown = cli("show", conversation_id, "--json", env=env)
    assert json.loads(shown.stdout)["execution_status"] != "running"


def test_async_many_example_follows_one_live(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = {**environment(agent_server, scripted_llm, "think-1"), "COUNT": "4"}
    result = run([sys.executable, "examples/async_many.py"], env)
    assert result.returncode == 0, result.stderr
    outcomes = [line for line in result.stdout.splitlines() if "  finished" in line]
    assert len(outcomes) == 4 and all(line.endswith(FINISH_MESSAGE) for line in outcomes)
    assert result.stdout.count("finish(") == 1  # one conversation's events, live


def readme_snippets() -> dict[str, str]:
    """The Python blocks of the README's quickstart sections, by section title."""
    snippets: dict[str, str] = {}
    for section in (ROOT / "README.md").read_text().split("\n## ")[1:]:
        title, _, body = section.partition("\n")
        if "```python\n" in body and (title.startswith("Quickstart") or "Reopening" in title):
            snippets[title] = body.split("```python\n")[1].split("```")[0]
    return snippets


def test_readme_snippets_run_as_written(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    snippets = readme_snippets()
    assert set(snippets) == {
        "Quickstart (sync)",
        "Quickstart (async)",
        "Reopening and listing conversations",
    }
    # The sync quickstart's coding agent writes the file it is asked for with its file editor.
    scripts = {"Quickstart (sync)": "edit"}
    haiku = agent_server.workdir / "haiku.txt"
    haiku.unlink(missing_ok=True)
    outputs = {}
    for title, code in snippets.items():  # in README order: the last reopens a conversation
        env = environment(agent_server, scripted_llm, scripts.get(title, "think-1"))
        result = run([sys.executable, "-c", code], env)
        assert result.returncode == 0, f"{title}: {result.stderr}"
        outputs[title] = result.stdout
    sync_lines = outputs["Quickstart (sync)"].splitlines()
    assert sync_lines[-2] == f"answer: edited {haiku}"
    assert sync_lines[-1].startswith("finished · ")
    assert haiku.read_text() == EDITED_TEXT
    assert outputs["Quickstart (async)"].splitlines()[-1] == f"answer: {FINISH_MESSAGE}"
    assert outputs["Reopening and listing conversations"].splitlines()[-1].endswith(FINISH_MESSAGE)


def test_workspace_tour_example(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM, tmp_path: Path
) -> None:
    env = {**environment(agent_server, scripted_llm, "think-1"), "WORKING_DIR": str(tmp_path)}
    result = run([sys.executable, "examples/workspace_tour.py"], env)
    assert result.returncode == 0, result.stderr
    assert "setup: exit 0, 'ready'" in result.stdout
    assert "the download's sha256 matches: True" in result.stdout
    assert "git: UPDATED greeting.txt" in result.stdout
    assert "git: ADDED notes.md" in result.stdout
    assert "greeting.txt was 'hello', is 'hello, world'" in result.stdout


def test_cli_run_list_show_events_info(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "think-1")
    ran = cli("run", "say hi", "--working-dir", str(agent_server.workdir), env=env)
    assert ran.returncode == 0, ran.stderr
    conversation_id = ran.stdout.split()[1]
    assert "(model openai/think-1)" in ran.stdout.splitlines()[0]
    assert f"answer: {FINISH_MESSAGE}" in ran.stdout
    assert "status:  finished" in ran.stdout
    logged = len(expected_ids(agent_server, conversation_id))
    counted = int(ran.stdout.split("events:  ")[1].split()[0])
    assert logged - 2 <= counted <= logged  # a title or stats update may come after the run

    listed = cli("list", "--status", "finished", env=env)
    assert listed.returncode == 0 and conversation_id in listed.stdout
    as_json = cli("list", "--json", "--sort", "CREATED_AT", env=env)
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert conversation_id in [row["id"] for row in rows]

    prefix = conversation_id[:8]  # a unique prefix is as good as the id
    shown = cli("show", prefix, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "status:  finished" in shown.stdout
    assert f"events:  {logged} in the log" in shown.stdout
    shown_json = json.loads(cli("show", conversation_id, "--json", env=env).stdout)
    assert shown_json["execution_status"] == "finished" and shown_json["event_count"] == logged

    events = cli("events", prefix, env=env)
    assert events.returncode == 0
    assert events.stdout.count("ActionEvent") == 2
    assert f"-- {logged} events in the log" in events.stdout
    lines = cli("events", conversation_id, "--json", env=env).stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == expected_ids(agent_server, conversation_id)

    info = cli("info", env=env)
    assert info.returncode == 0 and "sdk_version:" in info.stdout
    assert "sdk_version" in json.loads(cli("info", "--json", env=env).stdout)
    after = cli("info", "--url", agent_server.url, "--api-key", SESSION_API_KEY, env={})
    assert after.returncode == 0, after.stderr  # --url/--api-key after the subcommand

    deleted = cli("delete", conversation_id, env=env)
    assert deleted.returncode == 0 and f"deleted conversation {conversation_id}" in deleted.stdout
    assert cli("show", conversation_id, env=env).returncode == 3


def test_cli_run_stream_shows_the_answer_as_it_arrives_on_a_terminal(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    """``run --stream`` on a terminal: the answer grows on one ``(streaming)`` line and is not
    printed again as its message (servers before 1.52 stream nothing: the message shows it)."""
    # Wide: an event line is cut at the terminal's width, and the answer must be whole in it.
    env = {**environment(agent_server, scripted_llm, "talk-5"), "NO_COLOR": "1", "COLUMNS": "300"}
    argv = ["run", "say something", "--working-dir", str(agent_server.workdir), "--stream"]
    code, out = cli_on_terminal(*argv, env=env)
    assert code == 0, out
    lines = [line.rpartition("\r\x1b[K")[2] for line in out.splitlines()]  # past status lines
    streamed = [line for line in lines if "(streaming)" in line]
    shown = [line for line in lines if "MessageEvent" in line and line.endswith(STREAM_TEXT)]
    if server_release(agent_server).at_least(TOKEN_STREAMS_SINCE):
        assert len(streamed) == 1 and streamed[0].endswith(STREAM_TEXT), lines
        assert shown == [], "the streamed answer was printed again"
    else:
        assert (streamed, len(shown)) == ([], 1), "\n".join(map(repr, lines))
    assert f"answer: {STREAM_TEXT}" in lines


def terminal_controls(text: str) -> set[str]:
    """The characters of ``text`` a terminal would act on: C0 (but newline and tab), DEL, C1,
    bidirectional overrides and isolates."""
    bidi = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    return {c for c in text if c in bidi or (unicodedata.category(c) == "Cc" and c not in "\n\t")}


def test_cli_output_never_drives_the_terminal(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    """The agent's thought, answer and title carry a window-title change, a clipboard write, a
    screen clear, C1 controls and a right-to-left override: the CLI shows them escaped."""
    env = environment(agent_server, scripted_llm, "hostile")
    ran = cli("run", "say hi", "--working-dir", str(agent_server.workdir), env=env)
    assert ran.returncode == 0, ran.stderr
    conversation_id = ran.stdout.split()[1]
    assert "answer: \\x1b]0;owned\\x07" in ran.stdout and "\\u202eesrever" in ran.stdout

    def title() -> str:
        return str(json.loads(cli("show", conversation_id, "--json", env=env).stdout)["title"])

    eventually(lambda: title() == HOSTILE_TEXT, what="the hostile autotitle", timeout=30)
    outputs = [ran]
    for argv in (
        ["events", conversation_id],
        ["events", conversation_id, "--one-line"],
        ["events", conversation_id, "--json"],
        ["show", conversation_id],
        ["show", conversation_id, "--json"],
        ["list"],
        ["list", "--json"],
    ):
        result = cli(*argv, env=env)
        assert result.returncode == 0, (argv, result.stderr)
        outputs.append(result)
    for result in outputs:
        assert terminal_controls(result.stdout + result.stderr) == set(), result.args
    events = [json.loads(line) for line in outputs[3].stdout.splitlines()]
    finish = [e for e in events if e["kind"] == "ActionEvent" and e["tool_name"] == "finish"]
    assert finish[0]["action"]["message"] == HOSTILE_TEXT  # the JSON keeps the text as it is


def test_cli_with_credentials_in_the_url_works_and_never_shows_them(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    """A ``user:password@`` in the URL (a proxy's basic auth) reaches the server as Basic auth
    (the real server ignores it) and is never printed: doctor shows ``***@``."""
    env = environment(agent_server, scripted_llm, "think-1")
    env["AGENT_SERVER_URL"] = agent_server.url.replace("://", "://alice:s3cret-pa55@", 1)
    for argv in (["info"], ["list"], ["doctor"]):
        result = cli(*argv, env=env)
        assert result.returncode == 0, (argv, result.stdout, result.stderr)
        assert "s3cret" not in result.stdout + result.stderr
    assert f"server:       {agent_server.url.replace('://', '://***@')}" in result.stdout


def test_cli_exit_codes_and_messages(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = {**environment(agent_server, scripted_llm, "error"), "LLM_NUM_RETRIES": "0"}
    failed = cli("run", "fail please", "--working-dir", str(agent_server.workdir), env=env)
    assert failed.returncode == 1
    assert "status:  error" in failed.stdout
    assert "(retryable: yes)" in failed.stdout
    assert failed.stdout.count("scripted failure") == 1  # shown once, whole

    unknown = "00000000-0000-4000-8000-000000000000"
    missing = cli("show", unknown, env=env)
    assert missing.returncode == 3 and unknown in missing.stderr
    assert cli("show", "00000000-0000-4000-8000", env=env).returncode == 3  # a prefix of none
    assert cli("show", "not-a-uuid", env=env).returncode == 2
    wrong_key = cli("--api-key", "wrong", "list", env=env)
    assert wrong_key.returncode == 4 and "SESSION_API_KEY" in wrong_key.stderr
    unreachable = cli("--url", "http://127.0.0.1:9", "info", env=env)
    assert unreachable.returncode == 5 and "http://127.0.0.1:9" in unreachable.stderr
    below_root = cli("--url", f"{agent_server.url}/api", "info", env=env)
    assert below_root.returncode == 5, below_root.stderr
    assert "is not an agent server's root" in below_root.stderr
    no_model = {k: v for k, v in env.items() if k != "LLM_MODEL"}
    unset = cli("run", "x", "--working-dir", str(agent_server.workdir), env=no_model)
    assert unset.returncode == 2 and "LLM_MODEL" in unset.stderr
    bad_status = cli("list", "--status", "FINISHED", env=env)
    assert bad_status.returncode == 2 and "waiting_for_confirmation" in bad_status.stderr


def test_cli_output_into_a_closed_pipe_ends_quietly(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "finish")
    cli("run", "something to list", "--working-dir", str(agent_server.workdir), env=env)
    for command in (["list"], ["list", "--json"], ["info"]):
        listing = cli_process(*command, env=env)
        assert listing.stdout is not None and listing.stderr is not None
        listing.stdout.close()  # the reader is gone before the first line (`| head -0`)
        err = listing.stderr.read()
        assert listing.wait(timeout=60) == 0, err
        assert err == ""


def test_cli_run_into_a_closed_pipe_ends_quietly_and_at_once(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "slow-think-30-500")  # a run of 15 s and more
    running = cli_process("run", "a long task", "--working-dir", str(agent_server.workdir), env=env)
    assert running.stdout is not None and running.stderr is not None
    running.stdout.readline()
    running.stdout.close()  # `| head -1` took its line and left
    closed = time.monotonic()
    err = running.stderr.read()
    assert running.wait(timeout=60) == 0, err
    assert time.monotonic() - closed < 10, "run went on after its reader left"
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    left = re.search(r"conversation (\S+) is still running", err)
    assert left is not None, err
    assert cli("interrupt", left.group(1), env=env).returncode == 0


def test_cli_ctrl_c_and_timeout_say_the_conversation_is_still_running(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "slow-think-20-500")
    workdir = str(agent_server.workdir)
    timed_out = cli("run", "slow", "--working-dir", workdir, "--timeout", "3", env=env)
    assert timed_out.returncode == 1
    conversation_id = timed_out.stdout.split()[1]
    assert f"conversation {conversation_id} is still running" in timed_out.stderr
    assert f"events {conversation_id} --follow" in timed_out.stderr
    assert f"interrupt {conversation_id}" in timed_out.stderr
    stopped = cli("interrupt", conversation_id, env=env)
    assert stopped.returncode == 0, stopped.stderr

    running = cli_process("run", "slow", "--working-dir", workdir, env=env)
    conversation_id = wait_for_line(running, "conversation ").split()[1]
    time.sleep(2.0)
    running.send_signal(signal.SIGINT)
    _, err = running.communicate(timeout=30)
    assert running.returncode == 130
    assert f"conversation {conversation_id} is still running" in err
    assert "running" in cli("show", conversation_id, env=env).stdout
    cli("interrupt", conversation_id, env=env)

    leaving = cli_process("run", "slow", "--working-dir", workdir, "--interrupt-on-exit", env=env)
    conversation_id = wait_for_line(leaving, "conversation ").split()[1]
    time.sleep(2.0)
    leaving.send_signal(signal.SIGINT)
    _, err = leaving.communicate(timeout=30)
    assert leaving.returncode == 130
    assert f"interrupted conversation {conversation_id}" in err
    after = cli("show", conversation_id, env=env)
    assert "status:  running" not in after.stdout, after.stdout


def test_cli_events_follow_prints_live_events(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "slow-think-3-400")
    started = cli("run", "warm up", "--working-dir", str(agent_server.workdir), env=env)
    conversation_id = started.stdout.split()[1]
    follower = cli_process("events", conversation_id, "--follow", env=env)
    json_follower = cli_process("events", conversation_id, "--follow", "--json", env=env)
    try:
        time.sleep(2.0)  # the follower prints the log and subscribes
        again = cli(
            "run", "again", "--working-dir", str(agent_server.workdir), env=env
        )  # a new conversation: the follower must not see it
        assert again.returncode == 0
        import httpx

        with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
            message = {"role": "user", "content": [{"type": "text", "text": "more"}], "run": True}
            http.post(f"/api/conversations/{conversation_id}/events", json=message)
        time.sleep(4.0)
    finally:
        follower.send_signal(signal.SIGINT)
        json_follower.send_signal(signal.SIGINT)
        out, err = follower.communicate(timeout=30)
        json_out, _ = json_follower.communicate(timeout=30)
    assert follower.returncode == 130 and json_follower.returncode == 130
    # One JSON object per line: the log's events, then the live ones (in arrival order), each
    # once; the stream-only ones are left out.
    followed = [json.loads(line)["id"] for line in json_out.splitlines()]
    assert sorted(followed) == sorted(expected_ids(agent_server, conversation_id))
    assert out.count("finish(") == 2  # one from the log, one that arrived live
    assert "more" in out
    assert f"following conversation {conversation_id} (finished); Ctrl-C to stop" in err


def test_cli_events_follow_ends_when_another_client_deletes_the_conversation(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM
) -> None:
    env = environment(agent_server, scripted_llm, "think-1")
    started = cli("run", "soon deleted", "--working-dir", str(agent_server.workdir), env=env)
    conversation_id = started.stdout.split()[1]
    follower = cli_process("events", conversation_id, "--follow", env=env)
    try:
        assert follower.stderr is not None
        for line in follower.stderr:  # the log is printed and the socket subscribed
            if line.startswith("-- following"):
                break
        assert cli("delete", conversation_id, env=env).returncode == 0
        deleted = time.monotonic()
        _, err = follower.communicate(timeout=30)
        assert time.monotonic() - deleted < 15
    finally:
        if follower.poll() is None:
            follower.kill()
            follower.communicate()
    assert follower.returncode == 3, err
    assert f"conversation {conversation_id} no longer exists" in err


def _no_process_on_port(port: str) -> bool:
    leftovers = subprocess.run(
        ["pgrep", "-f", f"--port {port}"], capture_output=True, text=True, check=False
    )
    return leftovers.stdout.strip() == ""


@pytest.mark.pinned_server  # make demo always runs the pinned server
def test_demo_launcher_runs_end_to_end_and_leaves_nothing_behind() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("AGENT_SERVER_URL", "LLM_MODEL")}
    result = run([sys.executable, "examples/run_demo.py"], env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    # The scripted agent wrote a program with the terminal and ran it; the demo ends with the diff.
    assert out.count("terminal(") == 2 and out.count("finish(") == 1
    assert "terminal → 2 3 5 7 11 13 17 19 23 29" in out
    assert "ADDED primes.py\n--- a/primes.py\n+++ b/primes.py" in out
    assert "model openai/code-600: the scripted LLM" in out
    assert re.search(r"answer: .*2 3 5 7", out, re.S), out
    assert re.search(r"finished · \d+ events in the log", out), out
    url = out.split("agent server on ")[1].split()[0]
    assert f"openhands-client --url {url} list" in out
    assert "make demo KEEP=1" in out
    log = Path(out.split("server log: ")[1].split()[0])
    assert log.is_file() and log.stat().st_size > 0  # the printed log outlives the demo
    assert _no_process_on_port(url.rsplit(":", 1)[1])


@pytest.mark.pinned_server  # make demo always runs the pinned server
def test_demo_keep_leaves_the_server_up_for_the_cli_until_ctrl_c() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("AGENT_SERVER_URL", "LLM_MODEL")}
    demo = subprocess.Popen(
        [sys.executable, "examples/run_demo.py", "--keep"],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        url = wait_for_line(demo, "agent server on ").split()[3]
        wait_for_line(demo, "the server and the LLM stay up")
        listed = cli("--url", url, "list", env=env)
        assert listed.returncode == 0 and "finished" in listed.stdout, listed.stderr
    finally:
        demo.send_signal(signal.SIGINT)
        demo.communicate(timeout=60)
    assert demo.returncode == 0
    assert _no_process_on_port(url.rsplit(":", 1)[1])
