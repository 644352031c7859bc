"""From measurements to the printed table, checked against the targets in ``targets.json``."""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Results = dict[str, Any]
TARGETS_PATH = Path(__file__).with_name("targets.json")
BOTH = ("ours", "reference")
_ID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}")


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
    """One line of the table: a figure for each client, their ratio, how far ours is from the
    floor, the target and the verdict."""

    name: str
    ours: str
    reference: str
    ratio: str = ""
    target: str = ""
    met: bool | None = None
    floor: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ours": self.ours,
            "reference": self.reference,
            "ratio": self.ratio,
            "vs_floor": self.floor,
            "target": self.target,
            "met": self.met,
        }


def targets() -> dict[str, list[dict[str, Any]]]:
    """The targets, by key (see ``targets.json``)."""
    loaded: dict[str, Any] = json.loads(TARGETS_PATH.read_text())
    return {key: value for key, value in loaded.items() if not key.startswith("_")}


def _holds(rule: dict[str, Any], ours: Any, ref: Any, floor: Any) -> bool | None:
    kind, value = rule["rule"], rule.get("value")
    if kind == "holds":
        return None if ours is None else bool(ours)
    if ours is None or (kind in ("faster", "times", "fraction") and not ref):
        return None
    if kind in ("floor", "over_floor") and not floor:
        return None
    checks = {
        "faster": lambda: ref / ours >= value,
        "times": lambda: ours / ref >= value,
        "fraction": lambda: ours <= ref * value,
        "floor": lambda: ours <= floor * value,
        "over_floor": lambda: ours - floor <= value,
        "at_most": lambda: ours <= value,
    }
    return bool(checks[kind]())


def target(key: str, ours: Any, ref: Any = None, floor: Any = None) -> dict[str, Any]:
    """The ``target`` and ``met`` cells of a row for the targets under ``key``."""
    rules = targets()[key]
    verdicts = [_holds(rule, ours, ref, floor) for rule in rules]
    met = None if None in verdicts else all(verdicts)
    return {"target": "; ".join(rule["text"] for rule in rules), "met": met}


def _fmt(value: float | None, unit: str, scale: float = 1.0, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value * scale:,.{digits}f} {unit}".strip()


def _seconds(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) < 0.001:
        return _fmt(value, "µs", 1e6)
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


def _floor(section: Results | None, key: str) -> float | None:
    if not section or "error" in section:
        return None
    value = ((section.get("floor") or {}).get("median") or {}).get(key)
    return None if value is None else float(value)


def _vs_floor(ours: float | None, floor: float | None) -> str:
    return _ratio(ours, floor, "x floor")


def cold_rows(results: Results) -> list[Row]:
    section = results.get("cold_import")
    ours_s, ref_s = _both(section, "wall_seconds")
    ours_in, ref_in = _both(section, "seconds")
    bare = (section or {}).get("bare_interpreter") or {}
    ours_bare, ref_bare = (bare.get(c, {}).get("wall_seconds") for c in ("ours", "reference"))
    ours_mb, ref_mb = _both(section, "peak_rss_mb")
    floor_s = _floor(section, "wall_seconds")
    rows = [
        Row(
            "Cold import: fresh process, wall time",
            _seconds(ours_s),
            _seconds(ref_s),
            _ratio(ref_s, ours_s, "x faster"),
            floor=_vs_floor(ours_s, floor_s),
            **target("cold_import", ours_s, ref_s, floor_s),
        ),
        Row("Floor: attrs + httpx + websockets alone, fresh process", _seconds(floor_s), ""),
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
            **target("cold_import_rss", ours_mb, ref_mb),
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


def _attach_over_rest_row(section: Results | None, floor_s: float | None) -> Row:
    """Ours loading the log over REST (both ends at once) before the socket connects after
    it, in the same run as the socket replay row above (the default)."""
    median_of = (section or {}).get("ours_rest", {}).get("median") or {}
    seconds = median_of.get("seconds")
    return Row(
        "Attach, 10,000 events: ours over REST (two-ended load, then the socket)",
        _seconds(seconds),
        "",
        floor=_vs_floor(seconds, floor_s),
    )


def _attach_cpu_row(section: Results | None) -> Row:
    """Ours' CPU until attach returns (the wall times above are noisy on a busy machine):
    socket replay, then over REST."""
    figures = [
        ((section or {}).get(client, {}).get("median") or {}).get("client_cpu_seconds")
        for client in ("ours", "ours_rest")
    ]
    return Row(
        "Attach, 10,000 events: ours' CPU until attach returns (socket replay / over REST)",
        " / ".join(_seconds(cpu) for cpu in figures),
        "",
    )


def attach_rows(results: Results) -> list[Row]:
    section = results.get("attach_10k")
    ours_s, ref_s = _both(section, "seconds")
    typed_s = _both(section, "seconds_all_typed")[0]
    ours_mb, ref_mb = _both(section, "peak_rss_mb")
    ours_growth, ref_growth = _both(section, "rss_growth_mb")
    floor_s = _floor(section, "seconds")
    return [
        Row(
            "Attach, 10,000 events: until attach returns (ours: socket replay, typed on read)",
            _seconds(ours_s),
            _seconds(ref_s),
            _ratio(ref_s, ours_s, "x faster"),
            floor=_vs_floor(ours_s, floor_s),
        ),
        Row(
            "Attach, 10,000 events: until every event is typed (ours: then reading them all)",
            _seconds(typed_s),
            _seconds(ref_s),
            _ratio(ref_s, typed_s, "x faster"),
            floor=_vs_floor(typed_s, floor_s),
            **target("attach", typed_s, ref_s, floor_s),
        ),
        _attach_over_rest_row(section, floor_s),
        _attach_cpu_row(section),
        Row("Floor: plain httpx + json.loads, page after page", _seconds(floor_s), ""),
        Row(
            "Attach, 10,000 events: peak RSS",
            _mb(ours_mb),
            _mb(ref_mb),
            _ratio(ours_mb, ref_mb, " of ref"),
            **target("attach_rss", ours_mb, ref_mb),
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


def _reconnect_requests_row(section: Results) -> Row:
    """Requests per reconnect (the most in any run), and how many counted or read the log
    over REST: the session socket resumes by ``seq``, so ours must be none."""
    cells: dict[str, str] = {}
    reads: dict[str, int | None] = {}
    for client in BOTH:
        runs = [r for size in ("big", "small") for r in section.get(client, {}).get(size, [])]
        if not runs or any("requests" not in r for r in runs):
            cells[client], reads[client] = "-", None
            continue
        reads[client] = max(int(r["log_requests"]) for r in runs)
        kinds = sorted({_ID.sub("{id}", line) for r in runs for line in r["request_lines"]})
        cells[client] = (
            f"{max(int(r['requests']) for r in runs)} ({reads[client]} log reads: "
            f"{', '.join(kinds)})"
        )
    return Row(
        "Reconnect: requests to catch up (log reads = REST count/search)",
        cells["ours"],
        cells["reference"],
        **target("reconnect_requests", None if reads["ours"] is None else reads["ours"] == 0),
    )


def reconnect_rows(results: Results) -> list[Row]:
    section = results.get("reconnect")
    if not section or "error" in section:
        return [Row("Reconnect after 10,000 events", "-", "-")]
    log_bytes = float(section["log_bytes"])
    logs = section["log_events"]
    rows: list[Row] = []
    for size in ("big", "small"):
        costs = {c: reconnect_costs(section.get(c, {}).get(size, [])) for c in BOTH}
        for missed, ours in costs["ours"].items():
            label = f"Reconnect after {logs[size]:,}+ events, {missed:,} missed: time / bytes"
            rows.append(_reconnect_row(label, ours, costs["reference"].get(missed, {})))
    costs = {c: reconnect_costs(section.get(c, {}).get("big", [])) for c in BOTH}
    lines = {c: fit(costs[c], "bytes_received") for c in BOTH}
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
    rows.append(_reconnect_requests_row(section))
    verdict = {c: proportional(costs[c], log_bytes) for c in BOTH}
    words = {True: "yes", False: "no", None: "-"}
    rows.append(
        Row(
            "Reconnect cost grows with the events missed, not with the log",
            words[verdict["ours"]],
            words[verdict["reference"]],
            "",
            **target("reconnect", verdict["ours"]),
        )
    )
    return rows


def ingest_rows(results: Results) -> list[Row]:
    ours, ref = _both(results.get("ingest"), "events_per_second")
    floor = _floor(results.get("ingest"), "events_per_second")
    return [
        Row(
            "Stream ingest: socket frame -> callback",
            _fmt(ours, "events/s"),
            _fmt(ref, "events/s"),
            _ratio(ours, ref, "x"),
            floor=_ratio(floor, ours, "x floor"),  # time per event, over the floor's
            **target("ingest", ours, ref, floor),
        ),
        Row("Floor: json.loads of the same frames", _fmt(floor, "events/s"), ""),
    ]


def latency_rows(results: Results) -> list[Row]:
    section = results.get("run_latency")
    ours, ref = _both(section, "from_status_arrival_seconds")
    ours_pub, ref_pub = _both(section, "from_status_seconds")
    ours_snap, ref_snap = _both(section, "from_snapshot_arrival_seconds")
    floor = _floor(section, "seconds")
    over = None if ours is None or floor is None else ours - floor
    return [
        Row(
            "Run completion: terminal status frame arrives -> run() returns",
            _seconds(ours),
            _seconds(ref),
            _ratio(ours, ref, "x"),
            floor="-" if over is None else f"floor + {_seconds(over)}",
            **target("run_completion", ours, ref, floor),
        ),
        Row("Floor: one WebSocket frame over loopback", _seconds(floor), ""),
        Row(
            "Run completion: post-run snapshot arrives -> run() returns",
            _seconds(ours_snap),
            _seconds(ref_snap),
            _ratio(ours_snap, ref_snap, "x"),
        ),
        Row(
            "Run completion: terminal status published (server clock) -> run() returns",
            _seconds(ours_pub),
            _seconds(ref_pub),
            _ratio(ours_pub, ref_pub, "x"),
        ),
    ]


def tokens_rows(results: Results) -> list[Row]:
    section = results.get("tokens")
    ours = {} if not section or "error" in section else section["ours"]["median"]
    first, durable = ours.get("first_delta_seconds"), ours.get("durable_seconds")
    script = (section or {}).get("script", "?")
    return [
        Row(
            f"Token stream ({script}): message sent -> first delta / -> durable message",
            "-" if first is None else f"{_seconds(first)} / {_seconds(durable)}",
            "(no token stream)",
        )
    ]


def command_rows(results: Results) -> list[Row]:
    section = results.get("command_first_byte")
    if not section or "error" in section:
        socket = polling = None
    else:
        socket = (section["socket"].get("median") or {}).get("seconds")
        polling = (section["polling"].get("median") or {}).get("seconds")
    return [
        Row(
            "Command first byte: server emits -> output() yields (socket; polling ratio)",
            _seconds(socket),
            "",
            _ratio(polling, socket, "x faster"),
        ),
        Row("Command first byte, polling fallback (no socket)", _seconds(polling), ""),
    ]


def scale_rows(results: Results) -> list[Row]:
    section = results.get("scale")
    if not section or "error" in section:
        return [Row("Scale: concurrent conversations", "-", "-")]
    many = str(section["conversations"])
    one = {c: section.get(c, {}).get("1", {}).get("median") or {} for c in BOTH}
    all_ = {c: section.get(c, {}).get(many, {}).get("median") or {} for c in BOTH}
    factor = {
        c: all_[c]["seconds"] / one[c]["seconds"] if all_[c] and one[c] else None for c in BOTH
    }
    ours_mb, ref_mb = all_["ours"].get("peak_rss_mb"), all_["reference"].get("peak_rss_mb")

    def wall(client: str) -> str:
        seconds, times = all_[client].get("seconds"), factor[client]
        return "-" if times is None else f"{_seconds(seconds)} ({times:.2f}x one)"

    def count(client: str, key: str) -> str:
        value = all_[client].get(key)
        return "-" if value is None else f"{value:.0f}"

    def cpu(client: str) -> str:
        figures = all_[client]
        if not figures:
            return "-"
        return f"{figures['client_cpu_seconds']:.1f} s / {figures['server_cpu_seconds']:.1f} s"

    return [
        Row(
            "Scale: 1 conversation, wall time",
            _seconds(one["ours"].get("seconds")),
            _seconds(one["reference"].get("seconds")),
        ),
        Row(
            f"Scale: {many} concurrent conversations, wall time",
            wall("ours"),
            wall("reference"),
            _ratio(all_["reference"].get("seconds"), all_["ours"].get("seconds"), "x faster"),
            **target("scale_wall", factor["ours"]),
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
            **target("scale_rss", ours_mb, ref_mb),
        ),
        Row(
            f"Scale: {many} concurrent conversations, peak threads",
            count("ours", "peak_threads"),
            count("reference", "peak_threads"),
        ),
        Row(
            f"Scale: {many} concurrent conversations, CPU: client / server",
            cpu("ours"),
            cpu("reference"),
        ),
    ]


def fleet_rows(results: Results) -> list[Row]:
    """N conversations over 1, 2 and 4 servers: wall time, client CPU per conversation, peak
    RSS and threads (none when the fleet benchmark was not chosen)."""
    section = results.get("fleet")
    if not section:
        return []
    if "error" in section:
        return [Row("Fleet: conversations across servers", "-", "-")]
    count = int(section["conversations"])
    rows: list[Row] = []
    for size in section["sizes"]:
        figures = {c: section.get(c, {}).get(str(size), {}).get("median") or {} for c in BOTH}
        label = f"Fleet: {count} conversations on {size} server(s)"

        def per_conversation(client: str, figures: dict[str, Any] = figures) -> float | None:
            cpu = figures[client].get("client_cpu_seconds")
            return None if cpu is None else cpu / count

        ours, ref = figures["ours"], figures["reference"]
        ours_s, ref_s = ours.get("seconds"), ref.get("seconds")
        ours_cpu, ref_cpu = per_conversation("ours"), per_conversation("reference")
        ours_mb, ref_mb = ours.get("peak_rss_mb"), ref.get("peak_rss_mb")
        ours_t, ref_t = ours.get("peak_threads"), ref.get("peak_threads")
        rows += [
            Row(
                f"{label}, wall time",
                _seconds(ours_s),
                _seconds(ref_s),
                _ratio(ref_s, ours_s, "x faster"),
            ),
            Row(
                f"{label}, client CPU per conversation",
                _seconds(ours_cpu),
                _seconds(ref_cpu),
                _ratio(ours_cpu, ref_cpu, " of ref"),
            ),
            Row(
                f"{label}, peak RSS", _mb(ours_mb), _mb(ref_mb), _ratio(ours_mb, ref_mb, " of ref")
            ),
            Row(
                f"{label}, peak threads",
                "-" if ours_t is None else f"{ours_t:.0f}",
                "-" if ref_t is None else f"{ref_t:.0f}",
            ),
        ]
    return rows


def idle_rows(results: Results) -> list[Row]:
    section = results.get("idle")
    if not section or "error" in section:
        return []
    count = (section["ours"]["median"] or {}).get("conversations")
    ours_mb, ref_mb = _both(section, "rss_per_conversation_mb")
    ours_threads, ref_threads = _both(section, "threads")
    ours_cpu, ref_cpu = _both(section, "cpu_seconds_per_idle_minute")
    label = f"Idle: {count:,.0f} attached conversations, one process"
    return [
        Row(
            f"{label}: RSS per conversation",
            _fmt(ours_mb, "MB", digits=2),
            _fmt(ref_mb, "MB", digits=2),
            _ratio(ours_mb, ref_mb, " of ref"),
            **target("idle_rss", ours_mb, ref_mb),
        ),
        Row(
            f"{label}: threads",
            _fmt(ours_threads, ""),
            _fmt(ref_threads, ""),
            **target("idle_threads", ours_threads),
        ),
        Row(
            f"{label}: CPU per idle minute",
            _seconds(ours_cpu),
            _seconds(ref_cpu),
            _ratio(ours_cpu, ref_cpu, " of ref"),
        ),
    ]


def longlived_rows(results: Results) -> list[Row]:
    section = results.get("longlived")
    if not section or "error" in section:
        return []
    run = section["ours"]["runs"][0]
    rss = run["rss_mb_after"]
    late = max(rss, key=int)
    return [
        Row(
            f"Long-lived: RSS after {int(late):,} sequential conversations vs after {run['early']}",
            f"{rss[late]:.1f} MB vs {rss[str(run['early'])]:.1f} MB",
            "(not run)",
            f"+{run['rss_growth_mb']:.1f} MB",
            **target("longlived", run["rss_growth_mb"]),
        )
    ]


def rows(results: Results) -> list[Row]:
    """Every row of the table, in the issue's order."""
    return [
        *cold_rows(results),
        *attach_rows(results),
        *reconnect_rows(results),
        *ingest_rows(results),
        *latency_rows(results),
        *tokens_rows(results),
        *command_rows(results),
        *scale_rows(results),
        *idle_rows(results),
        *longlived_rows(results),
        *fleet_rows(results),
    ]


def render(table: list[Row]) -> str:
    """The table as Markdown (it is pasted into the README as is)."""
    header = [
        "Benchmark",
        "openhands-client",
        "reference (sdk)",
        "ratio",
        "vs floor",
        "target",
        "met",
    ]
    marks = {True: "yes", False: "**NO**", None: ""}
    lines = [[r.name, r.ours, r.reference, r.ratio, r.floor, r.target, marks[r.met]] for r in table]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *map(line, lines)])
