"""What ``doctor`` found: the report and its mismatches, and the tested version range."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._compat import NEWEST_TESTED, OLDEST_TESTED, ServerRelease
from ._schema_check import load_contract
from ._terminal_text import printable, redact_url


@dataclass(frozen=True)
class Mismatch:
    """One way the server breaks the contract: the operation, a JSON path, expected and got."""

    operation: str
    path: str
    expected: str
    got: str

    def __str__(self) -> str:
        return f"{self.operation} {self.path}: expected {self.expected}, got {self.got}"


@dataclass
class DoctorReport:
    """What :func:`async_diagnose` found. The server conforms when ``mismatches`` is empty."""

    url: str
    version: str | None = None
    capabilities: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether every check passed."""
        return not self.mismatches

    def render(self) -> str:
        """The report as text: the server, what was checked, then one line per mismatch.

        What the server sent (its version, capability and property names, its answers) is
        shown with its control characters escaped, the URL without its ``user:password@``.
        """
        lines = [
            f"server:       {redact_url(self.url)}",
            f"version:      {self.version or '?'} (tested: {OLDEST_TESTED} to {NEWEST_TESTED})",
            f"capabilities: {', '.join(self.capabilities) or '-'}",
            f"checked:      {', '.join(self.checked)}",
        ]
        lines += [f"skipped:      {reason}" for reason in self.skipped]
        lines += [f"MISMATCH {mismatch}" for mismatch in self.mismatches]
        verdict = "conforms" if self.ok else f"does not conform ({len(self.mismatches)} mismatches)"
        lines.append(f"{verdict} to openapi.yaml {load_contract()['version']}")
        return "\n".join(map(printable, lines))


def version_supported(version: str) -> bool:
    """Whether ``version`` lies in the tested range, ``OLDEST_TESTED`` to ``NEWEST_TESTED``
    (both inclusive, as in ``_compat``)."""
    return ServerRelease(version, frozenset()).supported
