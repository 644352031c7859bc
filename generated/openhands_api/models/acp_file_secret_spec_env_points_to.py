# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ACPFileSecretSpecEnvPointsTo = Literal["dir", "file"]

ACP_FILE_SECRET_SPEC_ENV_POINTS_TO_VALUES: set[ACPFileSecretSpecEnvPointsTo] = {
    "dir",
    "file",
}


def check_acp_file_secret_spec_env_points_to(
    value: str,
) -> ACPFileSecretSpecEnvPointsTo:
    if value in ACP_FILE_SECRET_SPEC_ENV_POINTS_TO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACP_FILE_SECRET_SPEC_ENV_POINTS_TO_VALUES!r}"
    )
