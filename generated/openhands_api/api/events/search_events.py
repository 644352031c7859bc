# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.event_page import EventPage
    from ...models.event_sort_order import EventSortOrder
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.event_page import EventPage
    from ...models.event_sort_order import EventSortOrder, check_event_sort_order
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        EventPage=EventPage,
        check_event_sort_order=check_event_sort_order,
        EventSortOrder=EventSortOrder,
        HTTPValidationError=HTTPValidationError,
    )
    _imported = True


def build_request(
    conversation_id: UUID,
    *,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    kind: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    body: None | str | Unset = UNSET,
    sort_order: EventSortOrder | Unset = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{conversation_id}/events/search."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    json_page_id: None | str | Unset
    if isinstance(page_id, Unset):
        json_page_id = UNSET
    else:
        json_page_id = page_id
    params["page_id"] = json_page_id

    params["limit"] = limit

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_body: None | str | Unset
    if isinstance(body, Unset):
        json_body = UNSET
    else:
        json_body = body
    params["body"] = json_body

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/{conversation_id}/events/search".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | EventPage | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/conversations/{conversation_id}/events/search)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | EventPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    kind: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    body: None | str | Unset = UNSET,
    sort_order: EventSortOrder | Unset = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
) -> Response[Any | EventPage | HTTPValidationError]:
    """Search Conversation Events

     Search / List local events

    Args:
        conversation_id (UUID):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        kind (None | str | Unset):
        source (None | str | Unset):
        body (None | str | Unset):
        sort_order (EventSortOrder | Unset): Enum for event sorting options.
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventPage | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        page_id=page_id,
        limit=limit,
        kind=kind,
        source=source,
        body=body,
        sort_order=sort_order,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    kind: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    body: None | str | Unset = UNSET,
    sort_order: EventSortOrder | Unset = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
) -> Any | EventPage | HTTPValidationError | None:
    """Search Conversation Events

     Search / List local events

    Args:
        conversation_id (UUID):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        kind (None | str | Unset):
        source (None | str | Unset):
        body (None | str | Unset):
        sort_order (EventSortOrder | Unset): Enum for event sorting options.
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventPage | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        page_id=page_id,
        limit=limit,
        kind=kind,
        source=source,
        body=body,
        sort_order=sort_order,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
    ).parsed


async def asyncio_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    kind: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    body: None | str | Unset = UNSET,
    sort_order: EventSortOrder | Unset = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
) -> Response[Any | EventPage | HTTPValidationError]:
    """Search Conversation Events

     Search / List local events

    Args:
        conversation_id (UUID):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        kind (None | str | Unset):
        source (None | str | Unset):
        body (None | str | Unset):
        sort_order (EventSortOrder | Unset): Enum for event sorting options.
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EventPage | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        page_id=page_id,
        limit=limit,
        kind=kind,
        source=source,
        body=body,
        sort_order=sort_order,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    kind: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    body: None | str | Unset = UNSET,
    sort_order: EventSortOrder | Unset = UNSET,
    timestamp_gte: None | str | Unset = UNSET,
    timestamp_lt: None | str | Unset = UNSET,
) -> Any | EventPage | HTTPValidationError | None:
    """Search Conversation Events

     Search / List local events

    Args:
        conversation_id (UUID):
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        kind (None | str | Unset):
        source (None | str | Unset):
        body (None | str | Unset):
        sort_order (EventSortOrder | Unset): Enum for event sorting options.
        timestamp_gte (None | str | Unset):
        timestamp_lt (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EventPage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            page_id=page_id,
            limit=limit,
            kind=kind,
            source=source,
            body=body,
            sort_order=sort_order,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
        )
    ).parsed
