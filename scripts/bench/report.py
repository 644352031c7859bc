"""From measurements to the targets of the benchmark issue, and to the printed table."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Results = dict[str, Any]


def median(runs: list[dict[str, Any]], key: str) -> float | None:
    """The median of ``key`` over the runs that have it (None if none has)."""
    values = [float(run[key]) for run in runs if run.get(key) is not None]
    return statistics.median(values) if values else None


def summarize(runs: list[dict[str, Any]]) -> dict[str, float | None]:
    """The median of every numeric field of ``runs``."""
    keys = {k for run in runs for k, v in run.items() if isinstance(v, (int, float))}
    return {key: median(runs, key) for key in sorted(keys)}


@dataclass
class Row:
    """One line of the table: a figure for each client, their ratio, the target and verdict."""

    name: str
    ours: str
    reference: str
    ratio: str = ""
    target: str = ""
    met: bool | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ours": self.ours,
            "reference": self.reference,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met,
        }


def _fmt(value: float | None, unit: str, scale: float = 1.0, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value * scale:,.{digits}f} {unit}".strip()


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    return (
        _fmt(value, "ms", 1000, 1 if value < 0.1 else 0) if value < 10 else _fmt(value, "s", 1, 1)
    )


def _bytes(value: float | None) -> str:
    if value is None:
        return "-"
    return _fmt(value, "KB", 1 / 1000) if value < 10**6 else _fmt(value, "MB", 1e-6, 1)


def _mb(value: float | None) -> str:
    return _fmt(value, "MB")


def _ratio(numerator: float | None, denominator: float | None, suffix: str = "x") -> str:
    if numerator is None or not denominator:
        return "-"
    value = numerator / denominator
    digits = 0 if value >= 100 else 1 if value >= 10 else 2
    return f"{value:.{digits}f}{suffix}"


def _both(section: Results | None, key: str) -> tuple[float | None, float | None]:
    if not section or "error" in section:
        return None, None
    ours, reference = section.get("ours") or {}, section.get("reference") or {}
    return (ours.get("median") or {}).get(key), (reference.get("median") or {}).get(key)


def _check(
    ok: Callable[[float, float], bool], ours: float | None, ref: float | None
) -> bool | None:
    return None if ours is None or ref is None else ok(ours, ref)


def cold_rows(results: Results) -> list[Row]:
    section = results.get("cold_import")
    ours_s, ref_s = _both(section, "wall_seconds")
    ours_in, ref_in = _both(section, "seconds")
    bare = (section or {}).get("bare_interpreter") or {}
    ours_bare, ref_bare = (bare.get(c, {}).get("wall_seconds") for c in ("ours", "reference"))
    ours_mb, ref_mb = _both(section, "peak_rss_mb")
    rows = [
        Row(
            "Cold import: fresh process, wall time",
            _seconds(ours_s),
            _seconds(ref_s),
            _ratio(ref_s, ours_s, "x faster"),
            ">= 20x faster",
            _check(lambda a, b: b / a >= 20, ours_s, ref_s),
        ),
        Row(
            "Cold import: the import statement alone",
            _seconds(ours_in),
            _seconds(ref_in),
            _ratio(ref_in, ours_in, "x faster"),
        ),
        Row(
            "Cold import: the interpreter alone (baseline)", _seconds(ours_bare), _seconds(ref_bare)
        ),
        Row(
            "Cold import: peak RSS",
            _mb(ours_mb),
            _mb(ref_mb),
            _ratio(ours_mb, ref_mb, " of ref"),
            "<= 1/5",
            _check(lambda a, b: a <= b / 5, ours_mb, ref_mb),
        ),
    ]
    section = results.get("cold_attach")
    ours_s, ref_s = _both(section, "seconds_to_attached")
    ours_mb, ref_mb = _both(section, "peak_rss_mb")
    rows += [
        Row(
            "Import + attach: process start -> attached",
            _seconds(ours_s),
            _seconds(ref_s),
            _ratio(ref_s, ours_s, "x faster"),
        ),
        Row(
            "Import + attach: peak RSS",
            _mb(ours_mb),
            _mb(ref_mb),
            _ratio(ours_mb, ref_mb, " of ref"),
        ),
    ]
    return rows


def attach_rows(results: Results) -> list[Row]:
    section = results.get("attach_10k")
    ours_s, ref_s = _both(section, "seconds")
    ours_mb, ref_mb = _both(section, "peak_rss_mb")
    ours_growth, ref_growth = _both(section, "rss_growth_mb")
    return [
        Row(
            "Attach, 10,000 events: until the typed log is loaded",
            _seconds(ours_s),
            _seconds(ref_s),
            _ratio(ref_s, ours_s, "x faster"),
            "at least as fast",
            _check(lambda a, b: a <= b, ours_s, ref_s),
        ),
        Row(
            "Attach, 10,000 events: peak RSS",
            _mb(ours_mb),
            _mb(ref_mb),
            _ratio(ours_mb, ref_mb, " of ref"),
            "<= 1/2",
            _check(lambda a, b: a <= b / 2, ours_mb, ref_mb),
        ),
        Row(
            "Attach, 10,000 events: RSS growth over the imported client",
            _mb(ours_growth),
            _mb(ref_growth),
            _ratio(ours_growth, ref_growth, " of ref"),
        ),
    ]


def reconnect_costs(runs: list[dict[str, Any]]) -> dict[int, dict[str, float | None]]:
    """Median time, bytes and CPU of the reconnects, by the number of events missed."""
    by_missed: dict[int, list[dict[str, Any]]] = {}
    for run in runs:
        by_missed.setdefault(int(run["requested_missed"]), []).append(run)
    return {missed: summarize(group) for missed, group in sorted(by_missed.items())}


def fit(costs: dict[int, dict[str, float | None]], key: str) -> tuple[float, float] | None:
    """Least-squares ``fixed + per_event * missed`` through the medians of ``key``."""
    points = [(float(m), y) for m, c in costs.items() if (y := c.get(key)) is not None]
    if len(points) < 2:
        return None
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
    return mean_y - slope * mean_x, slope


def proportional(costs: dict[int, dict[str, float | None]], log_bytes: float) -> bool | None:
    """Whether reconnecting costs in proportion to the events missed, not to the log.

    Fitting bytes = fixed + per_event * missed: the fixed part stays under a tenth of the
    log's size (the log is not read again), and each missed event costs about its own size
    (under 2 KB: it is sent once).
    """
    line = fit(costs, "bytes_received")
    if line is None:
        return None
    fixed, per_event = line
    return fixed <= log_bytes / 10 and 0 < per_event <= 2000


def _reconnect_row(label: str, ours: dict[str, Any], ref: dict[str, Any]) -> Row:
    return Row(
        label,
        f"{_seconds(ours.get('seconds'))} / {_bytes(ours.get('bytes_received'))}",
        f"{_seconds(ref.get('seconds'))} / {_bytes(ref.get('bytes_received'))}",
        _ratio(ref.get("bytes_received"), ours.get("bytes_received"), "x bytes"),
    )


def reconnect_rows(results: Results) -> list[Row]:
    section = results.get("reconnect")
    if not section or "error" in section:
        return [Row("Reconnect after 10,000 events", "-", "-")]
    log_bytes = float(section["log_bytes"])
    logs = section["log_events"]
    rows: list[Row] = []
    for size in ("big", "small"):
        costs = {c: reconnect_costs(section[c][size]) for c in ("ours", "reference")}
        for missed, ours in costs["ours"].items():
            label = f"Reconnect after {logs[size]:,}+ events, {missed:,} missed: time / bytes"
            rows.append(_reconnect_row(label, ours, costs["reference"].get(missed, {})))
    costs = {c: reconnect_costs(section[c]["big"]) for c in ("ours", "reference")}
    lines = {c: fit(costs[c], "bytes_received") for c in ("ours", "reference")}
    cells = {
        c: "-" if line is None else f"{_bytes(line[0])} + {line[1]:,.0f} B/missed"
        for c, line in lines.items()
    }
    rows.append(
        Row(
            f"Reconnect after {logs['big']:,}+ events: bytes = fixed + per missed event",
            cells["ours"],
            cells["reference"],
            f"log: {_bytes(log_bytes)}",
        )
    )
    verdict = {c: proportional(costs[c], log_bytes) for c in ("ours", "reference")}
    words = {True: "yes", False: "no", None: "-"}
    rows.append(
        Row(
            "Reconnect cost grows with the events missed, not with the log",
            words[verdict["ours"]],
            words[verdict["reference"]],
            "",
            "proportional to missed",
            verdict["ours"],
        )
    )
    return rows


def ingest_rows(results: Results) -> list[Row]:
    ours, ref = _both(results.get("ingest"), "events_per_second")
    return [
        Row(
            "Stream ingest: socket frame -> callback",
            _fmt(ours, "events/s"),
            _fmt(ref, "events/s"),
            _ratio(ours, ref, "x"),
            ">= reference",
            _check(lambda a, b: a >= b, ours, ref),
        )
    ]


def latency_rows(results: Results) -> list[Row]:
    section = results.get("run_latency")
    ours, ref = _both(section, "from_status_seconds")
    ours_snap, ref_snap = _both(section, "from_snapshot_seconds")
    return [
        Row(
            "Run completion: terminal status published -> run() returns",
            _seconds(ours),
            _seconds(ref),
            _ratio(ours, ref, "x"),
            "<= reference",
            _check(lambda a, b: a <= b, ours, ref),
        ),
        Row(
            "Run completion: post-run snapshot published -> run() returns",
            _seconds(ours_snap),
            _seconds(ref_snap),
            _ratio(ours_snap, ref_snap, "x"),
        ),
    ]


def scale_rows(results: Results) -> list[Row]:
    section = results.get("scale")
    if not section or "error" in section:
        return [Row("Scale: concurrent conversations", "-", "-")]
    many = str(section["conversations"])
    one = {c: section[c]["1"]["median"] for c in ("ours", "reference")}
    all_ = {c: section[c][many]["median"] for c in ("ours", "reference")}
    factor = {c: all_[c]["seconds"] / one[c]["seconds"] for c in ("ours", "reference")}
    ours_mb, ref_mb = all_["ours"]["peak_rss_mb"], all_["reference"]["peak_rss_mb"]

    def cpu(client: str) -> str:
        figures = all_[client]
        return f"{figures['client_cpu_seconds']:.1f} s / {figures['server_cpu_seconds']:.1f} s"

    return [
        Row(
            "Scale: 1 conversation, wall time",
            _seconds(one["ours"]["seconds"]),
            _seconds(one["reference"]["seconds"]),
        ),
        Row(
            f"Scale: {many} concurrent conversations, wall time",
            f"{_seconds(all_['ours']['seconds'])} ({factor['ours']:.2f}x one)",
            f"{_seconds(all_['reference']['seconds'])} ({factor['reference']:.2f}x one)",
            _ratio(all_["reference"]["seconds"], all_["ours"]["seconds"], "x faster"),
            "<= 2x one",
            factor["ours"] <= 2,
        ),
        Row(
            f"Scale: {many} concurrent conversations, until the last run() returned",
            _seconds(all_["ours"].get("runs_seconds")),
            _seconds(all_["reference"].get("runs_seconds")),
            _ratio(
                all_["reference"].get("runs_seconds"), all_["ours"].get("runs_seconds"), "x faster"
            ),
        ),
        Row(
            f"Scale: {many} concurrent conversations, peak RSS",
            _mb(ours_mb),
            _mb(ref_mb),
            _ratio(ours_mb, ref_mb, " of ref"),
            "<= 1/2",
            ours_mb <= ref_mb / 2,
        ),
        Row(
            f"Scale: {many} concurrent conversations, peak threads",
            f"{all_['ours']['peak_threads']:.0f}",
            f"{all_['reference']['peak_threads']:.0f}",
        ),
        Row(
            f"Scale: {many} concurrent conversations, CPU: client / server",
            cpu("ours"),
            cpu("reference"),
        ),
    ]


def rows(results: Results) -> list[Row]:
    """Every row of the table, in the issue's order."""
    return [
        *cold_rows(results),
        *attach_rows(results),
        *reconnect_rows(results),
        *ingest_rows(results),
        *latency_rows(results),
        *scale_rows(results),
    ]


def render(table: list[Row]) -> str:
    """The table as Markdown (it is pasted into the README as is)."""
    header = ["Benchmark", "openhands-client", "reference (sdk)", "ratio", "target", "met"]
    marks = {True: "yes", False: "**NO**", None: ""}
    lines = [[r.name, r.ours, r.reference, r.ratio, r.target, marks[r.met]] for r in table]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *map(line, lines)])
