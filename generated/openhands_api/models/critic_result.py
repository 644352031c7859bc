# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.critic_result_metadata_type_0 import CriticResultMetadataType0

_imported = False


def _import_lazily() -> None:
    global _imported, CriticResultMetadataType0
    from ..models.critic_result_metadata_type_0 import CriticResultMetadataType0

    _imported = True


T = TypeVar("T", bound="CriticResult")


@_attrs_define
class CriticResult:
    """A critic result is a score and a message."""

    message: None | str
    """ An optional message explaining the score. """
    score: float
    """ A predicted probability of success between 0 and 1. """
    metadata: CriticResultMetadataType0 | None | Unset = UNSET
    """ Optional metadata about the critic evaluation. Can include event_ids and categorized_features for
    visualization. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        message: None | str
        message = self.message

        score = self.score

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CriticResultMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "score": score,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return data  # type: ignore[return-value]

        message = _parse_message(d.pop("message"))

        score = d.pop("score")

        def _parse_metadata(data: object) -> CriticResultMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CriticResultMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        critic_result = cls(
            message=message,
            score=score,
            metadata=metadata,
        )

        critic_result.additional_properties = d
        return critic_result

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
