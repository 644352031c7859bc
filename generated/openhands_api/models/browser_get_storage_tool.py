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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_get_storage_tool_meta_type_0 import (
        BrowserGetStorageToolMetaType0,
    )
    from ..models.openhands_sdk_tool_tool_tool_annotations import (
        OpenhandsSdkToolToolToolAnnotations,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        BrowserGetStorageToolMetaType0, \
        OpenhandsSdkToolToolToolAnnotations
    from ..models.browser_get_storage_tool_meta_type_0 import (
        BrowserGetStorageToolMetaType0,
    )
    from ..models.openhands_sdk_tool_tool_tool_annotations import (
        OpenhandsSdkToolToolToolAnnotations,
    )

    _imported = True


T = TypeVar("T", bound="BrowserGetStorageTool")


@_attrs_define
class BrowserGetStorageTool:
    """Tool for getting browser storage."""

    action_type: str
    description: str
    title: str
    kind: Literal["BrowserGetStorageTool"] = "BrowserGetStorageTool"
    annotations: None | OpenhandsSdkToolToolToolAnnotations | Unset = UNSET
    meta: BrowserGetStorageToolMetaType0 | None | Unset = UNSET
    observation_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        action_type = self.action_type

        description = self.description

        kind = self.kind

        title = self.title

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, OpenhandsSdkToolToolToolAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, BrowserGetStorageToolMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        observation_type: None | str | Unset
        if isinstance(self.observation_type, Unset):
            observation_type = UNSET
        else:
            observation_type = self.observation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
                "description": description,
                "kind": kind,
                "title": title,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if meta is not UNSET:
            field_dict["meta"] = meta
        if observation_type is not UNSET:
            field_dict["observation_type"] = observation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        action_type = d.pop("action_type")

        description = d.pop("description")

        kind = d.pop("kind")
        if kind != "BrowserGetStorageTool":
            raise ValueError(
                f"kind must match const 'BrowserGetStorageTool', got '{kind}'"
            )

        title = d.pop("title")

        def _parse_annotations(
            data: object,
        ) -> None | OpenhandsSdkToolToolToolAnnotations | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = OpenhandsSdkToolToolToolAnnotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_meta(data: object) -> BrowserGetStorageToolMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = BrowserGetStorageToolMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_observation_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        observation_type = _parse_observation_type(d.pop("observation_type", UNSET))

        browser_get_storage_tool = cls(
            action_type=action_type,
            description=description,
            kind=kind,
            title=title,
            annotations=annotations,
            meta=meta,
            observation_type=observation_type,
        )

        browser_get_storage_tool.additional_properties = d
        return browser_get_storage_tool

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
