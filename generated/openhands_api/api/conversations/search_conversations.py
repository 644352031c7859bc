# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.conversation_execution_status import ConversationExecutionStatus
    from ...models.conversation_page import ConversationPage
    from ...models.conversation_sort_order import (
        ConversationSortOrder,
    )
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.conversation_execution_status import (
        ConversationExecutionStatus,
        check_conversation_execution_status,
    )
    from ...models.conversation_page import ConversationPage
    from ...models.conversation_sort_order import (
        ConversationSortOrder,
        check_conversation_sort_order,
    )
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        check_conversation_execution_status=check_conversation_execution_status,
        ConversationExecutionStatus=ConversationExecutionStatus,
        ConversationPage=ConversationPage,
        check_conversation_sort_order=check_conversation_sort_order,
        ConversationSortOrder=ConversationSortOrder,
        HTTPValidationError=HTTPValidationError,
    )
    _imported = True


def build_request(
    *,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    status: ConversationExecutionStatus | None | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/search."""
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order

    params["sort_order"] = json_sort_order

    params["include_skills"] = include_skills

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/search",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationPage | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/conversations/search)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = ConversationPage.from_dict(response.json())

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
) -> Response[ConversationPage | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    status: ConversationExecutionStatus | None | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> Response[ConversationPage | HTTPValidationError]:
    """Search Conversations

     Search / List conversations

    Args:
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        status (ConversationExecutionStatus | None | Unset):
        sort_order (ConversationSortOrder | Unset): Enum for conversation sorting options.
        include_skills (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationPage | HTTPValidationError]
    """

    kwargs = build_request(
        page_id=page_id,
        limit=limit,
        status=status,
        sort_order=sort_order,
        include_skills=include_skills,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    status: ConversationExecutionStatus | None | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> ConversationPage | HTTPValidationError | None:
    """Search Conversations

     Search / List conversations

    Args:
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        status (ConversationExecutionStatus | None | Unset):
        sort_order (ConversationSortOrder | Unset): Enum for conversation sorting options.
        include_skills (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationPage | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        page_id=page_id,
        limit=limit,
        status=status,
        sort_order=sort_order,
        include_skills=include_skills,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    status: ConversationExecutionStatus | None | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> Response[ConversationPage | HTTPValidationError]:
    """Search Conversations

     Search / List conversations

    Args:
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        status (ConversationExecutionStatus | None | Unset):
        sort_order (ConversationSortOrder | Unset): Enum for conversation sorting options.
        include_skills (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationPage | HTTPValidationError]
    """

    kwargs = build_request(
        page_id=page_id,
        limit=limit,
        status=status,
        sort_order=sort_order,
        include_skills=include_skills,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    status: ConversationExecutionStatus | None | Unset = UNSET,
    sort_order: ConversationSortOrder | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> ConversationPage | HTTPValidationError | None:
    """Search Conversations

     Search / List conversations

    Args:
        page_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        status (ConversationExecutionStatus | None | Unset):
        sort_order (ConversationSortOrder | Unset): Enum for conversation sorting options.
        include_skills (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationPage | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            page_id=page_id,
            limit=limit,
            status=status,
            sort_order=sort_order,
            include_skills=include_skills,
        )
    ).parsed
