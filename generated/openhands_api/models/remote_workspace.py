# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoteWorkspace")


@_attrs_define
class RemoteWorkspace:
    """Remote workspace implementation that connects to an OpenHands agent server.

    RemoteWorkspace provides access to a sandboxed environment running on a remote
    OpenHands agent server. This is the recommended approach for production deployments
    as it provides better isolation and security.

    Supports optional completion callbacks on exit via environment variables:
      - ``AUTOMATION_CALLBACK_URL`` — URL to POST completion status to
      - ``AUTOMATION_CALLBACK_API_KEY`` — Bearer token for callback auth (optional)
      - ``AUTOMATION_RUN_ID`` — Run ID to include in callback payload (optional)

    Example:
        >>> workspace = RemoteWorkspace(
        ...     host="https://agent-server.example.com",
        ...     working_dir="/workspace"
        ... )
        >>> with workspace:
        ...     result = workspace.execute_command("ls -la")
        ...     content = workspace.read_file("README.md")

    """

    host: str
    """ The remote host URL for the workspace. """
    working_dir: str
    """ The working directory for agent operations and tool execution. """
    kind: Literal["RemoteWorkspace"] = "RemoteWorkspace"
    read_timeout: float = 600.0
    """ Timeout in seconds for reading operations of httpx.Client. """
    api_key: None | str | Unset = UNSET
    """ API key for authenticating with the remote host. """
    max_connections: int | None | Unset = UNSET
    """ Maximum number of connections for httpx.Client. None means no limit, useful for running many conversations
    in parallel. """
    runtime_conversation_id: None | Unset | UUID = UNSET
    """ Conversation runtime scope; None uses the host workspace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        kind = self.kind

        read_timeout = self.read_timeout

        working_dir = self.working_dir

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        max_connections: int | None | Unset
        if isinstance(self.max_connections, Unset):
            max_connections = UNSET
        else:
            max_connections = self.max_connections

        runtime_conversation_id: None | str | Unset
        if isinstance(self.runtime_conversation_id, Unset):
            runtime_conversation_id = UNSET
        elif isinstance(self.runtime_conversation_id, UUID):
            runtime_conversation_id = str(self.runtime_conversation_id)
        else:
            runtime_conversation_id = self.runtime_conversation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "kind": kind,
                "read_timeout": read_timeout,
                "working_dir": working_dir,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if max_connections is not UNSET:
            field_dict["max_connections"] = max_connections
        if runtime_conversation_id is not UNSET:
            field_dict["runtime_conversation_id"] = runtime_conversation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        kind = d.pop("kind")
        if kind != "RemoteWorkspace":
            raise ValueError(f"kind must match const 'RemoteWorkspace', got '{kind}'")

        read_timeout = d.pop("read_timeout")

        working_dir = d.pop("working_dir")

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_max_connections(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_connections = _parse_max_connections(d.pop("max_connections", UNSET))

        def _parse_runtime_conversation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                runtime_conversation_id_type_0 = UUID(data)

                return runtime_conversation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        runtime_conversation_id = _parse_runtime_conversation_id(
            d.pop("runtime_conversation_id", UNSET)
        )

        remote_workspace = cls(
            host=host,
            kind=kind,
            read_timeout=read_timeout,
            working_dir=working_dir,
            api_key=api_key,
            max_connections=max_connections,
            runtime_conversation_id=runtime_conversation_id,
        )

        remote_workspace.additional_properties = d
        return remote_workspace

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
