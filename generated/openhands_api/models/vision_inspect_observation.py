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
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

_imported = False


def _import_lazily() -> None:
    global _imported, ImageContent, TextContent
    from ..models.image_content import ImageContent
    from ..models.text_content import TextContent

    _imported = True


T = TypeVar("T", bound="VisionInspectObservation")


@_attrs_define
class VisionInspectObservation:
    """Observation returned after a vision model inspects an image."""

    content: list[ImageContent | TextContent]
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    image_index: int
    """ Image index that was inspected. """
    question: str
    """ Question asked of the vision model. """
    is_error: bool = False
    """ Whether the observation indicates an error """
    kind: Literal["VisionInspectObservation"] = "VisionInspectObservation"
    answer: None | str | Unset = UNSET
    """ Text answer returned by the vision model. """
    base_url: None | str | Unset = UNSET
    """ Vision-capable LLM endpoint used for inspection. """
    model: None | str | Unset = UNSET
    """ Vision-capable model used for inspection. """
    profile_name: None | str | Unset = UNSET
    """ Vision-capable profile used for inspection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        image_index = self.image_index

        is_error = self.is_error

        kind = self.kind

        question = self.question

        answer: None | str | Unset
        if isinstance(self.answer, Unset):
            answer = UNSET
        else:
            answer = self.answer

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        profile_name: None | str | Unset
        if isinstance(self.profile_name, Unset):
            profile_name = UNSET
        else:
            profile_name = self.profile_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "image_index": image_index,
                "is_error": is_error,
                "kind": kind,
                "question": question,
            }
        )
        if answer is not UNSET:
            field_dict["answer"] = answer
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if model is not UNSET:
            field_dict["model"] = model
        if profile_name is not UNSET:
            field_dict["profile_name"] = profile_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> ImageContent | TextContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = TextContent.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = ImageContent.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        image_index = d.pop("image_index")

        is_error = d.pop("is_error")

        kind = d.pop("kind")
        if kind != "VisionInspectObservation":
            raise ValueError(
                f"kind must match const 'VisionInspectObservation', got '{kind}'"
            )

        question = d.pop("question")

        def _parse_answer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        answer = _parse_answer(d.pop("answer", UNSET))

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        model = _parse_model(d.pop("model", UNSET))

        def _parse_profile_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        profile_name = _parse_profile_name(d.pop("profile_name", UNSET))

        vision_inspect_observation = cls(
            content=content,
            image_index=image_index,
            is_error=is_error,
            kind=kind,
            question=question,
            answer=answer,
            base_url=base_url,
            model=model,
            profile_name=profile_name,
        )

        vision_inspect_observation.additional_properties = d
        return vision_inspect_observation

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
