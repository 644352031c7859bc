"""scripts/typecheck_docs.py: the README's Python blocks become one module at their own lines."""

from __future__ import annotations

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
