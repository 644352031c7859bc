# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.secrets_list_response import SecretsListResponse

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.http_validation_error import HTTPValidationError
    from ...models.secrets_list_response import SecretsListResponse

    globals().update(
        HTTPValidationError=HTTPValidationError, SecretsListResponse=SecretsListResponse
    )
    _imported = True


def build_request(
    *,
    agent_profile_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/settings/secrets."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    json_agent_profile_id: None | str | Unset
    if isinstance(agent_profile_id, Unset):
        json_agent_profile_id = UNSET
    else:
        json_agent_profile_id = agent_profile_id
    params["agent_profile_id"] = json_agent_profile_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/settings/secrets",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SecretsListResponse | None:
    """The documented body of ``response`` (GET /api/settings/secrets)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = SecretsListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SecretsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_profile_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | SecretsListResponse]:
    """List Secrets

     List available secret names, optionally scoped by an agent profile.

    Args:
        agent_profile_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SecretsListResponse]
    """

    kwargs = build_request(
        agent_profile_id=agent_profile_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_profile_id: None | str | Unset = UNSET,
) -> HTTPValidationError | SecretsListResponse | None:
    """List Secrets

     List available secret names, optionally scoped by an agent profile.

    Args:
        agent_profile_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SecretsListResponse
    """

    return sync_detailed(
        client=client,
        agent_profile_id=agent_profile_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_profile_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | SecretsListResponse]:
    """List Secrets

     List available secret names, optionally scoped by an agent profile.

    Args:
        agent_profile_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SecretsListResponse]
    """

    kwargs = build_request(
        agent_profile_id=agent_profile_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_profile_id: None | str | Unset = UNSET,
) -> HTTPValidationError | SecretsListResponse | None:
    """List Secrets

     List available secret names, optionally scoped by an agent profile.

    Args:
        agent_profile_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SecretsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_profile_id=agent_profile_id,
        )
    ).parsed
