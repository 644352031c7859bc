"""make bench's reconnect row of requests: a log read over REST during a reconnect is caught."""

from __future__ import annotations

from typing import Any

from bench import report
from bench.common import _reads_the_log

SOCKET = "GET /sockets/session/5b1c2a4e-0000-4000-8000-0000000000aa"
SEARCH = "GET /api/conversations/5b1c2a4e00004000800000000000aaaa/events/search?limit=100"


def run(*lines: str) -> dict[str, Any]:
    reads = sum(_reads_the_log(line) for line in lines)
    kept = [line.split("?")[0] for line in lines]  # as bench.common.reconnects keeps them
    return {"requests": len(lines), "log_requests": reads, "request_lines": kept}


def test_only_the_socket_holds_and_a_log_read_does_not() -> None:
    assert not _reads_the_log(SOCKET) and _reads_the_log(SEARCH)
    assert _reads_the_log("GET /api/conversations/x/events/count")
    assert not _reads_the_log("POST /api/conversations/x/events")  # a message sent
    section = {"ours": {"big": [run(SOCKET)], "small": [run(SOCKET)]}}
    row = report._reconnect_requests_row(section)
    assert row.met is True and row.ours == "1 (0 log reads: GET /sockets/session/{id})"
    assert row.reference == "-"
    section["ours"]["small"].append(run(SOCKET, SEARCH))
    row = report._reconnect_requests_row(section)
    assert row.met is False and "1 log reads" in row.ours
    assert (
        row.ours
        == "2 (1 log reads: GET /api/conversations/{id}/events/search, GET /sockets/session/{id})"
    )
