# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

FileEditorObservationCommand = Literal[
    "create", "insert", "str_replace", "undo_edit", "view"
]

FILE_EDITOR_OBSERVATION_COMMAND_VALUES: set[FileEditorObservationCommand] = {
    "create",
    "insert",
    "str_replace",
    "undo_edit",
    "view",
}


def check_file_editor_observation_command(value: str) -> FileEditorObservationCommand:
    if value in FILE_EDITOR_OBSERVATION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_EDITOR_OBSERVATION_COMMAND_VALUES!r}"
    )
