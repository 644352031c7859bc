# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.conversation_execution_status import ConversationExecutionStatus
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.conversation_execution_status import (
        ConversationExecutionStatus,
        check_conversation_execution_status,
    )
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        check_conversation_execution_status=check_conversation_execution_status,
        ConversationExecutionStatus=ConversationExecutionStatus,
        HTTPValidationError=HTTPValidationError,
    )
    _imported = True


def build_request(
    *,
    status: ConversationExecutionStatus | None | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/count."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/count",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | int | None:
    """The documented body of ``response`` (GET /api/conversations/count)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = cast(int, response.json())
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
) -> Response[HTTPValidationError | int]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ConversationExecutionStatus | None | Unset = UNSET,
) -> Response[HTTPValidationError | int]:
    """Count Conversations

     Count conversations matching the given filters

    Args:
        status (ConversationExecutionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | int]
    """

    kwargs = build_request(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ConversationExecutionStatus | None | Unset = UNSET,
) -> HTTPValidationError | int | None:
    """Count Conversations

     Count conversations matching the given filters

    Args:
        status (ConversationExecutionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | int
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ConversationExecutionStatus | None | Unset = UNSET,
) -> Response[HTTPValidationError | int]:
    """Count Conversations

     Count conversations matching the given filters

    Args:
        status (ConversationExecutionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | int]
    """

    kwargs = build_request(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ConversationExecutionStatus | None | Unset = UNSET,
) -> HTTPValidationError | int | None:
    """Count Conversations

     Count conversations matching the given filters

    Args:
        status (ConversationExecutionStatus | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | int
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
