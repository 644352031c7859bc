"""`make batch-demo`: 20 tasks on 2 local agent servers with `openhands-client batch`.

A scripted LLM on loopback plays the model (no AI, no key). The batch's results go to
OUT/results.jsonl (default: a fixed directory under the system's temporary directory):
run it again and the finished tasks are skipped; --fresh starts over.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from harness.agent_server import server_python  # noqa: E402 - the shared harness
from harness.scripted_llm import ScriptedLLM  # noqa: E402

TASKS = 20
SCRIPTED_MODEL = "openai/slow-think-3-200"
"""The scripted LLM's script: three `think` calls, 200 ms each, then `finish`."""


def main(argv: list[str] | None = None) -> int:
    """Write the tasks, run the batch through the CLI, return its exit code."""
    options = argparse.ArgumentParser(description="20 tasks on 2 local agent servers")
    default = Path(tempfile.gettempdir()) / "openhands-batch-demo"
    options.add_argument("--out", type=Path, default=default, help=f"default {default}")
    options.add_argument("--fresh", action="store_true", help="forget earlier results")
    args = options.parse_args(argv)
    if args.fresh:
        shutil.rmtree(args.out, ignore_errors=True)
    (args.out / "work").mkdir(parents=True, exist_ok=True)
    tasks = args.out / "tasks.jsonl"
    with tasks.open("w") as out:
        for n in range(TASKS):
            out.write(
                json.dumps({"id": f"task-{n:02}", "message": f"Task {n}: think, then finish."})
                + "\n"
            )
    with ScriptedLLM() as llm:
        env = {**os.environ, "LLM_MODEL": SCRIPTED_MODEL, "LLM_BASE_URL": llm.base_url}
        command = [
            str(Path(sys.executable).parent / "openhands-client"),
            "batch",
            str(tasks),
            "--local",
            "2",
            "--server-python",
            server_python(),
            "--output",
            str(args.out / "results.jsonl"),
            "--working-dir",
            str(args.out / "work"),
        ]
        print("$", " ".join(command[:4]), "...", flush=True)
        code = subprocess.call(command, env=env)
    print(f"results: {args.out / 'results.jsonl'} (run again: finished tasks are skipped)")
    return code


if __name__ == "__main__":
    sys.exit(main())
