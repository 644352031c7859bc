# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

ArchiveDirectoryFormat = Literal["git-delta", "tar.gz"]

ARCHIVE_DIRECTORY_FORMAT_VALUES: set[ArchiveDirectoryFormat] = {
    "git-delta",
    "tar.gz",
}


def check_archive_directory_format(value: str) -> ArchiveDirectoryFormat:
    if value in ARCHIVE_DIRECTORY_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARCHIVE_DIRECTORY_FORMAT_VALUES!r}"
    )
