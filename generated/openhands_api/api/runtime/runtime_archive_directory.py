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
from ...types import UNSET, File, Response, Unset

if TYPE_CHECKING:
    from ...models.http_validation_error import HTTPValidationError
    from ...models.runtime_archive_directory_format import (
        RuntimeArchiveDirectoryFormat,
    )

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.http_validation_error import HTTPValidationError
    from ...models.runtime_archive_directory_format import (
        RuntimeArchiveDirectoryFormat,
        check_runtime_archive_directory_format,
    )

    globals().update(
        HTTPValidationError=HTTPValidationError,
        check_runtime_archive_directory_format=check_runtime_archive_directory_format,
        RuntimeArchiveDirectoryFormat=RuntimeArchiveDirectoryFormat,
    )
    _imported = True


def build_request(
    runtime_conversation_id: UUID,
    *,
    path: str,
    format_: RuntimeArchiveDirectoryFormat | Unset = "git-delta",
    base_ref: None | str | Unset = UNSET,
    use_default_excludes: bool | Unset = True,
    exclude: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{runtime_conversation_id}/file/archive."""
    if not _imported:
        _import_models()

    params: dict[str, Any] = {}

    params["path"] = path

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    json_base_ref: None | str | Unset
    if isinstance(base_ref, Unset):
        json_base_ref = UNSET
    else:
        json_base_ref = base_ref
    params["base_ref"] = json_base_ref

    params["use_default_excludes"] = use_default_excludes

    json_exclude: list[str] | None | Unset
    if isinstance(exclude, Unset):
        json_exclude = UNSET
    elif isinstance(exclude, list):
        json_exclude = exclude

    else:
        json_exclude = exclude
    params["exclude"] = json_exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/{runtime_conversation_id}/file/archive".format(
            runtime_conversation_id=quote(str(runtime_conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HTTPValidationError | None:
    """The documented body of ``response`` (GET /api/conversations/{runtime_conversation_id}/file/archive)."""
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
    format_: RuntimeArchiveDirectoryFormat | Unset = "git-delta",
    base_ref: None | str | Unset = UNSET,
    use_default_excludes: bool | Unset = True,
    exclude: list[str] | None | Unset = UNSET,
) -> Response[File | HTTPValidationError]:
    """Archive Directory

     Archive a workspace directory for persistence before runtime deletion.

    Produces a downloadable archive of ``path``. Symlinks are never followed
    out of the requested directory, so the archive cannot include files from
    outside it. The temporary archive is created outside ``path`` and removed
    after the response is sent.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute path of the directory to archive. If it is not a git repository but
            holds exactly one git repository (up to three levels down), that repository is archived
            instead, for both formats; pass the repository itself, or a directory holding zero or
            several repositories, to control what is archived.
        format_ (RuntimeArchiveDirectoryFormat | Unset): Archive format: 'git-delta' for a git
            patch of the working-tree changes against a base ref (requires a git repository); 'tar.gz'
            for a gzip tarball of the files (works on non-git directories too). Both formats archive
            the directory at path, except that a non-repository path holding exactly one git
            repository (up to three levels down, skipping hidden and vendored directories) is archived
            as that repository, so files beside it are not included; with zero or several repositories
            the directory is archived as given. Default: 'git-delta'.
        base_ref (None | str | Unset): Only for format='git-delta': base ref to diff against.
            Defaults to the auto-detected comparison ref (origin branch, merge-base, or the empty tree
            for a fresh repo). Ignored for format='tar.gz'.
        use_default_excludes (bool | Unset): Whether to apply the built-in default exclude
            patterns (node_modules/, .venv/, caches, build outputs, etc.). Defaults to true for
            compact archives; set false to allow a full workspace capture, including fat directories.
            Default: True.
        exclude (list[str] | None | Unset): Additional glob patterns to exclude (repeatable, e.g.
            ?exclude=foo&exclude=*.bin). Combined with the built-in default excludes when
            use_default_excludes=true; used by itself when use_default_excludes=false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        path=path,
        format_=format_,
        base_ref=base_ref,
        use_default_excludes=use_default_excludes,
        exclude=exclude,
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
    format_: RuntimeArchiveDirectoryFormat | Unset = "git-delta",
    base_ref: None | str | Unset = UNSET,
    use_default_excludes: bool | Unset = True,
    exclude: list[str] | None | Unset = UNSET,
) -> File | HTTPValidationError | None:
    """Archive Directory

     Archive a workspace directory for persistence before runtime deletion.

    Produces a downloadable archive of ``path``. Symlinks are never followed
    out of the requested directory, so the archive cannot include files from
    outside it. The temporary archive is created outside ``path`` and removed
    after the response is sent.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute path of the directory to archive. If it is not a git repository but
            holds exactly one git repository (up to three levels down), that repository is archived
            instead, for both formats; pass the repository itself, or a directory holding zero or
            several repositories, to control what is archived.
        format_ (RuntimeArchiveDirectoryFormat | Unset): Archive format: 'git-delta' for a git
            patch of the working-tree changes against a base ref (requires a git repository); 'tar.gz'
            for a gzip tarball of the files (works on non-git directories too). Both formats archive
            the directory at path, except that a non-repository path holding exactly one git
            repository (up to three levels down, skipping hidden and vendored directories) is archived
            as that repository, so files beside it are not included; with zero or several repositories
            the directory is archived as given. Default: 'git-delta'.
        base_ref (None | str | Unset): Only for format='git-delta': base ref to diff against.
            Defaults to the auto-detected comparison ref (origin branch, merge-base, or the empty tree
            for a fresh repo). Ignored for format='tar.gz'.
        use_default_excludes (bool | Unset): Whether to apply the built-in default exclude
            patterns (node_modules/, .venv/, caches, build outputs, etc.). Defaults to true for
            compact archives; set false to allow a full workspace capture, including fat directories.
            Default: True.
        exclude (list[str] | None | Unset): Additional glob patterns to exclude (repeatable, e.g.
            ?exclude=foo&exclude=*.bin). Combined with the built-in default excludes when
            use_default_excludes=true; used by itself when use_default_excludes=false.

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
        format_=format_,
        base_ref=base_ref,
        use_default_excludes=use_default_excludes,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    path: str,
    format_: RuntimeArchiveDirectoryFormat | Unset = "git-delta",
    base_ref: None | str | Unset = UNSET,
    use_default_excludes: bool | Unset = True,
    exclude: list[str] | None | Unset = UNSET,
) -> Response[File | HTTPValidationError]:
    """Archive Directory

     Archive a workspace directory for persistence before runtime deletion.

    Produces a downloadable archive of ``path``. Symlinks are never followed
    out of the requested directory, so the archive cannot include files from
    outside it. The temporary archive is created outside ``path`` and removed
    after the response is sent.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute path of the directory to archive. If it is not a git repository but
            holds exactly one git repository (up to three levels down), that repository is archived
            instead, for both formats; pass the repository itself, or a directory holding zero or
            several repositories, to control what is archived.
        format_ (RuntimeArchiveDirectoryFormat | Unset): Archive format: 'git-delta' for a git
            patch of the working-tree changes against a base ref (requires a git repository); 'tar.gz'
            for a gzip tarball of the files (works on non-git directories too). Both formats archive
            the directory at path, except that a non-repository path holding exactly one git
            repository (up to three levels down, skipping hidden and vendored directories) is archived
            as that repository, so files beside it are not included; with zero or several repositories
            the directory is archived as given. Default: 'git-delta'.
        base_ref (None | str | Unset): Only for format='git-delta': base ref to diff against.
            Defaults to the auto-detected comparison ref (origin branch, merge-base, or the empty tree
            for a fresh repo). Ignored for format='tar.gz'.
        use_default_excludes (bool | Unset): Whether to apply the built-in default exclude
            patterns (node_modules/, .venv/, caches, build outputs, etc.). Defaults to true for
            compact archives; set false to allow a full workspace capture, including fat directories.
            Default: True.
        exclude (list[str] | None | Unset): Additional glob patterns to exclude (repeatable, e.g.
            ?exclude=foo&exclude=*.bin). Combined with the built-in default excludes when
            use_default_excludes=true; used by itself when use_default_excludes=false.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = build_request(
        runtime_conversation_id=runtime_conversation_id,
        path=path,
        format_=format_,
        base_ref=base_ref,
        use_default_excludes=use_default_excludes,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    runtime_conversation_id: UUID,
    *,
    client: AuthenticatedClient,
    path: str,
    format_: RuntimeArchiveDirectoryFormat | Unset = "git-delta",
    base_ref: None | str | Unset = UNSET,
    use_default_excludes: bool | Unset = True,
    exclude: list[str] | None | Unset = UNSET,
) -> File | HTTPValidationError | None:
    """Archive Directory

     Archive a workspace directory for persistence before runtime deletion.

    Produces a downloadable archive of ``path``. Symlinks are never followed
    out of the requested directory, so the archive cannot include files from
    outside it. The temporary archive is created outside ``path`` and removed
    after the response is sent.

    Args:
        runtime_conversation_id (UUID):
        path (str): Absolute path of the directory to archive. If it is not a git repository but
            holds exactly one git repository (up to three levels down), that repository is archived
            instead, for both formats; pass the repository itself, or a directory holding zero or
            several repositories, to control what is archived.
        format_ (RuntimeArchiveDirectoryFormat | Unset): Archive format: 'git-delta' for a git
            patch of the working-tree changes against a base ref (requires a git repository); 'tar.gz'
            for a gzip tarball of the files (works on non-git directories too). Both formats archive
            the directory at path, except that a non-repository path holding exactly one git
            repository (up to three levels down, skipping hidden and vendored directories) is archived
            as that repository, so files beside it are not included; with zero or several repositories
            the directory is archived as given. Default: 'git-delta'.
        base_ref (None | str | Unset): Only for format='git-delta': base ref to diff against.
            Defaults to the auto-detected comparison ref (origin branch, merge-base, or the empty tree
            for a fresh repo). Ignored for format='tar.gz'.
        use_default_excludes (bool | Unset): Whether to apply the built-in default exclude
            patterns (node_modules/, .venv/, caches, build outputs, etc.). Defaults to true for
            compact archives; set false to allow a full workspace capture, including fat directories.
            Default: True.
        exclude (list[str] | None | Unset): Additional glob patterns to exclude (repeatable, e.g.
            ?exclude=foo&exclude=*.bin). Combined with the built-in default excludes when
            use_default_excludes=true; used by itself when use_default_excludes=false.

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
            format_=format_,
            base_ref=base_ref,
            use_default_excludes=use_default_excludes,
            exclude=exclude,
        )
    ).parsed
