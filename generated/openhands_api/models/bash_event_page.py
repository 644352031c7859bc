# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bash_command import BashCommand
    from ..models.bash_error import BashError
    from ..models.bash_output import BashOutput

_imported = False


def _import_lazily() -> None:
    global _imported, BashCommand, BashError, BashOutput
    from ..models.bash_command import BashCommand
    from ..models.bash_error import BashError
    from ..models.bash_output import BashOutput

    _imported = True


_imported_for_parsing = False


def _import_for_parsing() -> None:
    global _imported_for_parsing
    _imported_for_parsing = True


T = TypeVar("T", bound="BashEventPage")


@_attrs_define
class BashEventPage:
    items: list[BashCommand | BashError | BashOutput]
    next_page_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, BashCommand):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, BashError):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        next_page_id: None | str | Unset
        if isinstance(self.next_page_id, Unset):
            next_page_id = UNSET
        else:
            next_page_id = self.next_page_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_page_id is not UNSET:
            field_dict["next_page_id"] = next_page_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported_for_parsing:
            _import_for_parsing()
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> BashCommand | BashError | BashOutput:
                global _kinds_items_item
                try:
                    table = _kinds_items_item
                except NameError:
                    table = _kinds_items_item = {
                        "BashCommand": (".bash_command", "BashCommand"),
                        "BashError": (".bash_error", "BashError"),
                        "BashOutput": (".bash_output", "BashOutput"),
                    }
                kind_ = data.get("kind") if isinstance(data, dict) else None
                member = table.get(kind_)
                if isinstance(member, tuple):
                    module_, class_ = member
                    member = table[kind_] = getattr(
                        importlib.import_module(module_, __package__), class_
                    )
                if member is None:
                    if isinstance(data, dict):
                        raise ValueError(
                            f"kind {data.get('kind')!r} is none of {sorted(table)}"
                        )
                    raise TypeError(f"expected an object, got {type(data).__name__}")
                return member.from_dict(data)

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        def _parse_next_page_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        next_page_id = _parse_next_page_id(d.pop("next_page_id", UNSET))

        bash_event_page = cls(
            items=items,
            next_page_id=next_page_id,
        )

        bash_event_page.additional_properties = d
        return bash_event_page

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
