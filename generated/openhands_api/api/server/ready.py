# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.ready_response_503 import ReadyResponse503
    from ...models.ready_response_ready_ready_get import ReadyResponseReadyReadyGet

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.ready_response_503 import ReadyResponse503
    from ...models.ready_response_ready_ready_get import ReadyResponseReadyReadyGet

    globals().update(
        ReadyResponse503=ReadyResponse503,
        ReadyResponseReadyReadyGet=ReadyResponseReadyReadyGet,
    )
    _imported = True


def build_request() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /ready."""
    if not _imported:
        _import_models()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ready",
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReadyResponse503 | ReadyResponseReadyReadyGet | None:
    """The documented body of ``response`` (GET /ready)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = ReadyResponseReadyReadyGet.from_dict(response.json())

        return response_200

    if response.status_code == 503:
        response_503 = ReadyResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReadyResponse503 | ReadyResponseReadyReadyGet]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ReadyResponse503 | ReadyResponseReadyReadyGet]:
    """Ready

     Readiness check - returns OK only if the server has completed initialization.

    This endpoint should be used by Kubernetes readiness probes to determine
    when the pod is ready to receive traffic. Returns 503 during initialization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadyResponse503 | ReadyResponseReadyReadyGet]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ReadyResponse503 | ReadyResponseReadyReadyGet | None:
    """Ready

     Readiness check - returns OK only if the server has completed initialization.

    This endpoint should be used by Kubernetes readiness probes to determine
    when the pod is ready to receive traffic. Returns 503 during initialization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadyResponse503 | ReadyResponseReadyReadyGet
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ReadyResponse503 | ReadyResponseReadyReadyGet]:
    """Ready

     Readiness check - returns OK only if the server has completed initialization.

    This endpoint should be used by Kubernetes readiness probes to determine
    when the pod is ready to receive traffic. Returns 503 during initialization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadyResponse503 | ReadyResponseReadyReadyGet]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ReadyResponse503 | ReadyResponseReadyReadyGet | None:
    """Ready

     Readiness check - returns OK only if the server has completed initialization.

    This endpoint should be used by Kubernetes readiness probes to determine
    when the pod is ready to receive traffic. Returns 503 during initialization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadyResponse503 | ReadyResponseReadyReadyGet
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
