# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.bash_event_page import BashEventPage
    from ...models.bash_event_sort_order import (
        BashEventSortOrder,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.runtime_search_bash_events_kind_eq_type_0 import (
        RuntimeSearchBashEventsKindEqType0,
    )

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.bash_event_page import BashEventPage
    from ...models.bash_event_sort_order import (
        BashEventSortOrder,
        check_bash_event_sort_order,
    )
    from ...models.http_validation_error import HTTPValidationError
    from ...models.runtime_search_bash_events_kind_eq_type_0 import (
        RuntimeSearchBashEventsKindEqType0,
        check_runtime_search_bash_events_kind_eq_type_0,
    )

    globals().update(
        BashEventPage=BashEventPage,
        BashEventSortOrder=BashEventSortOrder,
        check_bash_event_sort_order=check_bash_event_sort_order,
        HTTPValidationError=HTTPValidationError,
        check_runtime_search_bash_events_kind_eq_type_0=check_runtime_search_bash_events_kind_eq_type_0,
        RuntimeSearchBashEventsKindEqType0=RuntimeSearchBashEventsKindEqType0,
    )
    _imported = True


def build_request(
    runtime_conversation_id: UUID,
    *,
    kind_eq: None | RuntimeSearchBashEventsKindEqType0 | Unset = UNSET,
    command_id_eq: None | Unset | UUID = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
    order_gt: int | None | Unset = UNSET,
    sort_order: BashEventSortOrder | Unset = UNSET,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{runtime_conversation_id}/bash/bash_events/search."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    json_kind_eq: None | str | Unset
    if isinstance(kind_eq, Unset):
        json_kind_eq = UNSET
    elif isinstance(kind_eq, str):
        json_kind_eq = kind_eq
    else:
        json_kind_eq = kind_eq
    params["kind__eq"] = json_kind_eq

    json_command_id_eq: None | str | Unset
    if isinstance(command_id_eq, Unset):
        json_command_id_eq = UNSET
    elif isinstance(command_id_eq, UUID):
        json_command_id_eq = str(command_id_eq)
    else:
        json_command_id_eq = command_id_eq
    params["command_id__eq"] = json_command_id_eq

    json_timestamp_gte: None | str | Unset
    if isinstance(timestamp_gte, Unset):
        json_timestamp_gte = UNSET
    else:
        json_timestamp_gte = timestamp_gte
    params["timestamp__gte"] = json_timestamp_gte

    json_timestamp_lt: None | str | Unset
    if isinstance(timestamp_lt, Unset):
        json_timestamp_lt = UNSET
    else:
        json_timestamp_lt = timestamp_lt
    params["timestamp__lt"] = json_timestamp_lt

    json_order_gt: int | None | Unset
    if isinstance(order_gt, Unset):
        json_order_gt = UNSET
    else:
        json_order_gt = order_gt
    params["order__gt"] = json_order_gt

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    json_page_id: None | str | Unset
    if isinstance(page_id, Unset):
        json_page_id = UNSET
    else:
        json_page_id = page_id
    params["page_id"] = json_page_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/{runtime_conversation_id}/bash/bash_events/search".format(
            runtime_conversation_id=quote(str(runtime_conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BashEventPage | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/conversations/{runtime_conversation_id}/bash/bash_events/search)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = BashEventPage.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BashEventPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    kind_eq: None | RuntimeSearchBashEventsKindEqType0 | Unset = UNSET,
    command_id_eq: None | Unset | UUID = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
    order_gt: int | None | Unset = UNSET,
    sort_order: BashEventSortOrder | Unset = UNSET,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[BashEventPage | HTTPValidationError]:
    """Search Bash Events

     Search / List bash event events

    Args:
        runtime_conversation_id (UUID):
        kind_eq (None | RuntimeSearchBashEventsKindEqType0 | Unset):
        command_id_eq (None | Unset | UUID):
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):
        order_gt (int | None | Unset): Only returns BashOutput events with order > this value.
            Useful for polling to fetch only new events since the last poll.
        sort_order (BashEventSortOrder | Unset):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BashEventPage | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        kind_eq=kind_eq,
        command_id_eq=command_id_eq,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        order_gt=order_gt,
        sort_order=sort_order,
        page_id=page_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    kind_eq: None | RuntimeSearchBashEventsKindEqType0 | Unset = UNSET,
    command_id_eq: None | Unset | UUID = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
    order_gt: int | None | Unset = UNSET,
    sort_order: BashEventSortOrder | Unset = UNSET,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> BashEventPage | HTTPValidationError | None:
    """Search Bash Events

     Search / List bash event events

    Args:
        runtime_conversation_id (UUID):
        kind_eq (None | RuntimeSearchBashEventsKindEqType0 | Unset):
        command_id_eq (None | Unset | UUID):
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):
        order_gt (int | None | Unset): Only returns BashOutput events with order > this value.
            Useful for polling to fetch only new events since the last poll.
        sort_order (BashEventSortOrder | Unset):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BashEventPage | HTTPValidationError
    """

    return sync_detailed(
        runtime_conversation_id=runtime_conversation_id,
        client=client,
        kind_eq=kind_eq,
        command_id_eq=command_id_eq,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        order_gt=order_gt,
        sort_order=sort_order,
        page_id=page_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    kind_eq: None | RuntimeSearchBashEventsKindEqType0 | Unset = UNSET,
    command_id_eq: None | Unset | UUID = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
    order_gt: int | None | Unset = UNSET,
    sort_order: BashEventSortOrder | Unset = UNSET,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[BashEventPage | HTTPValidationError]:
    """Search Bash Events

     Search / List bash event events

    Args:
        runtime_conversation_id (UUID):
        kind_eq (None | RuntimeSearchBashEventsKindEqType0 | Unset):
        command_id_eq (None | Unset | UUID):
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):
        order_gt (int | None | Unset): Only returns BashOutput events with order > this value.
            Useful for polling to fetch only new events since the last poll.
        sort_order (BashEventSortOrder | Unset):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BashEventPage | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        kind_eq=kind_eq,
        command_id_eq=command_id_eq,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        order_gt=order_gt,
        sort_order=sort_order,
        page_id=page_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    kind_eq: None | RuntimeSearchBashEventsKindEqType0 | Unset = UNSET,
    command_id_eq: None | Unset | UUID = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
    order_gt: int | None | Unset = UNSET,
    sort_order: BashEventSortOrder | Unset = UNSET,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> BashEventPage | HTTPValidationError | None:
    """Search Bash Events

     Search / List bash event events

    Args:
        runtime_conversation_id (UUID):
        kind_eq (None | RuntimeSearchBashEventsKindEqType0 | Unset):
        command_id_eq (None | Unset | UUID):
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):
        order_gt (int | None | Unset): Only returns BashOutput events with order > this value.
            Useful for polling to fetch only new events since the last poll.
        sort_order (BashEventSortOrder | Unset):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BashEventPage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            runtime_conversation_id=runtime_conversation_id,
            client=client,
            kind_eq=kind_eq,
            command_id_eq=command_id_eq,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            order_gt=order_gt,
            sort_order=sort_order,
            page_id=page_id,
            limit=limit,
        )
    ).parsed
