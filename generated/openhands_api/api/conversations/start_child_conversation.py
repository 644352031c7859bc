# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.start_child_conversation_request import StartChildConversationRequest
    from ...models.start_child_conversation_response import (
        StartChildConversationResponse,
    )

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.http_validation_error import HTTPValidationError
    from ...models.start_child_conversation_request import StartChildConversationRequest
    from ...models.start_child_conversation_response import (
        StartChildConversationResponse,
    )

    globals().update(
        HTTPValidationError=HTTPValidationError,
        StartChildConversationRequest=StartChildConversationRequest,
        StartChildConversationResponse=StartChildConversationResponse,
    )
    _imported = True


def build_request(
    conversation_id: UUID,
    *,
    body: StartChildConversationRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for POST /api/conversations/{conversation_id}/children."""
    if not _imported:
        _import_models()
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/conversations/{conversation_id}/children".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | StartChildConversationResponse | None:
    """The documented body of ``response`` (POST /api/conversations/{conversation_id}/children)."""
    if not _imported:
        _import_models()
    if response.status_code == 201:
        response_201 = StartChildConversationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | StartChildConversationResponse]:
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
    body: StartChildConversationRequest,
) -> Response[Any | HTTPValidationError | StartChildConversationResponse]:
    """Start Child Conversation

     Start a child conversation of ``conversation_id`` on this server.

    The child inherits the parent's configuration and workspace (optionally
    isolated in a git worktree), is linked via ``parent_conversation_id`` and
    receives ``task`` as its first user message. This is the default launcher
    behind the ``start_child_conversation`` tool.

    Args:
        conversation_id (UUID):
        body (StartChildConversationRequest): Payload to start a child conversation on the same
            backend as its parent.

            Sent by the ``start_child_conversation`` tool to a child-launch endpoint:
            the agent-server's ``POST /api/conversations/{id}/children`` by default, or
            an equivalent launcher supplied by the backend hosting the parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | StartChildConversationResponse]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StartChildConversationRequest,
) -> Any | HTTPValidationError | StartChildConversationResponse | None:
    """Start Child Conversation

     Start a child conversation of ``conversation_id`` on this server.

    The child inherits the parent's configuration and workspace (optionally
    isolated in a git worktree), is linked via ``parent_conversation_id`` and
    receives ``task`` as its first user message. This is the default launcher
    behind the ``start_child_conversation`` tool.

    Args:
        conversation_id (UUID):
        body (StartChildConversationRequest): Payload to start a child conversation on the same
            backend as its parent.

            Sent by the ``start_child_conversation`` tool to a child-launch endpoint:
            the agent-server's ``POST /api/conversations/{id}/children`` by default, or
            an equivalent launcher supplied by the backend hosting the parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | StartChildConversationResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StartChildConversationRequest,
) -> Response[Any | HTTPValidationError | StartChildConversationResponse]:
    """Start Child Conversation

     Start a child conversation of ``conversation_id`` on this server.

    The child inherits the parent's configuration and workspace (optionally
    isolated in a git worktree), is linked via ``parent_conversation_id`` and
    receives ``task`` as its first user message. This is the default launcher
    behind the ``start_child_conversation`` tool.

    Args:
        conversation_id (UUID):
        body (StartChildConversationRequest): Payload to start a child conversation on the same
            backend as its parent.

            Sent by the ``start_child_conversation`` tool to a child-launch endpoint:
            the agent-server's ``POST /api/conversations/{id}/children`` by default, or
            an equivalent launcher supplied by the backend hosting the parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | StartChildConversationResponse]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: StartChildConversationRequest,
) -> Any | HTTPValidationError | StartChildConversationResponse | None:
    """Start Child Conversation

     Start a child conversation of ``conversation_id`` on this server.

    The child inherits the parent's configuration and workspace (optionally
    isolated in a git worktree), is linked via ``parent_conversation_id`` and
    receives ``task`` as its first user message. This is the default launcher
    behind the ``start_child_conversation`` tool.

    Args:
        conversation_id (UUID):
        body (StartChildConversationRequest): Payload to start a child conversation on the same
            backend as its parent.

            Sent by the ``start_child_conversation`` tool to a child-launch endpoint:
            the agent-server's ``POST /api/conversations/{id}/children`` by default, or
            an equivalent launcher supplied by the backend hosting the parent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | StartChildConversationResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
