# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

MCPServerOutputTransportType0 = Literal["http", "sse", "stdio", "streamable-http"]

MCP_SERVER_OUTPUT_TRANSPORT_TYPE_0_VALUES: set[MCPServerOutputTransportType0] = {
    "http",
    "sse",
    "stdio",
    "streamable-http",
}


def check_mcp_server_output_transport_type_0(
    value: str,
) -> MCPServerOutputTransportType0:
    if value in MCP_SERVER_OUTPUT_TRANSPORT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_SERVER_OUTPUT_TRANSPORT_TYPE_0_VALUES!r}"
    )
