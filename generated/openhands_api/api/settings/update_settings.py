# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.settings_response import SettingsResponse
    from ...models.settings_update_request import SettingsUpdateRequest

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.http_validation_error import HTTPValidationError
    from ...models.settings_response import SettingsResponse
    from ...models.settings_update_request import SettingsUpdateRequest

    globals().update(
        HTTPValidationError=HTTPValidationError,
        SettingsResponse=SettingsResponse,
        SettingsUpdateRequest=SettingsUpdateRequest,
    )
    _imported = True


def build_request(
    *,
    body: SettingsUpdateRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for PATCH /api/settings."""
    if not _imported:
        _import_models()
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SettingsResponse | None:
    """The documented body of ``response`` (PATCH /api/settings)."""
    if not _imported:
        _import_models()
    if response.status_code == 200:
        response_200 = SettingsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SettingsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SettingsUpdateRequest,
) -> Response[HTTPValidationError | SettingsResponse]:
    """Update Settings

     Update settings with partial changes.

    Accepts ``agent_settings_diff``, ``conversation_settings_diff``,
    ``misc_settings_diff``, and/or ``active_profile`` for incremental updates.
    Setting ``active_profile`` loads and applies that profile's LLM, same as
    ``POST /api/profiles/{name}/activate``, unless ``agent_settings_diff.llm``
    is also given.

    The three ``*_settings_diff`` fields are deep-merged; nested objects merge
    recursively, and a ``null`` value **inside a nested map deletes that entry**
    — the "unset" primitive that lets a client remove a single map key without
    round-tripping the whole map. To remove one MCP server's header::

        PATCH /api/settings
        {"agent_settings_diff":
            {"mcp_config": {"svc": {"headers": {"X-Old": null}}}}}

    A ``null`` on a top-level *field* (e.g. ``{"confirmation_mode": null}``)
    is **not** an unset — it flows to model validation as before, so it still
    fails loudly rather than silently resetting the field to its default.

    ``misc_settings_diff`` is deep-merged into the persisted ``misc_settings``
    block. The agent-server treats ``misc_settings`` as opaque frontend-owned
    data: nested dicts are merged recursively, lists are replaced wholesale,
    and the contents are never read or validated server-side.

    Uses file locking to prevent concurrent updates from overwriting each other.

    A non-null ``active_agent_profile_id`` or ``active_meta_profile`` must
    name a stored profile, as with their ``/activate`` routes; ``null``
    clears the pointer.

    Raises:
        HTTPException: 400 if the update payload contains invalid values;
            404 if ``active_profile``, ``active_agent_profile_id`` or
            ``active_meta_profile`` names a profile that does not exist.

    Args:
        body (SettingsUpdateRequest): Request model for PATCH /api/settings.

            Supports partial updates via diff objects that are deep-merged with
            existing settings. ``misc_settings_diff`` is deep-merged into the
            persisted ``misc_settings`` block with the same semantics as
            ``agent_settings_diff`` and ``conversation_settings_diff``: nested dicts
            merge recursively, and lists are replaced wholesale rather than merged.
            Because ``misc_settings`` is opaque to the agent-server, callers are
            responsible for the shape of what they store there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SettingsResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SettingsUpdateRequest,
) -> HTTPValidationError | SettingsResponse | None:
    """Update Settings

     Update settings with partial changes.

    Accepts ``agent_settings_diff``, ``conversation_settings_diff``,
    ``misc_settings_diff``, and/or ``active_profile`` for incremental updates.
    Setting ``active_profile`` loads and applies that profile's LLM, same as
    ``POST /api/profiles/{name}/activate``, unless ``agent_settings_diff.llm``
    is also given.

    The three ``*_settings_diff`` fields are deep-merged; nested objects merge
    recursively, and a ``null`` value **inside a nested map deletes that entry**
    — the "unset" primitive that lets a client remove a single map key without
    round-tripping the whole map. To remove one MCP server's header::

        PATCH /api/settings
        {"agent_settings_diff":
            {"mcp_config": {"svc": {"headers": {"X-Old": null}}}}}

    A ``null`` on a top-level *field* (e.g. ``{"confirmation_mode": null}``)
    is **not** an unset — it flows to model validation as before, so it still
    fails loudly rather than silently resetting the field to its default.

    ``misc_settings_diff`` is deep-merged into the persisted ``misc_settings``
    block. The agent-server treats ``misc_settings`` as opaque frontend-owned
    data: nested dicts are merged recursively, lists are replaced wholesale,
    and the contents are never read or validated server-side.

    Uses file locking to prevent concurrent updates from overwriting each other.

    A non-null ``active_agent_profile_id`` or ``active_meta_profile`` must
    name a stored profile, as with their ``/activate`` routes; ``null``
    clears the pointer.

    Raises:
        HTTPException: 400 if the update payload contains invalid values;
            404 if ``active_profile``, ``active_agent_profile_id`` or
            ``active_meta_profile`` names a profile that does not exist.

    Args:
        body (SettingsUpdateRequest): Request model for PATCH /api/settings.

            Supports partial updates via diff objects that are deep-merged with
            existing settings. ``misc_settings_diff`` is deep-merged into the
            persisted ``misc_settings`` block with the same semantics as
            ``agent_settings_diff`` and ``conversation_settings_diff``: nested dicts
            merge recursively, and lists are replaced wholesale rather than merged.
            Because ``misc_settings`` is opaque to the agent-server, callers are
            responsible for the shape of what they store there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SettingsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SettingsUpdateRequest,
) -> Response[HTTPValidationError | SettingsResponse]:
    """Update Settings

     Update settings with partial changes.

    Accepts ``agent_settings_diff``, ``conversation_settings_diff``,
    ``misc_settings_diff``, and/or ``active_profile`` for incremental updates.
    Setting ``active_profile`` loads and applies that profile's LLM, same as
    ``POST /api/profiles/{name}/activate``, unless ``agent_settings_diff.llm``
    is also given.

    The three ``*_settings_diff`` fields are deep-merged; nested objects merge
    recursively, and a ``null`` value **inside a nested map deletes that entry**
    — the "unset" primitive that lets a client remove a single map key without
    round-tripping the whole map. To remove one MCP server's header::

        PATCH /api/settings
        {"agent_settings_diff":
            {"mcp_config": {"svc": {"headers": {"X-Old": null}}}}}

    A ``null`` on a top-level *field* (e.g. ``{"confirmation_mode": null}``)
    is **not** an unset — it flows to model validation as before, so it still
    fails loudly rather than silently resetting the field to its default.

    ``misc_settings_diff`` is deep-merged into the persisted ``misc_settings``
    block. The agent-server treats ``misc_settings`` as opaque frontend-owned
    data: nested dicts are merged recursively, lists are replaced wholesale,
    and the contents are never read or validated server-side.

    Uses file locking to prevent concurrent updates from overwriting each other.

    A non-null ``active_agent_profile_id`` or ``active_meta_profile`` must
    name a stored profile, as with their ``/activate`` routes; ``null``
    clears the pointer.

    Raises:
        HTTPException: 400 if the update payload contains invalid values;
            404 if ``active_profile``, ``active_agent_profile_id`` or
            ``active_meta_profile`` names a profile that does not exist.

    Args:
        body (SettingsUpdateRequest): Request model for PATCH /api/settings.

            Supports partial updates via diff objects that are deep-merged with
            existing settings. ``misc_settings_diff`` is deep-merged into the
            persisted ``misc_settings`` block with the same semantics as
            ``agent_settings_diff`` and ``conversation_settings_diff``: nested dicts
            merge recursively, and lists are replaced wholesale rather than merged.
            Because ``misc_settings`` is opaque to the agent-server, callers are
            responsible for the shape of what they store there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SettingsResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SettingsUpdateRequest,
) -> HTTPValidationError | SettingsResponse | None:
    """Update Settings

     Update settings with partial changes.

    Accepts ``agent_settings_diff``, ``conversation_settings_diff``,
    ``misc_settings_diff``, and/or ``active_profile`` for incremental updates.
    Setting ``active_profile`` loads and applies that profile's LLM, same as
    ``POST /api/profiles/{name}/activate``, unless ``agent_settings_diff.llm``
    is also given.

    The three ``*_settings_diff`` fields are deep-merged; nested objects merge
    recursively, and a ``null`` value **inside a nested map deletes that entry**
    — the "unset" primitive that lets a client remove a single map key without
    round-tripping the whole map. To remove one MCP server's header::

        PATCH /api/settings
        {"agent_settings_diff":
            {"mcp_config": {"svc": {"headers": {"X-Old": null}}}}}

    A ``null`` on a top-level *field* (e.g. ``{"confirmation_mode": null}``)
    is **not** an unset — it flows to model validation as before, so it still
    fails loudly rather than silently resetting the field to its default.

    ``misc_settings_diff`` is deep-merged into the persisted ``misc_settings``
    block. The agent-server treats ``misc_settings`` as opaque frontend-owned
    data: nested dicts are merged recursively, lists are replaced wholesale,
    and the contents are never read or validated server-side.

    Uses file locking to prevent concurrent updates from overwriting each other.

    A non-null ``active_agent_profile_id`` or ``active_meta_profile`` must
    name a stored profile, as with their ``/activate`` routes; ``null``
    clears the pointer.

    Raises:
        HTTPException: 400 if the update payload contains invalid values;
            404 if ``active_profile``, ``active_agent_profile_id`` or
            ``active_meta_profile`` names a profile that does not exist.

    Args:
        body (SettingsUpdateRequest): Request model for PATCH /api/settings.

            Supports partial updates via diff objects that are deep-merged with
            existing settings. ``misc_settings_diff`` is deep-merged into the
            persisted ``misc_settings`` block with the same semantics as
            ``agent_settings_diff`` and ``conversation_settings_diff``: nested dicts
            merge recursively, and lists are replaced wholesale rather than merged.
            Because ``misc_settings`` is opaque to the agent-server, callers are
            responsible for the shape of what they store there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SettingsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
