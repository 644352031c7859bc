"""Every benchmark runs once, on a tiny conversation: a change of this client's API cannot
break ``make bench`` silently. The driver, the report and this client's and the floors'
measurement programs run; the reference's programs (a pinned SDK, ~5 s an import) are left
to ``make bench``. Figures are not checked here: speed is for ``make bench``."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import driver, fixtures, report
from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM

# make bench always runs the pinned server.
pytestmark = [pytest.mark.contract, pytest.mark.pinned_server]

# Rows that need more than one measurement to have a figure (a fit through several points).
NEEDS_SEVERAL = ("bytes = fixed + per missed event", "grows with the events missed")


def test_every_benchmark_runs_once_on_a_tiny_conversation(
    agent_server: AgentServerProcess, scripted_llm: ScriptedLLM, tmp_path: Path
) -> None:
    small = fixtures.make_small_conversation(agent_server, scripted_llm, tmp_path)
    assert small.events > 3 and len(small.recorded_events()) == small.events
    bench = driver.Bench(driver.Settings.smoke(), agent_server, scripted_llm, small)
    results: dict[str, object] = {}
    for name in driver.BENCHMARKS + driver.OPTIONAL:
        results.update(getattr(bench, name)())
    table = report.rows(results)
    names = [row.name for row in table]
    for wanted in ("Cold import", "Attach", "Reconnect", "Stream ingest", "Run completion"):
        assert any(name.startswith(wanted) for name in names), wanted
    for wanted in ("Scale", "Idle", "Long-lived", "Floor"):
        assert any(name.startswith(wanted) for name in names), wanted
    missing = [
        row.name
        for row in table
        if row.ours == "-" and not any(n in row.name for n in NEEDS_SEVERAL)
    ]
    assert missing == []
    assert report.render(table).count("\n") == len(table) + 1
