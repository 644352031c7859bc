# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_server_patch_transport_type_0 import (
    MCPServerPatchTransportType0,
    check_mcp_server_patch_transport_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_api_key_auth_credential_input import MCPApiKeyAuthCredentialInput
    from ..models.mcp_basic_auth_credential_input import MCPBasicAuthCredentialInput
    from ..models.mcp_bearer_auth_credential_input import MCPBearerAuthCredentialInput
    from ..models.mcp_header_auth_credential_input import MCPHeaderAuthCredentialInput
    from ..models.mcp_none_auth_credential import MCPNoneAuthCredential
    from ..models.mcp_server_patch_env_type_0 import MCPServerPatchEnvType0
    from ..models.mcp_server_patch_headers_type_0 import MCPServerPatchHeadersType0
    from ..models.mcpo_auth_auth_credential_input import MCPOAuthAuthCredentialInput

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        MCPApiKeyAuthCredentialInput, \
        MCPBasicAuthCredentialInput, \
        MCPBearerAuthCredentialInput, \
        MCPHeaderAuthCredentialInput, \
        MCPNoneAuthCredential, \
        MCPServerPatchEnvType0, \
        MCPServerPatchHeadersType0, \
        MCPOAuthAuthCredentialInput
    from ..models.mcp_api_key_auth_credential_input import MCPApiKeyAuthCredentialInput
    from ..models.mcp_basic_auth_credential_input import MCPBasicAuthCredentialInput
    from ..models.mcp_bearer_auth_credential_input import MCPBearerAuthCredentialInput
    from ..models.mcp_header_auth_credential_input import MCPHeaderAuthCredentialInput
    from ..models.mcp_none_auth_credential import MCPNoneAuthCredential
    from ..models.mcp_server_patch_env_type_0 import MCPServerPatchEnvType0
    from ..models.mcp_server_patch_headers_type_0 import MCPServerPatchHeadersType0
    from ..models.mcpo_auth_auth_credential_input import MCPOAuthAuthCredentialInput

    _imported = True


T = TypeVar("T", bound="MCPServerPatch")


@_attrs_define
class MCPServerPatch:
    """Sparse RFC 7386 merge patch for one persisted MCP server."""

    args: list[str] | None | Unset = UNSET
    auth: (
        MCPApiKeyAuthCredentialInput
        | MCPBasicAuthCredentialInput
        | MCPBearerAuthCredentialInput
        | MCPHeaderAuthCredentialInput
        | MCPNoneAuthCredential
        | MCPOAuthAuthCredentialInput
        | None
        | Unset
    ) = UNSET
    command: None | str | Unset = UNSET
    cwd: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    """ Switch the server off (false) or back on (true) without touching the rest of its configuration. A null
    clears the override, which restores the canonical default (enabled). """
    env: MCPServerPatchEnvType0 | None | Unset = UNSET
    headers: MCPServerPatchHeadersType0 | None | Unset = UNSET
    icon: None | str | Unset = UNSET
    keep_alive: bool | None | Unset = UNSET
    sse_read_timeout: float | None | Unset = UNSET
    timeout: float | None | Unset = UNSET
    transport: MCPServerPatchTransportType0 | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        auth: dict[str, Any] | None | Unset
        if isinstance(self.auth, Unset):
            auth = UNSET
        elif isinstance(self.auth, MCPNoneAuthCredential):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPApiKeyAuthCredentialInput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPBearerAuthCredentialInput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPBasicAuthCredentialInput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPHeaderAuthCredentialInput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPOAuthAuthCredentialInput):
            auth = self.auth.to_dict()
        else:
            auth = self.auth

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        cwd: None | str | Unset
        if isinstance(self.cwd, Unset):
            cwd = UNSET
        else:
            cwd = self.cwd

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        env: dict[str, Any] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, MCPServerPatchEnvType0):
            env = self.env.to_dict()
        else:
            env = self.env

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPServerPatchHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        keep_alive: bool | None | Unset
        if isinstance(self.keep_alive, Unset):
            keep_alive = UNSET
        else:
            keep_alive = self.keep_alive

        sse_read_timeout: float | None | Unset
        if isinstance(self.sse_read_timeout, Unset):
            sse_read_timeout = UNSET
        else:
            sse_read_timeout = self.sse_read_timeout

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        transport: None | str | Unset
        if isinstance(self.transport, Unset):
            transport = UNSET
        elif isinstance(self.transport, str):
            transport = self.transport
        else:
            transport = self.transport

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if auth is not UNSET:
            field_dict["auth"] = auth
        if command is not UNSET:
            field_dict["command"] = command
        if cwd is not UNSET:
            field_dict["cwd"] = cwd
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if env is not UNSET:
            field_dict["env"] = env
        if headers is not UNSET:
            field_dict["headers"] = headers
        if icon is not UNSET:
            field_dict["icon"] = icon
        if keep_alive is not UNSET:
            field_dict["keep_alive"] = keep_alive
        if sse_read_timeout is not UNSET:
            field_dict["sse_read_timeout"] = sse_read_timeout
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if transport is not UNSET:
            field_dict["transport"] = transport
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                args_type_0 = cast(list[str], data)

                return args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        args = _parse_args(d.pop("args", UNSET))

        def _parse_auth(
            data: object,
        ) -> (
            MCPApiKeyAuthCredentialInput
            | MCPBasicAuthCredentialInput
            | MCPBearerAuthCredentialInput
            | MCPHeaderAuthCredentialInput
            | MCPNoneAuthCredential
            | MCPOAuthAuthCredentialInput
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_0 = MCPNoneAuthCredential.from_dict(data)

                return auth_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_1 = MCPApiKeyAuthCredentialInput.from_dict(data)

                return auth_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_2 = MCPBearerAuthCredentialInput.from_dict(data)

                return auth_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_3 = MCPBasicAuthCredentialInput.from_dict(data)

                return auth_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_4 = MCPHeaderAuthCredentialInput.from_dict(data)

                return auth_type_0_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_5 = MCPOAuthAuthCredentialInput.from_dict(data)

                return auth_type_0_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        auth = _parse_auth(d.pop("auth", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        command = _parse_command(d.pop("command", UNSET))

        def _parse_cwd(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        cwd = _parse_cwd(d.pop("cwd", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_env(data: object) -> MCPServerPatchEnvType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_type_0 = MCPServerPatchEnvType0.from_dict(data)

                return env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        env = _parse_env(d.pop("env", UNSET))

        def _parse_headers(data: object) -> MCPServerPatchHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = MCPServerPatchHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        icon = _parse_icon(d.pop("icon", UNSET))

        def _parse_keep_alive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        keep_alive = _parse_keep_alive(d.pop("keep_alive", UNSET))

        def _parse_sse_read_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        sse_read_timeout = _parse_sse_read_timeout(d.pop("sse_read_timeout", UNSET))

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_transport(
            data: object,
        ) -> MCPServerPatchTransportType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transport_type_0 = check_mcp_server_patch_transport_type_0(data)

                return transport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        transport = _parse_transport(d.pop("transport", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        url = _parse_url(d.pop("url", UNSET))

        mcp_server_patch = cls(
            args=args,
            auth=auth,
            command=command,
            cwd=cwd,
            description=description,
            enabled=enabled,
            env=env,
            headers=headers,
            icon=icon,
            keep_alive=keep_alive,
            sse_read_timeout=sse_read_timeout,
            timeout=timeout,
            transport=transport,
            url=url,
        )

        mcp_server_patch.additional_properties = d
        return mcp_server_patch

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
