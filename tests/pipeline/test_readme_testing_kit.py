"""The README's "Testing your own code" example is a test file a user can run as it is
(issue 22, "Done when": a user's test of their own bot runs against openhands_client.testing).

It runs here as a user runs it: copied into a directory of its own and run by plain pytest,
without this project's configuration or fixtures (which shorten the client's waits).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_testing_code(readme: str) -> str:
    """The Python block of the README's "Testing your own code" section."""
    section = readme.split("\n## Testing your own code\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert len(blocks) == 1, "the section shows one test file"
    return blocks[0]


def test_the_readme_example_tests_pass_under_plain_pytest(tmp_path: Path) -> None:
    code = readme_testing_code((ROOT / "README.md").read_text(encoding="utf-8"))
    (tmp_path / "test_my_bot.py").write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=0",
         "--rootdir", str(tmp_path), "test_my_bot.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    tests = re.findall(r"^def (test_\w+)", code, flags=re.M)
    assert len(tests) >= 3 and f"{len(tests)} passed" in result.stdout, result.stdout


def test_a_readme_without_the_section_or_with_two_blocks_is_refused() -> None:
    one = "# x\n\n## Testing your own code\n\n```python\nx = 1\n```\n\n## Next\n"
    assert readme_testing_code(one) == "x = 1\n"
    two = one.replace("## Next", "```python\ny = 2\n```\n## Next")
    for readme in ("# x\n", two):
        try:
            readme_testing_code(readme)
        except (IndexError, AssertionError):
            continue
        raise AssertionError("not refused")
