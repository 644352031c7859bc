"""``diagnose`` refuses bad arguments before any request; its report: one line per mismatch."""

from __future__ import annotations

from typing import Any

import pytest

from openhands_client._compat import NEWEST_TESTED
from openhands_client.doctor import DoctorReport, Mismatch, diagnose

UNUSED = "http://127.0.0.1:9"  # nothing listens: a request would fail with TransportError


@pytest.mark.parametrize(
    ("kwargs", "error", "names"),
    [
        ({"url": "ftp://example.com"}, ValueError, "server URL"),
        ({"api_key": ""}, ValueError, "api_key"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"run_timeout": -1}, ValueError, "run_timeout"),
        ({"agent": ["Agent"]}, TypeError, "agent"),
        ({"timout": 5}, TypeError, "unexpected keyword argument 'timout'"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(
    kwargs: dict[str, Any], error: type[Exception], names: str
) -> None:
    url = kwargs.pop("url", UNUSED)
    with pytest.raises(error, match=names):
        diagnose(url, **kwargs)


def test_the_report_has_one_line_per_mismatch_and_a_verdict() -> None:
    report = DoctorReport("http://h", version="1.57.0", checked=["get_server_info"])
    assert report.ok and report.render().endswith(f"conforms to openapi.yaml {NEWEST_TESTED}")
    report.mismatches += [
        Mismatch("get_server_info", "$.uptime", "required property", "missing"),
        Mismatch("search_events", "$.items[0].kind", '"ActionEvent"', 'string "X"'),
    ]
    lines = report.render().splitlines()
    assert not report.ok
    assert "MISMATCH get_server_info $.uptime: expected required property, got missing" in lines
    assert 'MISMATCH search_events $.items[0].kind: expected "ActionEvent", got string "X"' in lines
    assert lines[-1].startswith("does not conform (2 mismatches)")
