# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.bash_command import BashCommand
    from ...models.execute_bash_request import ExecuteBashRequest
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.bash_command import BashCommand
    from ...models.execute_bash_request import ExecuteBashRequest
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        BashCommand=BashCommand,
        ExecuteBashRequest=ExecuteBashRequest,
        HTTPValidationError=HTTPValidationError,
    )
    _imported = True


def build_request(
    runtime_conversation_id: UUID,
    *,
    body: ExecuteBashRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for POST /api/conversations/{runtime_conversation_id}/bash/start_bash_command."""
    if not _imported:
        _import_models()
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/conversations/{runtime_conversation_id}/bash/start_bash_command".format(
            runtime_conversation_id=quote(str(runtime_conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BashCommand | HTTPValidationError | None:
    """The documented body of ``response`` (POST /api/conversations/{runtime_conversation_id}/bash/start_bash_command)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = BashCommand.from_dict(response.json())

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
) -> Response[BashCommand | HTTPValidationError]:
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
    body: ExecuteBashRequest,
) -> Response[BashCommand | HTTPValidationError]:
    """Start Bash Command

     Execute a bash command in the background

    Args:
        runtime_conversation_id (UUID):
        body (ExecuteBashRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BashCommand | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteBashRequest,
) -> BashCommand | HTTPValidationError | None:
    """Start Bash Command

     Execute a bash command in the background

    Args:
        runtime_conversation_id (UUID):
        body (ExecuteBashRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BashCommand | HTTPValidationError
    """

    return sync_detailed(
        runtime_conversation_id=runtime_conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteBashRequest,
) -> Response[BashCommand | HTTPValidationError]:
    """Start Bash Command

     Execute a bash command in the background

    Args:
        runtime_conversation_id (UUID):
        body (ExecuteBashRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BashCommand | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ExecuteBashRequest,
) -> BashCommand | HTTPValidationError | None:
    """Start Bash Command

     Execute a bash command in the background

    Args:
        runtime_conversation_id (UUID):
        body (ExecuteBashRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BashCommand | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            runtime_conversation_id=runtime_conversation_id,
            client=client,
            body=body,
        )
    ).parsed
