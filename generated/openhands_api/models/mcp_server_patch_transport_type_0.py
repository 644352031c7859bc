# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

MCPServerPatchTransportType0 = Literal["http", "sse", "stdio", "streamable-http"]

MCP_SERVER_PATCH_TRANSPORT_TYPE_0_VALUES: set[MCPServerPatchTransportType0] = {
    "http",
    "sse",
    "stdio",
    "streamable-http",
}


def check_mcp_server_patch_transport_type_0(value: str) -> MCPServerPatchTransportType0:
    if value in MCP_SERVER_PATCH_TRANSPORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_SERVER_PATCH_TRANSPORT_TYPE_0_VALUES!r}"
    )
