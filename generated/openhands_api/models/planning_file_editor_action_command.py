# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from typing import Literal

PlanningFileEditorActionCommand = Literal[
    "create", "insert", "str_replace", "undo_edit", "view"
]

PLANNING_FILE_EDITOR_ACTION_COMMAND_VALUES: set[PlanningFileEditorActionCommand] = {
    "create",
    "insert",
    "str_replace",
    "undo_edit",
    "view",
}


def check_planning_file_editor_action_command(
    value: str,
) -> PlanningFileEditorActionCommand:
    if value in PLANNING_FILE_EDITOR_ACTION_COMMAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PLANNING_FILE_EDITOR_ACTION_COMMAND_VALUES!r}"
    )
