# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.profile_list_response import ProfileListResponse

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.profile_list_response import ProfileListResponse

    globals().update(ProfileListResponse=ProfileListResponse)
    _imported = True


def build_request() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/profiles."""
    if not _imported:
        _import_models()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/profiles",
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProfileListResponse | None:
    """The documented body of ``response`` (GET /api/profiles)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = ProfileListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfileListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProfileListResponse]:
    """List Profiles

     List all saved LLM profiles.

    Returns the list of profiles along with the currently active profile name,
    if one has been activated. The active_profile tracks which LLM profile
    configuration is currently in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProfileListResponse]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ProfileListResponse | None:
    """List Profiles

     List all saved LLM profiles.

    Returns the list of profiles along with the currently active profile name,
    if one has been activated. The active_profile tracks which LLM profile
    configuration is currently in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ProfileListResponse]:
    """List Profiles

     List all saved LLM profiles.

    Returns the list of profiles along with the currently active profile name,
    if one has been activated. The active_profile tracks which LLM profile
    configuration is currently in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProfileListResponse]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ProfileListResponse | None:
    """List Profiles

     List all saved LLM profiles.

    Returns the list of profiles along with the currently active profile name,
    if one has been activated. The active_profile tracks which LLM profile
    configuration is currently in use.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProfileListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
