# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.agent_profile_list_response import AgentProfileListResponse

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.agent_profile_list_response import AgentProfileListResponse

    globals().update(AgentProfileListResponse=AgentProfileListResponse)
    _imported = True


def build_request() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/agent-profiles."""
    if not _imported:
        _import_models()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/agent-profiles",
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentProfileListResponse | None:
    """The documented body of ``response`` (GET /api/agent-profiles)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = AgentProfileListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentProfileListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgentProfileListResponse]:
    """List Agent Profiles

     List all stored agent profiles and the active pointer.

    Some profile is always active: with no valid pointer, ``default`` is
    activated, and seeded from the current ``agent_settings`` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentProfileListResponse]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> AgentProfileListResponse | None:
    """List Agent Profiles

     List all stored agent profiles and the active pointer.

    Some profile is always active: with no valid pointer, ``default`` is
    activated, and seeded from the current ``agent_settings`` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentProfileListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[AgentProfileListResponse]:
    """List Agent Profiles

     List all stored agent profiles and the active pointer.

    Some profile is always active: with no valid pointer, ``default`` is
    activated, and seeded from the current ``agent_settings`` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentProfileListResponse]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> AgentProfileListResponse | None:
    """List Agent Profiles

     List all stored agent profiles and the active pointer.

    Some profile is always active: with no valid pointer, ``default`` is
    activated, and seeded from the current ``agent_settings`` when absent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentProfileListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
