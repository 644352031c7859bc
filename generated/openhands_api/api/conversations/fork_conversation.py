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
    from ...models.conversation_info import ConversationInfo
    from ...models.fork_conversation_request import ForkConversationRequest
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.conversation_info import ConversationInfo
    from ...models.fork_conversation_request import ForkConversationRequest
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        ConversationInfo=ConversationInfo,
        ForkConversationRequest=ForkConversationRequest,
        HTTPValidationError=HTTPValidationError,
    )
    _imported = True


def build_request(
    conversation_id: UUID,
    *,
    body: ForkConversationRequest | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for POST /api/conversations/{conversation_id}/fork."""
    if not _imported:
        _import_models()
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_skills"] = include_skills

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/conversations/{conversation_id}/fork".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationInfo | HTTPValidationError | None:
    """The documented body of ``response`` (POST /api/conversations/{conversation_id}/fork)."""
    if not _imported:
        _import_models()
    if response.status_code == 201:
        response_201 = ConversationInfo.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 409:
        response_409 = cast(Any, None)
        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ConversationInfo | HTTPValidationError]:
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
    body: ForkConversationRequest | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> Response[Any | ConversationInfo | HTTPValidationError]:
    """Fork Conversation

     Fork a conversation, deep-copying its event history.

    The fork starts in ``idle`` status with a fresh event loop.
    Calling ``run`` on the fork resumes from the copied state, meaning
    the agent has full event memory of the source conversation.

    Args:
        conversation_id (UUID):
        include_skills (bool | Unset):  Default: False.
        body (ForkConversationRequest | Unset): Payload to fork a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationInfo | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        body=body,
        include_skills=include_skills,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForkConversationRequest | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> Any | ConversationInfo | HTTPValidationError | None:
    """Fork Conversation

     Fork a conversation, deep-copying its event history.

    The fork starts in ``idle`` status with a fresh event loop.
    Calling ``run`` on the fork resumes from the copied state, meaning
    the agent has full event memory of the source conversation.

    Args:
        conversation_id (UUID):
        include_skills (bool | Unset):  Default: False.
        body (ForkConversationRequest | Unset): Payload to fork a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationInfo | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
        include_skills=include_skills,
    ).parsed


async def asyncio_detailed(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForkConversationRequest | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> Response[Any | ConversationInfo | HTTPValidationError]:
    """Fork Conversation

     Fork a conversation, deep-copying its event history.

    The fork starts in ``idle`` status with a fresh event loop.
    Calling ``run`` on the fork resumes from the copied state, meaning
    the agent has full event memory of the source conversation.

    Args:
        conversation_id (UUID):
        include_skills (bool | Unset):  Default: False.
        body (ForkConversationRequest | Unset): Payload to fork a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationInfo | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        body=body,
        include_skills=include_skills,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ForkConversationRequest | Unset = UNSET,
    include_skills: bool | Unset = False,
) -> Any | ConversationInfo | HTTPValidationError | None:
    """Fork Conversation

     Fork a conversation, deep-copying its event history.

    The fork starts in ``idle`` status with a fresh event loop.
    Calling ``run`` on the fork resumes from the copied state, meaning
    the agent has full event memory of the source conversation.

    Args:
        conversation_id (UUID):
        include_skills (bool | Unset):  Default: False.
        body (ForkConversationRequest | Unset): Payload to fork a conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationInfo | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
            include_skills=include_skills,
        )
    ).parsed
