"""`make demo`: a real agent server and a scripted LLM on loopback, then examples/quickstart.py.

With AGENT_SERVER_URL set, the quickstart runs against that server instead (nothing is started);
with LLM_MODEL set, the agent uses that model instead of the scripted one. With --keep
(`make demo KEEP=1`) the server and the LLM stay up after the run, for the CLI, until Ctrl-C.
Everything this script starts is stopped on exit, on error, on Ctrl-C and when the terminal
closes; the server's directory (its log and conversations) is kept.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from harness.agent_server import AgentServerProcess  # noqa: E402 - the shared harness
from harness.scripted_llm import ScriptedLLM  # noqa: E402

QUICKSTART = ROOT / "examples" / "quickstart.py"
SCRIPTED_MODEL = "openai/code-600"
"""The scripted LLM's script: five `think` calls, 300 ms each, then `finish`."""


def run_quickstart(env: dict[str, str]) -> int:
    """Run the quickstart in its own process (as a user would) and return its exit code."""
    return subprocess.call([sys.executable, str(QUICKSTART)], env=env)


def next_steps(url: str, env: dict[str, str], kept: bool) -> str:
    """The CLI commands to try next, against the server at ``url``."""
    cli = f"openhands-client --url {url}"
    llm = " ".join(f"{k}={env[k]}" for k in ("LLM_MODEL", "LLM_BASE_URL") if env.get(k))
    lines = [
        "next steps (the CLI is .venv/bin/openhands-client; an id may be a unique prefix):",
        f"  {cli} list",
        f"  {cli} show ID",
        f"  {cli} events ID",
        f"  {llm} {cli} run 'another task' --working-dir {env['WORKING_DIR']}",
    ]
    if not kept:
        lines.append("the server stops now: `make demo KEEP=1` keeps it up to try these")
    return "\n".join(lines)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds the `with` blocks below: everything is stopped


def main(argv: list[str] | None = None) -> int:
    """Start what is missing, run the quickstart, say what to do next, stop everything."""
    options = argparse.ArgumentParser(description=(__doc__ or "").partition("\n")[0])
    options.add_argument(
        "--keep", action="store_true", help="keep the server and the LLM up until Ctrl-C"
    )
    keep = options.parse_args(argv).keep
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)
    env = dict(os.environ)
    if env.get("AGENT_SERVER_URL"):
        return run_quickstart(env)
    workdir = Path(tempfile.mkdtemp(prefix="openhands-demo-"))  # kept: the log outlives the demo
    try:
        with ScriptedLLM() as llm:
            print(f"scripted LLM on {llm.base_url}")
            print("starting openhands-agent-server (a few seconds)...", flush=True)
            with AgentServerProcess(workdir) as server:
                print(f"agent server on {server.url} (log: {server.log_path})\n", flush=True)
                env["AGENT_SERVER_URL"] = server.url
                env["WORKING_DIR"] = project = str(workdir / "project")
                # A repository, so that the demo can end with the agent's changes as a diff.
                subprocess.run(["git", "init", "-q", project], check=True)
                if not env.get("LLM_MODEL"):
                    # The scripted agent writes a small program with the coding preset's
                    # terminal tool, and runs it.
                    env["LLM_MODEL"] = SCRIPTED_MODEL
                    env["LLM_BASE_URL"] = llm.base_url
                    env.setdefault("TASK", "Write a program that prints the first ten primes.")
                    print(f"model {SCRIPTED_MODEL}: the scripted LLM (a fixed script, no AI)\n")
                code = run_quickstart(env)
                print(f"\n{next_steps(server.url, env, keep)}")
                print(f"server log: {server.log_path} (kept)", flush=True)
                if keep:
                    print("\nthe server and the LLM stay up; Ctrl-C stops them", flush=True)
                    threading.Event().wait()
                return code
    except KeyboardInterrupt:
        print("\ninterrupted; stopping the server", file=sys.stderr)
        return 0 if keep else 130


if __name__ == "__main__":
    sys.exit(main())
