"""scripts/typecheck_docs.py: the README's Python blocks become one module at their own lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typecheck_docs
from typecheck_docs import readme_program

README = """# title

```python
x = 1
```

text
```
shell only
```

```python
y = x + 1
```
"""


def test_python_blocks_keep_their_line_numbers_and_other_blocks_are_left_out() -> None:
    lines = readme_program(README).splitlines()
    assert lines[3] == "x = 1" and lines[12] == "y = x + 1"
    assert [line for line in lines if line] == ["x = 1", "y = x + 1"]


def test_a_readme_that_narrows_wrongly_fails_both_checkers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# x\n\n```python\nfrom openhands_client import Event\n\n\n"
        "def name(event: Event) -> str:\n"
        '    if event.kind == "MessageEvent":\n'
        "        return event.tool_name\n"
        "    return event.kind\n```\n"
    )
    monkeypatch.setattr(typecheck_docs, "README", readme)
    monkeypatch.setattr(typecheck_docs, "CHECKED", [])
    assert typecheck_docs.main() == 1
    out = capsys.readouterr().out
    # Both checkers name the README's own line (9): a MessageEvent has no tool_name.
    assert 'README.md:9: error: "MessageEvent" has no attribute "tool_name"' in out
    assert re.search(
        r'README.md:9:\d+ - error: Cannot access attribute "tool_name" for class "M', out
    )
