# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

MCPOAuthAuthenticationInputClientAuthMethodType0 = Literal[
    "client_secret_basic", "client_secret_post", "none", "private_key_jwt"
]

MCPO_AUTH_AUTHENTICATION_INPUT_CLIENT_AUTH_METHOD_TYPE_0_VALUES: set[
    MCPOAuthAuthenticationInputClientAuthMethodType0
] = {
    "client_secret_basic",
    "client_secret_post",
    "none",
    "private_key_jwt",
}


def check_mcpo_auth_authentication_input_client_auth_method_type_0(
    value: str,
) -> MCPOAuthAuthenticationInputClientAuthMethodType0:
    if value in MCPO_AUTH_AUTHENTICATION_INPUT_CLIENT_AUTH_METHOD_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCPO_AUTH_AUTHENTICATION_INPUT_CLIENT_AUTH_METHOD_TYPE_0_VALUES!r}"
    )
