"""TransferProgress: an upload's or download's progress on one terminal line (shown from
:mod:`openhands_client.view`)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ._terminal_text import printable


def _size(count: int) -> str:
    """``count`` bytes, readably: ``812 B``, ``3.4 KiB``, ``12.0 MiB``, ``1.2 GiB``."""
    value, unit = float(count), "B"
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            break
        value /= 1024
    return f"{count} B" if unit == "B" else f"{value:.1f} {unit}"


class TransferProgress:
    """A :data:`ProgressCallback` for terminals: ``workspace.upload(path, remote,
    progress=TransferProgress("upload notes.txt"))``.

    On a terminal (``stream``, default stderr) one line is redrawn in place, at most ten
    times a second: ``upload notes.txt: 3.1 MiB / 12.0 MiB (26%)``. :meth:`done` ends it
    with the size and the time taken (the only line printed when ``stream`` is not a
    terminal). ``label`` is printed with its control characters escaped.
    """

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._label = printable(label)
        self._out = stream or sys.stderr
        self._live = self._out.isatty()
        self._started = time.monotonic()
        self._drawn = 0.0
        self.received = 0
        """Bytes so far."""
        self.total: int | None = None
        """All the bytes, when known."""

    def __call__(self, received: int, total: int | None) -> None:
        """Take the count so far (the callback interface); redraw if due."""
        self.received, self.total = received, total
        now = time.monotonic()
        if self._live and (now - self._drawn >= 0.1 or received == total):
            self._drawn = now
            self._out.write(f"\r\033[K{self._line()}")
            self._out.flush()

    def _line(self) -> str:
        if not self.total:
            return f"{self._label}: {_size(self.received)}"
        percent = 100 * self.received // self.total
        return f"{self._label}: {_size(self.received)} / {_size(self.total)} ({percent}%)"

    def done(self) -> None:
        """End the line: the bytes moved and the time taken."""
        seconds = time.monotonic() - self._started
        prefix = "\r\033[K" if self._live else ""
        self._out.write(f"{prefix}{self._label}: {_size(self.received)} in {seconds:.1f} s\n")
        self._out.flush()


__all__ = ["TransferProgress"]
