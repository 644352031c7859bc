# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisionInspectAction")


@_attrs_define
class VisionInspectAction:
    """Action for asking a vision model about an attached image."""

    image_index: int
    """ Zero-based index of the image to inspect from the latest user message. """
    question: str
    """ Question to ask the vision model about the selected image. """
    kind: Literal["VisionInspectAction"] = "VisionInspectAction"
    profile_name: None | str | Unset = UNSET
    """ Optional saved vision-capable LLM profile name. If omitted, the first available vision profile listed in the
    tool description is used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_index = self.image_index

        kind = self.kind

        question = self.question

        profile_name: None | str | Unset
        if isinstance(self.profile_name, Unset):
            profile_name = UNSET
        else:
            profile_name = self.profile_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_index": image_index,
                "kind": kind,
                "question": question,
            }
        )
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_index = d.pop("image_index")

        kind = d.pop("kind")
        if kind != "VisionInspectAction":
            raise ValueError(
                f"kind must match const 'VisionInspectAction', got '{kind}'"
            )

        question = d.pop("question")

        def _parse_profile_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        profile_name = _parse_profile_name(d.pop("profile_name", UNSET))

        vision_inspect_action = cls(
            image_index=image_index,
            kind=kind,
            question=question,
            profile_name=profile_name,
        )

        vision_inspect_action.additional_properties = d
        return vision_inspect_action

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
