# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...models.file_upload_result import FileUploadResult
    from ...models.http_validation_error import HTTPValidationError
    from ...models.upload_file_body import UploadFileBody

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.file_upload_result import FileUploadResult
    from ...models.http_validation_error import HTTPValidationError
    from ...models.upload_file_body import UploadFileBody

    globals().update(
        FileUploadResult=FileUploadResult,
        HTTPValidationError=HTTPValidationError,
        UploadFileBody=UploadFileBody,
    )
    _imported = True


def build_request(
    *,
    body: UploadFileBody,
    path: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for POST /api/file/upload."""
    if not _imported:
        _import_models()
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/file/upload",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUploadResult | HTTPValidationError | None:
    """The documented body of ``response`` (POST /api/file/upload)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = FileUploadResult.from_dict(response.json())

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
) -> Response[FileUploadResult | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody,
    path: str,
) -> Response[FileUploadResult | HTTPValidationError]:
    """Upload File Query

     Upload a file to the workspace using query parameter (preferred method).

    Args:
        path (str): Absolute file path
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResult | HTTPValidationError]
    """

    kwargs = build_request(
        body=body,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody,
    path: str,
) -> FileUploadResult | HTTPValidationError | None:
    """Upload File Query

     Upload a file to the workspace using query parameter (preferred method).

    Args:
        path (str): Absolute file path
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResult | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        path=path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody,
    path: str,
) -> Response[FileUploadResult | HTTPValidationError]:
    """Upload File Query

     Upload a file to the workspace using query parameter (preferred method).

    Args:
        path (str): Absolute file path
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResult | HTTPValidationError]
    """

    kwargs = build_request(
        body=body,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadFileBody,
    path: str,
) -> FileUploadResult | HTTPValidationError | None:
    """Upload File Query

     Upload a file to the workspace using query parameter (preferred method).

    Args:
        path (str): Absolute file path
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResult | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            path=path,
        )
    ).parsed
