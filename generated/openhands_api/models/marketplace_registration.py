# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceRegistration")


@_attrs_define
class MarketplaceRegistration:
    """Registration for a marketplace source used for plugin resolution."""

    name: str
    """ Identifier for this marketplace registration """
    source: str
    """ Marketplace source: 'github:owner/repo', git URL, or local path """
    auto_load: bool | list[str] | Unset = False
    """ Whether to load marketplace plugins and standalone skills at conversation start. Use True for all, False or
    [] for none, or a list of plugin/skill names for selective loading. """
    ref: None | str | Unset = UNSET
    """ Optional branch, tag, or commit for git sources """
    repo_path: None | str | Unset = UNSET
    """ Subdirectory path within the git repository containing the marketplace. Only relevant for git sources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        auto_load: bool | list[str] | Unset
        if isinstance(self.auto_load, Unset):
            auto_load = UNSET
        elif isinstance(self.auto_load, list):
            auto_load = self.auto_load

        else:
            auto_load = self.auto_load

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        repo_path: None | str | Unset
        if isinstance(self.repo_path, Unset):
            repo_path = UNSET
        else:
            repo_path = self.repo_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "source": source,
            }
        )
        if auto_load is not UNSET:
            field_dict["auto_load"] = auto_load
        if ref is not UNSET:
            field_dict["ref"] = ref
        if repo_path is not UNSET:
            field_dict["repo_path"] = repo_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        source = d.pop("source")

        def _parse_auto_load(data: object) -> bool | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                auto_load_type_1 = cast(list[str], data)

                return auto_load_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        auto_load = _parse_auto_load(d.pop("auto_load", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_repo_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        repo_path = _parse_repo_path(d.pop("repo_path", UNSET))

        marketplace_registration = cls(
            name=name,
            source=source,
            auto_load=auto_load,
            ref=ref,
            repo_path=repo_path,
        )

        marketplace_registration.additional_properties = d
        return marketplace_registration

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
