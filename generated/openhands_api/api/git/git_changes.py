# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.git_change import GitChange
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.git_change import GitChange
    from ...models.http_validation_error import HTTPValidationError

    globals().update(GitChange=GitChange, HTTPValidationError=HTTPValidationError)
    _imported = True


def build_request(
    *,
    path: str,
    ref: None | str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/git/changes."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    params["path"] = path

    json_ref: None | str | Unset
    if isinstance(ref, Unset):
        json_ref = UNSET
    else:
        json_ref = ref
    params["ref"] = json_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/git/changes",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[GitChange] | None:
    """The documented body of ``response`` (GET /api/git/changes)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GitChange.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[GitChange]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    ref: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[GitChange]]:
    """Git Changes Query

     Get git changes using query parameter (preferred method).

    Args:
        path (str): The git repository path
        ref (None | str | Unset): Optional git ref to diff against (e.g. 'HEAD' for git status-
            style changes, or a commit hash). When omitted, the upstream/default branch is auto-
            detected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GitChange]]
    """

    kwargs = build_request(
        path=path,
        ref=ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str,
    ref: None | str | Unset = UNSET,
) -> HTTPValidationError | list[GitChange] | None:
    """Git Changes Query

     Get git changes using query parameter (preferred method).

    Args:
        path (str): The git repository path
        ref (None | str | Unset): Optional git ref to diff against (e.g. 'HEAD' for git status-
            style changes, or a commit hash). When omitted, the upstream/default branch is auto-
            detected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GitChange]
    """

    return sync_detailed(
        client=client,
        path=path,
        ref=ref,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    ref: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[GitChange]]:
    """Git Changes Query

     Get git changes using query parameter (preferred method).

    Args:
        path (str): The git repository path
        ref (None | str | Unset): Optional git ref to diff against (e.g. 'HEAD' for git status-
            style changes, or a commit hash). When omitted, the upstream/default branch is auto-
            detected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GitChange]]
    """

    kwargs = build_request(
        path=path,
        ref=ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str,
    ref: None | str | Unset = UNSET,
) -> HTTPValidationError | list[GitChange] | None:
    """Git Changes Query

     Get git changes using query parameter (preferred method).

    Args:
        path (str): The git repository path
        ref (None | str | Unset): Optional git ref to diff against (e.g. 'HEAD' for git status-
            style changes, or a commit hash). When omitted, the upstream/default branch is auto-
            detected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GitChange]
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
            ref=ref,
        )
    ).parsed
