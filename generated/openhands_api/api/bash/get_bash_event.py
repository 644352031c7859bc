# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.bash_command import BashCommand
    from ...models.bash_error import BashError
    from ...models.bash_output import BashOutput
    from ...models.http_validation_error import HTTPValidationError

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.bash_command import BashCommand
    from ...models.bash_error import BashError
    from ...models.bash_output import BashOutput
    from ...models.http_validation_error import HTTPValidationError

    globals().update(
        BashCommand=BashCommand,
        BashError=BashError,
        BashOutput=BashOutput,
        HTTPValidationError=HTTPValidationError,
    )
    _imported = True


def build_request(
    event_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/bash/bash_events/{event_id}."""
    if not _imported:
        _import_models()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/bash/bash_events/{event_id}".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BashCommand | BashError | BashOutput | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/bash/bash_events/{event_id})."""
    if not _imported:
        _import_models()
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BashCommand | BashError | BashOutput:
            global _kinds_response_200
            try:
                table = _kinds_response_200
            except NameError:
                table = _kinds_response_200 = {
                    "BashCommand": (".bash_command", "BashCommand"),
                    "BashError": (".bash_error", "BashError"),
                    "BashOutput": (".bash_output", "BashOutput"),
                }
            kind_ = data.get("kind") if isinstance(data, dict) else None
            member = table.get(kind_)
            if isinstance(member, tuple):
                module_, class_ = member
                member = table[kind_] = getattr(
                    importlib.import_module(module_, __package__), class_
                )
            if member is None:
                if isinstance(data, dict):
                    raise ValueError(
                        f"kind {data.get('kind')!r} is none of {sorted(table)}"
                    )
                raise TypeError(f"expected an object, got {type(data).__name__}")
            return member.from_dict(data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | BashCommand | BashError | BashOutput | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BashCommand | BashError | BashOutput | HTTPValidationError]:
    """Get Bash Event

     Get a bash event event given an id

    Args:
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BashCommand | BashError | BashOutput | HTTPValidationError]
    """

    kwargs = build_request(
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | BashCommand | BashError | BashOutput | HTTPValidationError | None:
    """Get Bash Event

     Get a bash event event given an id

    Args:
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BashCommand | BashError | BashOutput | HTTPValidationError
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | BashCommand | BashError | BashOutput | HTTPValidationError]:
    """Get Bash Event

     Get a bash event event given an id

    Args:
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BashCommand | BashError | BashOutput | HTTPValidationError]
    """

    kwargs = build_request(
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | BashCommand | BashError | BashOutput | HTTPValidationError | None:
    """Get Bash Event

     Get a bash event event given an id

    Args:
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BashCommand | BashError | BashOutput | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
        )
    ).parsed
