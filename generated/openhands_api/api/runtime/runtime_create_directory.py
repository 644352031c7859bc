# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.success import Success

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.http_validation_error import HTTPValidationError
    from ...models.success import Success

    globals().update(HTTPValidationError=HTTPValidationError, Success=Success)
    _imported = True


def build_request(
    runtime_conversation_id: UUID,
    *,
    path: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for POST /api/conversations/{runtime_conversation_id}/file/create_directory."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/conversations/{runtime_conversation_id}/file/create_directory".format(
            runtime_conversation_id=quote(str(runtime_conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Success | None:
    """The documented body of ``response`` (POST /api/conversations/{runtime_conversation_id}/file/create_directory)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = Success.from_dict(response.json())

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
) -> Response[HTTPValidationError | Success]:
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
) -> Response[HTTPValidationError | Success]:
    """Create Directory

     Create a directory in the workspace, including any missing parents.

    Idempotent: an existing directory succeeds and its contents are left
    untouched. Creating over an existing file, or under a path whose parent is
    a file, is a client error (400) rather than a server fault.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute directory path to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Success]
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
) -> HTTPValidationError | Success | None:
    """Create Directory

     Create a directory in the workspace, including any missing parents.

    Idempotent: an existing directory succeeds and its contents are left
    untouched. Creating over an existing file, or under a path whose parent is
    a file, is a client error (400) rather than a server fault.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute directory path to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Success
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
) -> Response[HTTPValidationError | Success]:
    """Create Directory

     Create a directory in the workspace, including any missing parents.

    Idempotent: an existing directory succeeds and its contents are left
    untouched. Creating over an existing file, or under a path whose parent is
    a file, is a client error (400) rather than a server fault.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute directory path to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Success]
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
) -> HTTPValidationError | Success | None:
    """Create Directory

     Create a directory in the workspace, including any missing parents.

    Idempotent: an existing directory succeeds and its contents are left
    untouched. Creating over an existing file, or under a path whose parent is
    a file, is a client error (400) rather than a server fault.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute directory path to create

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Success
    """

    return (
        await asyncio_detailed(
            runtime_conversation_id=runtime_conversation_id,
            client=client,
            path=path,
        )
    ).parsed
