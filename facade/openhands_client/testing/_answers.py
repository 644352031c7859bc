"""REST answers the fake builds apart from its conversations' state: a page of an event
search as the server pages it, and the answers a test injects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from ._events import JSON, parse_ts


def search_response(
    log: list[JSON], request: httpx.Request, page_size: int | None = None
) -> httpx.Response:
    """``GET /events/search`` over ``log`` (write order), as the server pages it.

    ``timestamp__gte`` (inclusive) and ``timestamp__lt`` filter, ``sort_order=TIMESTAMP_DESC``
    walks the log backwards, ``page_id`` is the id of the page's first item (an unknown one
    restarts from the beginning), ``next_page_id`` the next page's first. ``page_size`` caps
    the page below ``limit``, as a server may.
    """
    params = request.url.params
    limit = int(params.get("limit", "100"))
    if not 1 <= limit <= 100:
        detail = [{"loc": ["query", "limit"], "msg": "out of range", "type": "value_error"}]
        return httpx.Response(422, json={"detail": detail})
    gte, lt = params.get("timestamp__gte"), params.get("timestamp__lt")
    since, until = (parse_ts(gte) if gte else None), (parse_ts(lt) if lt else None)
    items = [
        e
        for e in log
        if (since is None or parse_ts(e["timestamp"]) >= since)
        and (until is None or parse_ts(e["timestamp"]) < until)
    ]
    if params.get("sort_order") == "TIMESTAMP_DESC":
        items.reverse()
    ids = [e["id"] for e in items]
    page_id = params.get("page_id")
    start = ids.index(page_id) if page_id in ids else 0
    size = min(limit, page_size or limit)
    page = items[start : start + size]
    following = items[start + size : start + size + 1]
    next_page = following[0]["id"] if following else None
    return httpx.Response(200, json={"items": page, "next_page_id": next_page})


@dataclass
class Injected:
    """A scripted REST answer (:meth:`FakeAgentServer.inject`)."""

    method: str
    path: re.Pattern[str]
    status: int
    body: Any
    times: int | None


__all__ = ["Injected", "search_response"]
