"""scripts/typecheck_docs.py: the README's Python blocks become modules at their own lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typecheck_docs
from typecheck_docs import readme_programs

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

```python
import os
```
"""


def test_blocks_keep_their_lines_and_fragments_get_the_readme_context() -> None:
    first, second, third = (program.splitlines() for program in readme_programs(README))
    assert first[0] == second[0] == typecheck_docs.CONTEXT  # no import first: a fragment
    assert first[3] == "x = 1" and second[12] == "y = x + 1"
    assert [line for line in first[1:] if line] == ["x = 1"]  # not the shell block
    assert [line for line in third if line] == ["import os"] and third[16] == "import os"


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
    assert typecheck_docs.main([]) == 1
    out = capsys.readouterr().out
    # Both checkers name the README's own line (9): a MessageEvent has no tool_name.
    assert 'README.md:9: error: "MessageEvent" has no attribute "tool_name"' in out
    assert re.search(
        r'README.md:9:\d+ - error: Cannot access attribute "tool_name" for class "M', out
    )
