# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.conversation_info import ConversationInfo
    from ...models.http_validation_error import HTTPValidationError
    from ...models.start_conversation_request import StartConversationRequest

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.conversation_info import ConversationInfo
    from ...models.http_validation_error import HTTPValidationError
    from ...models.start_conversation_request import StartConversationRequest

    globals().update(
        ConversationInfo=ConversationInfo,
        HTTPValidationError=HTTPValidationError,
        StartConversationRequest=StartConversationRequest,
    )
    _imported = True


def build_request(
    *,
    body: StartConversationRequest,
    include_skills: bool | Unset = False,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for POST /api/conversations."""
    if not _imported:
        _import_models()
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["include_skills"] = include_skills

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/conversations",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConversationInfo | HTTPValidationError | None:
    """The documented body of ``response`` (POST /api/conversations)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = ConversationInfo.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ConversationInfo.from_dict(response.json())

        return response_201

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
) -> Response[Any | ConversationInfo | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartConversationRequest,
    include_skills: bool | Unset = False,
) -> Response[Any | ConversationInfo | HTTPValidationError]:
    """Start Conversation

     Start a conversation in the local environment.

    Args:
        include_skills (bool | Unset):  Default: False.
        body (StartConversationRequest): Payload to create a new conversation.

            Extends :class:`ConversationConfig` with the agent source: a stored Agent
            Profile (``agent_profile_id``), resolved agent settings
            (``agent_settings``), or an ``agent`` built in code. The
            server turns the source into the conversation's agent at launch; this model
            only checks that exactly one source is given.

            Note: the agent lives here on the *request*, deliberately not on
            ``ConversationConfig``. The persisted record (``StoredConversation``) does
            not carry the agent — its single source of truth is ``ConversationState`` /
            ``base_state.json``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationInfo | HTTPValidationError]
    """

    kwargs = build_request(
        body=body,
        include_skills=include_skills,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StartConversationRequest,
    include_skills: bool | Unset = False,
) -> Any | ConversationInfo | HTTPValidationError | None:
    """Start Conversation

     Start a conversation in the local environment.

    Args:
        include_skills (bool | Unset):  Default: False.
        body (StartConversationRequest): Payload to create a new conversation.

            Extends :class:`ConversationConfig` with the agent source: a stored Agent
            Profile (``agent_profile_id``), resolved agent settings
            (``agent_settings``), or an ``agent`` built in code. The
            server turns the source into the conversation's agent at launch; this model
            only checks that exactly one source is given.

            Note: the agent lives here on the *request*, deliberately not on
            ``ConversationConfig``. The persisted record (``StoredConversation``) does
            not carry the agent — its single source of truth is ``ConversationState`` /
            ``base_state.json``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationInfo | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        include_skills=include_skills,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartConversationRequest,
    include_skills: bool | Unset = False,
) -> Response[Any | ConversationInfo | HTTPValidationError]:
    """Start Conversation

     Start a conversation in the local environment.

    Args:
        include_skills (bool | Unset):  Default: False.
        body (StartConversationRequest): Payload to create a new conversation.

            Extends :class:`ConversationConfig` with the agent source: a stored Agent
            Profile (``agent_profile_id``), resolved agent settings
            (``agent_settings``), or an ``agent`` built in code. The
            server turns the source into the conversation's agent at launch; this model
            only checks that exactly one source is given.

            Note: the agent lives here on the *request*, deliberately not on
            ``ConversationConfig``. The persisted record (``StoredConversation``) does
            not carry the agent — its single source of truth is ``ConversationState`` /
            ``base_state.json``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConversationInfo | HTTPValidationError]
    """

    kwargs = build_request(
        body=body,
        include_skills=include_skills,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartConversationRequest,
    include_skills: bool | Unset = False,
) -> Any | ConversationInfo | HTTPValidationError | None:
    """Start Conversation

     Start a conversation in the local environment.

    Args:
        include_skills (bool | Unset):  Default: False.
        body (StartConversationRequest): Payload to create a new conversation.

            Extends :class:`ConversationConfig` with the agent source: a stored Agent
            Profile (``agent_profile_id``), resolved agent settings
            (``agent_settings``), or an ``agent`` built in code. The
            server turns the source into the conversation's agent at launch; this model
            only checks that exactly one source is given.

            Note: the agent lives here on the *request*, deliberately not on
            ``ConversationConfig``. The persisted record (``StoredConversation``) does
            not carry the agent — its single source of truth is ``ConversationState`` /
            ``base_state.json``.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConversationInfo | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            include_skills=include_skills,
        )
    ).parsed
