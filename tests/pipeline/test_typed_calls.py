"""mypy --strict checks the arguments of every call into the generated layer where it is made.

Each call site builds its request with the generated module's own ``build_request``: a
misspelled argument there fails the type check. Proved on a copy of the facade with one
argument misspelled at a conversation command and one at a runtime route.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACADE = ROOT / "facade" / "openhands_client"

# (module, the call as written, the same call misspelled)
MISSPELLINGS = [
    (
        "_agent_commands.py",
        "switch_profile.build_request(self._id, body=body)",
        "switch_profile.build_request(self._id, bodyy=body)",
    ),
    (
        "_routes.py",
        "runtime_git_diff.build_request(self.runtime, path=path, ref=ref)",
        "runtime_git_diff.build_request(self.runtime, pth=path, ref=ref)",
    ),
]


def test_mypy_rejects_a_misspelled_argument_at_a_call_site(tmp_path: Path) -> None:
    package = tmp_path / "openhands_client"
    shutil.copytree(FACADE, package, ignore=shutil.ignore_patterns("__pycache__"))
    for module, written, misspelled in MISSPELLINGS:
        source = (package / module).read_text(encoding="utf-8")
        assert source.count(written) == 1, f"{module} no longer has {written}"
        (package / module).write_text(source.replace(written, misspelled), encoding="utf-8")
    checked = [str(package / module) for module, _, _ in MISSPELLINGS]
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    result = subprocess.run(
        [*mypy, "--follow-imports=silent", "--config-file", os.devnull, *checked],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert 'Unexpected keyword argument "bodyy" for "build_request"' in out, out
    assert 'Unexpected keyword argument "pth" for "build_request"' in out, out
    assert "Found 2 errors in 2 files" in out, out
