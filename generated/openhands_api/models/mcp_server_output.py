# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_server_output_transport_type_0 import (
    MCPServerOutputTransportType0,
    check_mcp_server_output_transport_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_api_key_auth_credential_output import (
        MCPApiKeyAuthCredentialOutput,
    )
    from ..models.mcp_basic_auth_credential_output import MCPBasicAuthCredentialOutput
    from ..models.mcp_bearer_auth_credential_output import MCPBearerAuthCredentialOutput
    from ..models.mcp_header_auth_credential_output import MCPHeaderAuthCredentialOutput
    from ..models.mcp_none_auth_credential import MCPNoneAuthCredential
    from ..models.mcp_server_output_env_type_0 import MCPServerOutputEnvType0
    from ..models.mcp_server_output_headers_type_0 import MCPServerOutputHeadersType0
    from ..models.mcpo_auth_auth_credential_output import MCPOAuthAuthCredentialOutput

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        MCPApiKeyAuthCredentialOutput, \
        MCPBasicAuthCredentialOutput, \
        MCPBearerAuthCredentialOutput, \
        MCPHeaderAuthCredentialOutput, \
        MCPNoneAuthCredential, \
        MCPServerOutputEnvType0, \
        MCPServerOutputHeadersType0, \
        MCPOAuthAuthCredentialOutput
    from ..models.mcp_api_key_auth_credential_output import (
        MCPApiKeyAuthCredentialOutput,
    )
    from ..models.mcp_basic_auth_credential_output import MCPBasicAuthCredentialOutput
    from ..models.mcp_bearer_auth_credential_output import MCPBearerAuthCredentialOutput
    from ..models.mcp_header_auth_credential_output import MCPHeaderAuthCredentialOutput
    from ..models.mcp_none_auth_credential import MCPNoneAuthCredential
    from ..models.mcp_server_output_env_type_0 import MCPServerOutputEnvType0
    from ..models.mcp_server_output_headers_type_0 import MCPServerOutputHeadersType0
    from ..models.mcpo_auth_auth_credential_output import MCPOAuthAuthCredentialOutput

    _imported = True


T = TypeVar("T", bound="MCPServerOutput")


@_attrs_define
class MCPServerOutput:
    """One MCP server in the settings DataModel."""

    enabled: bool = True
    """ Whether this server is exposed to the agent. A disabled server stays fully configured -- including its
    secrets -- but is skipped when MCP tools are created and when servers are forwarded to an ACP subprocess. """
    args: list[str] | None | Unset = UNSET
    auth: (
        MCPApiKeyAuthCredentialOutput
        | MCPBasicAuthCredentialOutput
        | MCPBearerAuthCredentialOutput
        | MCPHeaderAuthCredentialOutput
        | MCPNoneAuthCredential
        | MCPOAuthAuthCredentialOutput
        | None
        | Unset
    ) = UNSET
    command: None | str | Unset = UNSET
    cwd: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    env: MCPServerOutputEnvType0 | None | Unset = UNSET
    headers: MCPServerOutputHeadersType0 | None | Unset = UNSET
    icon: None | str | Unset = UNSET
    keep_alive: bool | None | Unset = UNSET
    sse_read_timeout: float | None | Unset = UNSET
    timeout: float | None | Unset = UNSET
    transport: MCPServerOutputTransportType0 | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        enabled = self.enabled

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
        elif isinstance(self.auth, MCPApiKeyAuthCredentialOutput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPBearerAuthCredentialOutput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPBasicAuthCredentialOutput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPHeaderAuthCredentialOutput):
            auth = self.auth.to_dict()
        elif isinstance(self.auth, MCPOAuthAuthCredentialOutput):
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

        env: dict[str, Any] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, MCPServerOutputEnvType0):
            env = self.env.to_dict()
        else:
            env = self.env

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPServerOutputHeadersType0):
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
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
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
        enabled = d.pop("enabled")

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
            MCPApiKeyAuthCredentialOutput
            | MCPBasicAuthCredentialOutput
            | MCPBearerAuthCredentialOutput
            | MCPHeaderAuthCredentialOutput
            | MCPNoneAuthCredential
            | MCPOAuthAuthCredentialOutput
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
                auth_type_0_type_1 = MCPApiKeyAuthCredentialOutput.from_dict(data)

                return auth_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_2 = MCPBearerAuthCredentialOutput.from_dict(data)

                return auth_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_3 = MCPBasicAuthCredentialOutput.from_dict(data)

                return auth_type_0_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_4 = MCPHeaderAuthCredentialOutput.from_dict(data)

                return auth_type_0_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auth_type_0_type_5 = MCPOAuthAuthCredentialOutput.from_dict(data)

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

        def _parse_env(data: object) -> MCPServerOutputEnvType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_type_0 = MCPServerOutputEnvType0.from_dict(data)

                return env_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        env = _parse_env(d.pop("env", UNSET))

        def _parse_headers(data: object) -> MCPServerOutputHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = MCPServerOutputHeadersType0.from_dict(data)

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
        ) -> MCPServerOutputTransportType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transport_type_0 = check_mcp_server_output_transport_type_0(data)

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

        mcp_server_output = cls(
            enabled=enabled,
            args=args,
            auth=auth,
            command=command,
            cwd=cwd,
            description=description,
            env=env,
            headers=headers,
            icon=icon,
            keep_alive=keep_alive,
            sse_read_timeout=sse_read_timeout,
            timeout=timeout,
            transport=transport,
            url=url,
        )

        mcp_server_output.additional_properties = d
        return mcp_server_output

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
