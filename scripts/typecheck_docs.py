"""Type-check what users copy: the README's Python blocks, ``examples/`` and a user-style script.

Each is checked as a user's editor would: ``mypy --strict`` and pyright strict (basedpyright).
A README block that starts with an import is a program of its own; any other block is a
fragment, checked after ``from readme_context import *`` (tests/typecheck/readme_context.pyi
declares the names fragments take as given: ``server``, ``conv``, ``agent``, ...). Each is
written to a scratch module with its lines at their README line numbers, so an error's line is
the README's. Exit status 1 if either checker reports an error.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
TYPECHECK = ROOT / "tests" / "typecheck"
CHECKED = [ROOT / "examples", TYPECHECK]
CONTEXT = "from readme_context import *  # noqa: F403"
BLOCKS = r"readme_\d+\.py"
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_programs(markdown: str) -> list[str]:
    """The README's blocks as modules whose lines sit at their README line numbers."""
    size = markdown.count("\n") + 1
    programs: list[str] = []
    for block in FENCE.finditer(markdown):
        code = block.group(1)
        lines = [""] * size
        if not code.startswith(("import ", "from ")):
            lines[0] = CONTEXT
        first = markdown.count("\n", 0, block.start(1))
        for offset, line in enumerate(code.splitlines()):
            lines[first + offset] = line
        programs.append("\n".join(lines) + "\n")
    return programs


def _run(command: list[str]) -> int:
    # scripts/ holds the harness examples/run_demo.py imports; tests/typecheck, readme_context.
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "scripts"), str(TYPECHECK)])}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    # mypy's cache may name an earlier scratch directory: match the file name, not the path.
    output = re.sub(rf"\S*{BLOCKS}", "README.md", result.stdout + result.stderr)
    print(output.rstrip())
    return result.returncode


def main(argv: Sequence[str] = ()) -> int:
    """Run both checkers on the README program, the examples and tests/typecheck, for the Python
    given as ``--python-version X.Y`` (default: the running one)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python-version", default=f"{sys.version_info[0]}.{sys.version_info[1]}")
    version = parser.parse_args(argv).python_version
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as scratch:
        programs = readme_programs(README.read_text(encoding="utf-8"))
        targets = [str(p) for p in CHECKED]
        for number, program in enumerate(programs):
            module = Path(scratch) / f"readme_{number}.py"
            module.write_text(program)
            targets.append(str(module))
        config = Path(scratch) / "pyrightconfig.json"
        config.write_text(
            json.dumps(
                {
                    "typeCheckingMode": "strict",
                    "pythonVersion": version,
                    "reportMissingModuleSource": "none",  # readme_context is a stub only
                    "extraPaths": [
                        str(ROOT / d) for d in ("generated", "facade", "scripts", "tests/typecheck")
                    ],
                }
            )
        )
        failed = _run([str(bin_dir / "mypy"), "--strict", "--python-version", version, *targets])
        failed |= _run([str(bin_dir / "basedpyright"), "-p", str(config), *targets])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
