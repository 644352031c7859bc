# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.http_validation_error import HTTPValidationError

    globals().update(HTTPValidationError=HTTPValidationError)
    _imported = True


def build_request(
    runtime_conversation_id: UUID,
    *,
    path: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{runtime_conversation_id}/file/download."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/{runtime_conversation_id}/file/download".format(
            runtime_conversation_id=quote(str(runtime_conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/conversations/{runtime_conversation_id}/file/download)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File | HTTPValidationError]:
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
    path: str,
) -> Response[File | HTTPValidationError]:
    """Download File Query

     Download a file from the workspace using query parameter (preferred method).

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute file path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    path: str,
) -> File | HTTPValidationError | None:
    """Download File Query

     Download a file from the workspace using query parameter (preferred method).

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute file path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return sync_detailed(
        runtime_conversation_id=runtime_conversation_id,
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    path: str,
) -> Response[File | HTTPValidationError]:
    """Download File Query

     Download a file from the workspace using query parameter (preferred method).

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute file path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    path: str,
) -> File | HTTPValidationError | None:
    """Download File Query

     Download a file from the workspace using query parameter (preferred method).

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute file path

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            runtime_conversation_id=runtime_conversation_id,
            client=client,
            path=path,
        )
    ).parsed
