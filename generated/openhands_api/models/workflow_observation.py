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

from ..models.workflow_observation_status import (
    WorkflowObservationStatus,
    check_workflow_observation_status,
)
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


T = TypeVar("T", bound="WorkflowObservation")


@_attrs_define
class WorkflowObservation:
    """Observation from a dynamic workflow run."""

    name: str
    """ The workflow name that was executed. """
    status: WorkflowObservationStatus
    """ The workflow execution status. """
    kind: Literal["WorkflowObservation"] = "WorkflowObservation"
    content: list[ImageContent | TextContent] | Unset = UNSET
    """ Content returned from the tool as a list of TextContent/ImageContent objects. When there is an error, it
    should be written in this field. """
    is_error: bool | Unset = False
    """ Whether the observation indicates an error """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

        name = self.name

        status: str = self.status

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, TextContent):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "status": status,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "WorkflowObservation":
            raise ValueError(
                f"kind must match const 'WorkflowObservation', got '{kind}'"
            )

        name = d.pop("name")

        status = check_workflow_observation_status(d.pop("status"))

        _content = d.pop("content", UNSET)
        content: list[ImageContent | TextContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
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

        is_error = d.pop("is_error", UNSET)

        workflow_observation = cls(
            kind=kind,
            name=name,
            status=status,
            content=content,
            is_error=is_error,
        )

        workflow_observation.additional_properties = d
        return workflow_observation

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
