# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_runtime_status import (
    ConversationRuntimeStatus,
    check_conversation_runtime_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_runtime_error import ConversationRuntimeError

_imported = False


def _import_lazily() -> None:
    global _imported, ConversationRuntimeError
    from ..models.conversation_runtime_error import ConversationRuntimeError

    _imported = True


T = TypeVar("T", bound="ConversationRuntimeInfo")


@_attrs_define
class ConversationRuntimeInfo:
    """Runtime availability and recovery information for a conversation."""

    can_resume: bool
    runtime_status: ConversationRuntimeStatus
    """ Availability of the runtime that executes a conversation. """
    runtime_error: ConversationRuntimeError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        can_resume = self.can_resume

        runtime_status: str = self.runtime_status

        runtime_error: dict[str, Any] | None | Unset
        if isinstance(self.runtime_error, Unset):
            runtime_error = UNSET
        elif isinstance(self.runtime_error, ConversationRuntimeError):
            runtime_error = self.runtime_error.to_dict()
        else:
            runtime_error = self.runtime_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_resume": can_resume,
                "runtime_status": runtime_status,
            }
        )
        if runtime_error is not UNSET:
            field_dict["runtime_error"] = runtime_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        can_resume = d.pop("can_resume")

        runtime_status = check_conversation_runtime_status(d.pop("runtime_status"))

        def _parse_runtime_error(
            data: object,
        ) -> ConversationRuntimeError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                runtime_error_type_0 = ConversationRuntimeError.from_dict(data)

                return runtime_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        runtime_error = _parse_runtime_error(d.pop("runtime_error", UNSET))

        conversation_runtime_info = cls(
            can_resume=can_resume,
            runtime_status=runtime_status,
            runtime_error=runtime_error,
        )

        conversation_runtime_info.additional_properties = d
        return conversation_runtime_info

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
