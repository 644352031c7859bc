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
    from ...models.agent_response_result import AgentResponseResult
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.agent_response_result import AgentResponseResult
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        AgentResponseResult=AgentResponseResult, HTTPValidationError=HTTPValidationError
    )
    _imported = True


def build_request(
    conversation_id: UUID,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{conversation_id}/agent_final_response."""
    if not _imported:
        _import_models()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/{conversation_id}/agent_final_response".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentResponseResult | Any | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/conversations/{conversation_id}/agent_final_response)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = AgentResponseResult.from_dict(response.json())

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
) -> Response[AgentResponseResult | Any | HTTPValidationError]:
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
) -> Response[AgentResponseResult | Any | HTTPValidationError]:
    """Get Conversation Agent Final Response

     Get the agent's final response for a conversation.

    Returns the text of the last agent finish message (FinishAction) or
    the last agent text response (MessageEvent). Returns an empty string
    if the agent has not produced a final response yet.

    Args:
        conversation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponseResult | Any | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AgentResponseResult | Any | HTTPValidationError | None:
    """Get Conversation Agent Final Response

     Get the agent's final response for a conversation.

    Returns the text of the last agent finish message (FinishAction) or
    the last agent text response (MessageEvent). Returns an empty string
    if the agent has not produced a final response yet.

    Args:
        conversation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponseResult | Any | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[AgentResponseResult | Any | HTTPValidationError]:
    """Get Conversation Agent Final Response

     Get the agent's final response for a conversation.

    Returns the text of the last agent finish message (FinishAction) or
    the last agent text response (MessageEvent). Returns an empty string
    if the agent has not produced a final response yet.

    Args:
        conversation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentResponseResult | Any | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
) -> AgentResponseResult | Any | HTTPValidationError | None:
    """Get Conversation Agent Final Response

     Get the agent's final response for a conversation.

    Returns the text of the last agent finish message (FinishAction) or
    the last agent text response (MessageEvent). Returns an empty string
    if the agent has not produced a final response yet.

    Args:
        conversation_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentResponseResult | Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
        )
    ).parsed
