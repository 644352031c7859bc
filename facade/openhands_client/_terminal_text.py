"""Text from the server or the agent, made safe to write to a terminal; URLs fit to show.

Every writer of the view, the CLI, ``doctor`` and the client's log records passes such text
through :func:`printable` (or :func:`json_line` for ``--json``): a control character (C0,
DEL, C1), a bidirectional override or isolate and a line or paragraph separator become a
visible escape (``\\x1b``, ``\\u202e``), so nothing the server or the agent writes can move
the cursor, clear the screen, set the window title, write the clipboard, hide text or reorder
it. The view's own colours are added after this, never filtered by it.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Bidirectional marks, embeddings, overrides and isolates (they reorder what follows them).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Characters a JSON string may hold raw that a terminal would act on (json.dumps escapes C0).
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{_BIDI}\u2028\u2029]")
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
_UNSAFE_BUT_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
# The user information of a URL (``user:password@``), with or without a scheme before it.
_USERINFO = re.compile(r"^((?:[^/?#]*:)?//)?[^/?#]*@")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with every character a terminal would act on made a visible escape.

    With ``lines``, newlines and tabs stay (a ``\\r\\n`` becomes a newline); otherwise they are
    escaped too, so the text stays on one line.
    """
    if lines:
        return _UNSAFE_BUT_LINES.sub(_escaped, text.replace("\r\n", "\n"))
    return _UNSAFE.sub(_escaped, text)


def json_line(value: Any) -> str:
    """``value`` as one line of JSON (non-ASCII text kept readable) that is safe on a
    terminal: C1 controls, bidirectional controls and line separators are ``\\u`` escapes."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def redact_url(url: str) -> str:
    """``url`` with its user information (``user:password@``) shown as ``***@``."""
    return _USERINFO.sub(lambda match: f"{match.group(1) or ''}***@", url, count=1)
