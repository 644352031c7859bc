# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginSource")


@_attrs_define
class PluginSource:
    """Specification for a plugin to load.

    This model describes where to find a plugin and is used by load_plugins()
    to fetch and load plugins from various sources.

    Examples:
        >>> # GitHub repository
        >>> PluginSource(source="github:owner/repo", ref="v1.0.0")

        >>> # Plugin from monorepo subdirectory
        >>> PluginSource(
        ...     source="github:owner/monorepo",
        ...     repo_path="plugins/my-plugin"
        ... )

        >>> # Local path
        >>> PluginSource(source="/path/to/plugin")

    """

    source: str
    """ Plugin source: 'github:owner/repo', any git URL, or local path """
    ref: None | str | Unset = UNSET
    """ Optional branch, tag, or commit (only for git sources) """
    repo_path: None | str | Unset = UNSET
    """ Subdirectory path within the git repository (e.g., 'plugins/my-plugin' for monorepos). Only relevant for git
    sources, not local paths. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

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
                "source": source,
            }
        )
        if ref is not UNSET:
            field_dict["ref"] = ref
        if repo_path is not UNSET:
            field_dict["repo_path"] = repo_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

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

        plugin_source = cls(
            source=source,
            ref=ref,
            repo_path=repo_path,
        )

        plugin_source.additional_properties = d
        return plugin_source

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
