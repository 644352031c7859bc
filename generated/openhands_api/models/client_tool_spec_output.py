# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_tool_spec_output_parameters import (
        ClientToolSpecOutputParameters,
    )
    from ..models.openhands_sdk_tool_tool_tool_annotations import (
        OpenhandsSdkToolToolToolAnnotations,
    )

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        ClientToolSpecOutputParameters, \
        OpenhandsSdkToolToolToolAnnotations
    from ..models.client_tool_spec_output_parameters import (
        ClientToolSpecOutputParameters,
    )
    from ..models.openhands_sdk_tool_tool_tool_annotations import (
        OpenhandsSdkToolToolToolAnnotations,
    )

    _imported = True


T = TypeVar("T", bound="ClientToolSpecOutput")


@_attrs_define
class ClientToolSpecOutput:
    """A tool defined by the client, executed externally (not by the SDK).

    Clients pass these specs in ``POST /conversations`` to register tools
    whose execution is handled outside the SDK (e.g., by a frontend
    listening for ActionEvents over WebSocket).

    """

    description: str
    """ Description shown to the LLM explaining when and how to use this tool. """
    name: str
    """ Unique tool name the agent will use to call this tool. """
    parameters: ClientToolSpecOutputParameters
    """ JSON Schema describing the tool's input parameters. Must be an object schema. """
    annotations: None | OpenhandsSdkToolToolToolAnnotations | Unset = UNSET
    """ Optional MCP-style annotations for the tool. When omitted, the tool is treated conservatively (not read-
    only), so the agent is asked to predict a security risk before calling it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        description = self.description

        name = self.name

        parameters = self.parameters.to_dict()

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, OpenhandsSdkToolToolToolAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "parameters": parameters,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        parameters = ClientToolSpecOutputParameters.from_dict(d.pop("parameters"))

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

        client_tool_spec_output = cls(
            description=description,
            name=name,
            parameters=parameters,
            annotations=annotations,
        )

        client_tool_spec_output.additional_properties = d
        return client_tool_spec_output

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
