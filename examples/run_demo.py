"""`make demo`: a real agent server and a scripted LLM on loopback, then examples/quickstart.py.

With AGENT_SERVER_URL set, the quickstart runs against that server instead (nothing is started);
with LLM_MODEL set, the agent uses that model instead of the scripted one. Everything this
script starts is stopped on exit, on error, on Ctrl-C and when the terminal closes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from harness.agent_server import AgentServerProcess  # noqa: E402 - the shared harness
from harness.scripted_llm import ScriptedLLM  # noqa: E402

QUICKSTART = ROOT / "examples" / "quickstart.py"


def run_quickstart(env: dict[str, str]) -> int:
    """Run the quickstart in its own process (as a user would) and return its exit code."""
    return subprocess.call([sys.executable, str(QUICKSTART)], env=env)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds the `with` blocks below: everything is stopped


def main() -> int:
    """Start what is missing, run the quickstart, stop everything."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    signal.signal(signal.SIGHUP, _exit_on_signal)
    env = dict(os.environ)
    if env.get("AGENT_SERVER_URL"):
        return run_quickstart(env)
    with tempfile.TemporaryDirectory(prefix="openhands-demo-") as workdir, ScriptedLLM() as llm:
        print(f"scripted LLM on {llm.base_url}")
        print("starting openhands-agent-server (a few seconds)...", flush=True)
        with AgentServerProcess(Path(workdir)) as server:
            print(f"agent server on {server.url} (log: {server.log_path})\n", flush=True)
            env["AGENT_SERVER_URL"] = server.url
            env["WORKING_DIR"] = project = str(Path(workdir) / "project")
            # A repository, so that the demo can end with the agent's changes as a diff.
            subprocess.run(["git", "init", "-q", project], check=True)
            if not env.get("LLM_MODEL"):
                # The scripted agent writes a small program with the terminal tool and runs it.
                env["LLM_MODEL"] = "openai/code-600"
                env["LLM_BASE_URL"] = llm.base_url
                env.setdefault("AGENT_TOOLS", "terminal")
                env.setdefault("TASK", "Write a program that prints the first ten primes; run it.")
            try:
                return run_quickstart(env)
            except KeyboardInterrupt:
                print("\ninterrupted; stopping the server", file=sys.stderr)
                return 130


if __name__ == "__main__":
    sys.exit(main())
