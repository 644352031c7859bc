# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import datetime as _datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hook_execution_event_hook_event_type import (
    HookExecutionEventHookEventType,
    check_hook_execution_event_hook_event_type,
)
from ..models.hook_execution_event_source import (
    HookExecutionEventSource,
    check_hook_execution_event_source,
)
from ..types import UNSET, Unset, parse_date_time

if TYPE_CHECKING:
    from ..models.hook_execution_event_hook_input_type_0 import (
        HookExecutionEventHookInputType0,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, HookExecutionEventHookInputType0
    from ..models.hook_execution_event_hook_input_type_0 import (
        HookExecutionEventHookInputType0,
    )

    _imported = True


T = TypeVar("T", bound="HookExecutionEvent")


@_attrs_define
class HookExecutionEvent:
    """Event emitted when a hook is executed.

    This event provides observability into hook execution, including:
    - Which hook type was triggered
    - The command that was run
    - The result (success/blocked/error)
    - Any output from the hook

    This allows clients to track hook execution via the event stream.

    """

    exit_code: int
    """ Exit code from the hook command """
    hook_command: str
    """ The hook command that was executed """
    hook_event_type: HookExecutionEventHookEventType
    """ The type of hook event that triggered this execution """
    id: str
    """ Unique event id (ULID/UUID) """
    success: bool
    """ Whether the hook executed successfully """
    timestamp: str
    """ Event timestamp (ISO 8601 date-time.) """
    blocked: bool = False
    """ Whether the hook blocked the operation (exit code 2 or deny) """
    kind: Literal["HookExecutionEvent"] = "HookExecutionEvent"
    source: HookExecutionEventSource = "hook"
    """ Source is always 'hook' for hook execution events """
    stderr: str = ""
    """ Standard error from the hook """
    stdout: str = ""
    """ Standard output from the hook """
    action_id: None | str | Unset = UNSET
    """ ID of the action this hook is associated with (PreToolUse/PostToolUse) """
    additional_context: None | str | Unset = UNSET
    """ Additional context injected by hook (e.g., for UserPromptSubmit) """
    error: None | str | Unset = UNSET
    """ Error message if hook execution failed """
    hook_input: HookExecutionEventHookInputType0 | None | Unset = UNSET
    """ The input data that was passed to the hook """
    message_id: None | str | Unset = UNSET
    """ ID of the message this hook is associated with (UserPromptSubmit) """
    parent_id: None | str | Unset = UNSET
    """ Parent event id in the conversation tree. None for the root, or for legacy events predating the tree (see
    EventLog's effective-parent rule). Events sharing a parent_id are sibling branches. """
    reason: None | str | Unset = UNSET
    """ Reason provided by hook (for blocking) """
    tool_name: None | str | Unset = UNSET
    """ Tool name for PreToolUse/PostToolUse hooks """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        blocked = self.blocked

        exit_code = self.exit_code

        hook_command = self.hook_command

        hook_event_type: str = self.hook_event_type

        id = self.id

        kind = self.kind

        source: str = self.source

        stderr = self.stderr

        stdout = self.stdout

        success = self.success

        timestamp = self.timestamp

        action_id: None | str | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        additional_context: None | str | Unset
        if isinstance(self.additional_context, Unset):
            additional_context = UNSET
        else:
            additional_context = self.additional_context

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        hook_input: dict[str, Any] | None | Unset
        if isinstance(self.hook_input, Unset):
            hook_input = UNSET
        elif isinstance(self.hook_input, HookExecutionEventHookInputType0):
            hook_input = self.hook_input.to_dict()
        else:
            hook_input = self.hook_input

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocked": blocked,
                "exit_code": exit_code,
                "hook_command": hook_command,
                "hook_event_type": hook_event_type,
                "id": id,
                "kind": kind,
                "source": source,
                "stderr": stderr,
                "stdout": stdout,
                "success": success,
                "timestamp": timestamp,
            }
        )
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if additional_context is not UNSET:
            field_dict["additional_context"] = additional_context
        if error is not UNSET:
            field_dict["error"] = error
        if hook_input is not UNSET:
            field_dict["hook_input"] = hook_input
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        blocked = d.pop("blocked")

        exit_code = d.pop("exit_code")

        hook_command = d.pop("hook_command")

        hook_event_type = check_hook_execution_event_hook_event_type(
            d.pop("hook_event_type")
        )

        id = d.pop("id")

        kind = d.pop("kind")
        if kind != "HookExecutionEvent":
            raise ValueError(
                f"kind must match const 'HookExecutionEvent', got '{kind}'"
            )

        source = check_hook_execution_event_source(d.pop("source"))

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        success = d.pop("success")

        timestamp = d.pop("timestamp")

        def _parse_action_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        action_id = _parse_action_id(d.pop("action_id", UNSET))

        def _parse_additional_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        additional_context = _parse_additional_context(
            d.pop("additional_context", UNSET)
        )

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        error = _parse_error(d.pop("error", UNSET))

        def _parse_hook_input(
            data: object,
        ) -> HookExecutionEventHookInputType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hook_input_type_0 = HookExecutionEventHookInputType0.from_dict(data)

                return hook_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        hook_input = _parse_hook_input(d.pop("hook_input", UNSET))

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        message_id = _parse_message_id(d.pop("message_id", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        tool_name = _parse_tool_name(d.pop("tool_name", UNSET))

        hook_execution_event = cls(
            blocked=blocked,
            exit_code=exit_code,
            hook_command=hook_command,
            hook_event_type=hook_event_type,
            id=id,
            kind=kind,
            source=source,
            stderr=stderr,
            stdout=stdout,
            success=success,
            timestamp=timestamp,
            action_id=action_id,
            additional_context=additional_context,
            error=error,
            hook_input=hook_input,
            message_id=message_id,
            parent_id=parent_id,
            reason=reason,
            tool_name=tool_name,
        )

        hook_execution_event.additional_properties = d
        return hook_execution_event

    @property
    def timestamp_datetime(self) -> _datetime.datetime:
        """``timestamp`` as a ``datetime``, parsed on each read (``timestamp`` stays the string
        the server sent). Naive, in the server's local time, unless the string carries an offset."""
        return parse_date_time(self.timestamp)

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
