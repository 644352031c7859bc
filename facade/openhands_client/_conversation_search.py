"""Listing and counting the server's conversations: a lazy walk over every page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING

from openhands_api import models as _models
from openhands_api.api.conversations import count_conversations, search_conversations
from openhands_api.models.conversation_execution_status import (
    CONVERSATION_EXECUTION_STATUS_VALUES,
    ConversationExecutionStatus,
    check_conversation_execution_status,
)
from openhands_api.models.conversation_sort_order import (
    CONVERSATION_SORT_ORDER_VALUES,
    ConversationSortOrder,
    check_conversation_sort_order,
)
from openhands_api.types import UNSET

if TYPE_CHECKING:
    from openhands_api.models.conversation_info import ConversationInfo

from . import _paging
from ._connection import Connection
from ._http import call
from ._state import ConversationState, ExecutionStatus

MAX_PAGE_SIZE = 100
STATUSES = sorted(CONVERSATION_EXECUTION_STATUS_VALUES)
"""The values ``status`` may take (lower case, as the server spells them)."""
SORT_ORDERS = sorted(CONVERSATION_SORT_ORDER_VALUES)
"""The values ``sort`` may take."""


def parse_status(status: ExecutionStatus | str | None) -> ConversationExecutionStatus | None:
    """``status`` as the server spells it, or ``ValueError`` for an unknown one."""
    if status is None:
        return None
    value = status.value if isinstance(status, ExecutionStatus) else status
    try:
        return check_conversation_execution_status(str(value))
    except TypeError:
        raise ValueError(
            f"unknown conversation status {status!r}: use one of {', '.join(STATUSES)}"
        ) from None


def parse_sort(sort: str) -> ConversationSortOrder:
    """``sort`` as the server spells it, or ``ValueError`` for an unknown one."""
    try:
        return check_conversation_sort_order(str(sort))
    except TypeError:
        valid = ", ".join(SORT_ORDERS)
        raise ValueError(f"unknown sort order {sort!r}: use one of {valid}") from None


async def iterate(
    connection: Connection,
    status: ConversationExecutionStatus | None,
    sort: ConversationSortOrder,
    page_size: int,
) -> AsyncIterator[ConversationState]:
    """Yield every matching conversation's state once, fetching a page only when needed.

    The server restarts from the first page when a cursor's conversation was deleted in
    between: conversations already yielded are skipped, and the walk ends (see
    :func:`._paging.walk`: it never goes on forever).
    """

    async def fetch(page_id: str | None) -> tuple[Sequence[ConversationInfo], object]:
        request = search_conversations.build_request(
            page_id=page_id if page_id is not None else UNSET,
            limit=page_size,
            status=status if status is not None else UNSET,
            sort_order=sort,
        )
        parse = search_conversations.parse_response
        page = await call(
            connection.api, request, parse, _models.ConversationPage, "search conversations"
        )
        return page.items, page.next_page_id

    async for items in _paging.walk(
        "search conversations",
        fetch,
        lambda info: info.id,
        total=lambda: count(connection, status),
        slack=page_size,
    ):
        for info in items:
            yield ConversationState.of(info)


async def count(connection: Connection, status: ConversationExecutionStatus | None) -> int:
    """How many conversations there are (with ``status``, if given)."""
    request = count_conversations.build_request(status=status if status is not None else UNSET)
    parse = count_conversations.parse_response
    total: int = await call(connection.api, request, parse, int, "count conversations")
    return total
