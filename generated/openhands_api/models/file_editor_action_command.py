# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

FileEditorActionCommand = Literal[
    "create", "insert", "str_replace", "undo_edit", "view"
]

FILE_EDITOR_ACTION_COMMAND_VALUES: set[FileEditorActionCommand] = {
    "create",
    "insert",
    "str_replace",
    "undo_edit",
    "view",
}


def check_file_editor_action_command(value: str) -> FileEditorActionCommand:
    if value in FILE_EDITOR_ACTION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_EDITOR_ACTION_COMMAND_VALUES!r}"
    )
