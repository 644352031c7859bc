"""Type-check what users copy: the README's Python blocks, ``examples/`` and a user-style script.

Each is checked as a user's editor would: ``mypy --strict`` and pyright strict (basedpyright).
The README's ``python`` blocks are read top to bottom as one program (a later block may use
names an earlier one defined) and written to a scratch module at their own line numbers, so
an error's line is the README's line. Exit status 1 if either checker reports an error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CHECKED = [ROOT / "examples", ROOT / "tests" / "typecheck"]
BLOCKS = "readme_blocks.py"
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_program(markdown: str) -> str:
    """The README's ``python`` blocks as one module, each line at its README line number."""
    lines = [""] * (markdown.count("\n") + 1)
    for block in FENCE.finditer(markdown):
        first = markdown.count("\n", 0, block.start(1))
        for offset, line in enumerate(block.group(1).splitlines()):
            lines[first + offset] = line
    return "\n".join(lines) + "\n"


def _run(command: list[str]) -> int:
    # scripts/ holds the harness that examples/run_demo.py imports.
    env = {**os.environ, "MYPYPATH": str(ROOT / "scripts")}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    # mypy's cache may name an earlier scratch directory: match the file name, not the path.
    output = re.sub(rf"\S*{BLOCKS}", "README.md", result.stdout + result.stderr)
    print(output.rstrip())
    return result.returncode


def main() -> int:
    """Run both checkers on the README program, the examples and tests/typecheck."""
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as scratch:
        readme_copy = Path(scratch) / BLOCKS
        readme_copy.write_text(readme_program(README.read_text(encoding="utf-8")))
        targets = [str(readme_copy), *(str(p) for p in CHECKED)]
        config = Path(scratch) / "pyrightconfig.json"
        config.write_text(
            json.dumps(
                {
                    "typeCheckingMode": "strict",
                    "pythonVersion": "3.10",
                    "extraPaths": [str(ROOT / d) for d in ("generated", "facade", "scripts")],
                }
            )
        )
        failed = _run([str(bin_dir / "mypy"), "--strict", *targets])
        failed |= _run([str(bin_dir / "basedpyright"), "-p", str(config), *targets])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
