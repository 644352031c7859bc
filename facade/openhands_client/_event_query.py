"""Server-side event queries: filtered search (a lazy walk over pages), count, one event by id."""

from __future__ import annotations

from collections.abc import AsyncIterator, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, TypedDict
from uuid import UUID

from openhands_api import models as _models
from openhands_api.api.events import count_events, search_events
from openhands_api.types import UNSET, Unset

if TYPE_CHECKING:
    from openhands_api.models.action_event import ActionEvent

from . import _checks, _paging
from ._connection import Connection
from ._http import call, call_raw
from ._query_options import EventFilters
from .errors import AgentServerError, NotFoundError, ServerError
from .events import Event, decode_event

MAX_PAGE_SIZE = 100
SOURCES = frozenset({"agent", "user", "environment", "hook"})


def _text(value: str | None, name: str) -> str | Unset:
    if value is None:
        return UNSET
    return _checks.nonempty(value, name)


def _instant(value: datetime | str | None, name: str) -> str | Unset:
    if value is None:
        return UNSET
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name} must be an ISO timestamp, got {value!r}") from None
        return value
    raise TypeError(f"{name} must be a datetime or an ISO string, not {type(value).__name__}")


@dataclass(frozen=True)
class EventFilter:
    """Validated filters of ``/events/search`` and ``/events/count`` (unset ones are ``UNSET``).

    ``kind`` is the wire kind (``"ActionEvent"``); ``source`` is ``agent``, ``user``,
    ``environment`` or ``hook``; ``body`` matches message text (case-insensitive); ``since`` is
    inclusive, ``until`` exclusive, both naive server-local timestamps. ``tool`` (a tool name:
    actions, observations, errors of that tool) has no server-side filter: matched here.
    """

    kind: str | Unset
    source: str | Unset
    body: str | Unset
    since: str | Unset
    until: str | Unset
    tool: str | Unset = UNSET

    @classmethod
    def of(cls, filters: EventFilters) -> EventFilter:
        """Check every filter before any request; ``ValueError``/``TypeError`` name the bad one.

        Keys of ``filters`` other than the filters' (a search's ``page_size``...) are ignored.
        """
        source = filters.get("source")
        if source is not None and source not in SOURCES:
            raise ValueError(f"source must be one of {sorted(SOURCES)}, got {source!r}")
        return cls(
            _text(filters.get("kind"), "kind"),
            _text(source, "source"),
            _text(filters.get("body"), "body"),
            _instant(filters.get("since"), "since"),
            _instant(filters.get("until"), "until"),
            _text(filters.get("tool"), "tool"),
        )

    def matches_here(self, event: Event, *, kind_on_server: bool) -> bool:
        """Whether ``event`` passes the filters the server did not apply (tool; kind on an
        older server)."""
        raw = event.to_dict()
        if not kind_on_server and not isinstance(self.kind, Unset) and raw.get("kind") != self.kind:
            return False
        return isinstance(self.tool, Unset) or raw.get("tool_name") == self.tool

    def all_on_server(self, *, kind_on_server: bool) -> bool:
        """Whether the server applies every filter (then it can count them too)."""
        kind_here = not kind_on_server and not isinstance(self.kind, Unset)
        return not kind_here and isinstance(self.tool, Unset)

    def params(self) -> FilterParams:
        """The generated operations' keyword arguments."""
        return FilterParams(
            kind=self.kind,
            source=self.source,
            body=self.body,
            timestamp_gte=self.since,
            timestamp_lt=self.until,
        )


class FilterParams(TypedDict):
    """The filter arguments ``search_events`` and ``count_events`` both take (type-checked
    when unpacked into either's ``build_request``)."""

    kind: str | Unset
    source: str | Unset
    body: str | Unset
    timestamp_gte: str | Unset
    timestamp_lt: str | Unset


def check_page_size(page_size: int) -> int:
    """``page_size`` if it is an int from 1 to 100, else ``ValueError``."""
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise ValueError(f"page_size must be an int, got {page_size!r}")
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be 1 to {MAX_PAGE_SIZE}, got {page_size}")
    return page_size


async def search(
    connection: Connection,
    conversation_id: UUID,
    where: EventFilter,
    *,
    newest_first: bool,
    page_size: int,
    kind_on_server: bool = True,
) -> AsyncIterator[Event]:
    """Yield the matching events, fetching a page only when the previous one is used up.

    The server silently restarts from the first page on an unknown cursor: events already
    yielded are skipped, and the walk ends (see :func:`._paging.walk`: it never goes on
    forever). Without ``kind_on_server`` (an older server), ``kind`` is matched here instead;
    ``tool`` always is.
    """
    # What the server filters (and counts, to bound the walk); the rest is matched below.
    sent = replace(where, kind=where.kind if kind_on_server else UNSET, tool=UNSET)

    async def fetch(page_id: str | None) -> tuple[Sequence[object], object]:
        kwargs = search_events.build_request(
            conversation_id,
            limit=page_size,
            page_id=page_id if page_id is not None else UNSET,
            sort_order="TIMESTAMP_DESC" if newest_first else "TIMESTAMP",
            **sent.params(),
        )
        page = await call_raw(connection.http, kwargs, "search events")
        page = page if isinstance(page, Mapping) else {}
        items = page.get("items")
        return (items if isinstance(items, list) else []), page.get("next_page_id")

    def key(item: object) -> Hashable | None:
        event_id = item.get("id") if isinstance(item, Mapping) else None
        return event_id if isinstance(event_id, str) and event_id else None

    async def total() -> int:
        return await count(connection, conversation_id, sent)

    async for items in _paging.walk("search events", fetch, key, total=total, slack=page_size):
        for item in items:
            if not isinstance(item, Mapping):
                continue
            event = decode_event(item)
            if where.matches_here(event, kind_on_server=kind_on_server):
                yield event


async def count(
    connection: Connection,
    conversation_id: UUID,
    where: EventFilter,
    *,
    kind_on_server: bool = True,
) -> int:
    """How many persisted events match (counted here, page by page, when the server cannot
    apply every filter: ``tool``, or ``kind`` on an older server)."""
    if not where.all_on_server(kind_on_server=kind_on_server):
        matching = search(
            connection,
            conversation_id,
            where,
            newest_first=False,
            page_size=MAX_PAGE_SIZE,
            kind_on_server=kind_on_server,
        )
        return sum([1 async for _ in matching])
    request = count_events.build_request(conversation_id, **where.params())
    total: int = await call(
        connection.api, request, count_events.parse_response, int, "count events"
    )
    return total


async def get(connection: Connection, conversation_id: UUID, event_id: str) -> Event:
    """One persisted event by id; :class:`NotFoundError` if there is none.

    The server answers an unknown id with a bare 500; that is reported as not found.
    """
    _checks.nonempty(event_id, "event_id")
    # Imported here: its module imports every event class (the answer's union).
    from openhands_api.api.events import get_event

    kwargs = get_event.build_request(conversation_id, event_id)
    try:
        raw = await call_raw(connection.http, kwargs, f"get event {event_id}")
    except ServerError as exc:
        # The server's event log raises on an unknown id, answered as a bare 500 (not 404).
        raise NotFoundError(
            f"get event {event_id}: no such event (HTTP {exc.status_code})",
            status_code=exc.status_code,
            body=exc.body,
        ) from exc
    if not isinstance(raw, Mapping):
        raise AgentServerError(f"get event {event_id}: the server sent no event object")
    return decode_event(raw)


def unmatched_actions(events: Iterable[Event]) -> list[ActionEvent]:
    """The actions with no observation, rejection or error after them, oldest first."""
    answered_actions: set[str] = set()
    answered_calls: set[str] = set()
    pending: list[ActionEvent] = []
    for event in reversed(list(events)):
        if event.kind in ("ObservationEvent", "UserRejectObservation"):
            answered_actions.add(str(getattr(event, "action_id", "")))
        elif event.kind == "AgentErrorEvent":
            answered_calls.add(str(getattr(event, "tool_call_id", "")))
        elif isinstance(event, _models.ActionEvent) and not (
            event.id in answered_actions or event.tool_call_id in answered_calls
        ):
            pending.append(event)
    pending.reverse()
    return pending
