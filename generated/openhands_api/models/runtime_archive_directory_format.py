# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

RuntimeArchiveDirectoryFormat = Literal["git-delta", "tar.gz"]

RUNTIME_ARCHIVE_DIRECTORY_FORMAT_VALUES: set[RuntimeArchiveDirectoryFormat] = {
    "git-delta",
    "tar.gz",
}


def check_runtime_archive_directory_format(value: str) -> RuntimeArchiveDirectoryFormat:
    if value in RUNTIME_ARCHIVE_DIRECTORY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUNTIME_ARCHIVE_DIRECTORY_FORMAT_VALUES!r}"
    )
