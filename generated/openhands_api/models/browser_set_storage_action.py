# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.browser_set_storage_action_storage_state import (
        BrowserSetStorageActionStorageState,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, BrowserSetStorageActionStorageState
    from ..models.browser_set_storage_action_storage_state import (
        BrowserSetStorageActionStorageState,
    )

    _imported = True


T = TypeVar("T", bound="BrowserSetStorageAction")


@_attrs_define
class BrowserSetStorageAction:
    """Schema for setting browser storage (cookies, local storage, session storage)."""

    storage_state: BrowserSetStorageActionStorageState
    """ Storage state dictionary containing 'cookies' and 'origins' (from browser_get_storage) """
    kind: Literal["BrowserSetStorageAction"] = "BrowserSetStorageAction"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

        storage_state = self.storage_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "storage_state": storage_state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "BrowserSetStorageAction":
            raise ValueError(
                f"kind must match const 'BrowserSetStorageAction', got '{kind}'"
            )

        storage_state = BrowserSetStorageActionStorageState.from_dict(
            d.pop("storage_state")
        )

        browser_set_storage_action = cls(
            kind=kind,
            storage_state=storage_state,
        )

        browser_set_storage_action.additional_properties = d
        return browser_set_storage_action

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
