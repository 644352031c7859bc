# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fork_conversation_request_tags_type_0 import (
        ForkConversationRequestTagsType0,
    )

_imported = False


def _import_lazily() -> None:
    global _imported, ForkConversationRequestTagsType0
    from ..models.fork_conversation_request_tags_type_0 import (
        ForkConversationRequestTagsType0,
    )

    _imported = True


T = TypeVar("T", bound="ForkConversationRequest")


@_attrs_define
class ForkConversationRequest:
    """Payload to fork a conversation."""

    from_event_id: None | str | Unset = UNSET
    """ If set, fork only the branch up to and including this event and set the fork's HEAD there. If null
    (default), copy the whole conversation. """
    id: None | Unset | UUID = UNSET
    """ ID for the forked conversation (auto-generated if null) """
    reset_metrics: bool | Unset = True
    """ If true, cost/token stats start fresh on the fork. If false, metrics are copied from the source. """
    tags: ForkConversationRequestTagsType0 | None | Unset = UNSET
    """ Optional tags for the forked conversation. Keys must be lowercase alphanumeric. """
    title: None | str | Unset = UNSET
    """ Optional title for the forked conversation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        from_event_id: None | str | Unset
        if isinstance(self.from_event_id, Unset):
            from_event_id = UNSET
        else:
            from_event_id = self.from_event_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        reset_metrics = self.reset_metrics

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, ForkConversationRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_event_id is not UNSET:
            field_dict["from_event_id"] = from_event_id
        if id is not UNSET:
            field_dict["id"] = id
        if reset_metrics is not UNSET:
            field_dict["reset_metrics"] = reset_metrics
        if tags is not UNSET:
            field_dict["tags"] = tags
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_from_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        from_event_id = _parse_from_event_id(d.pop("from_event_id", UNSET))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_0 = UUID(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        id = _parse_id(d.pop("id", UNSET))

        reset_metrics = d.pop("reset_metrics", UNSET)

        def _parse_tags(
            data: object,
        ) -> ForkConversationRequestTagsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = ForkConversationRequestTagsType0.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        fork_conversation_request = cls(
            from_event_id=from_event_id,
            id=id,
            reset_metrics=reset_metrics,
            tags=tags,
            title=title,
        )

        fork_conversation_request.additional_properties = d
        return fork_conversation_request

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
