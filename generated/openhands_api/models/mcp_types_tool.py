# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.icon import Icon
    from ..models.mcp_types_tool_annotations import McpTypesToolAnnotations
    from ..models.mcp_types_tool_inputschema import McpTypesToolInputschema
    from ..models.mcp_types_tool_meta_type_0 import McpTypesToolMetaType0
    from ..models.mcp_types_tool_output_schema_type_0 import (
        McpTypesToolOutputSchemaType0,
    )
    from ..models.tool_execution import ToolExecution

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        Icon, \
        McpTypesToolAnnotations, \
        McpTypesToolInputschema, \
        McpTypesToolMetaType0, \
        McpTypesToolOutputSchemaType0, \
        ToolExecution
    from ..models.icon import Icon
    from ..models.mcp_types_tool_annotations import McpTypesToolAnnotations
    from ..models.mcp_types_tool_inputschema import McpTypesToolInputschema
    from ..models.mcp_types_tool_meta_type_0 import McpTypesToolMetaType0
    from ..models.mcp_types_tool_output_schema_type_0 import (
        McpTypesToolOutputSchemaType0,
    )
    from ..models.tool_execution import ToolExecution

    _imported = True


T = TypeVar("T", bound="McpTypesTool")


@_attrs_define
class McpTypesTool:
    """Definition for a tool the client can call."""

    input_schema: McpTypesToolInputschema
    name: str
    field_meta: McpTypesToolMetaType0 | None | Unset = UNSET
    annotations: McpTypesToolAnnotations | None | Unset = UNSET
    description: None | str | Unset = UNSET
    execution: None | ToolExecution | Unset = UNSET
    icons: list[Icon] | None | Unset = UNSET
    output_schema: McpTypesToolOutputSchemaType0 | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        input_schema = self.input_schema.to_dict()

        name = self.name

        field_meta: dict[str, Any] | None | Unset
        if isinstance(self.field_meta, Unset):
            field_meta = UNSET
        elif isinstance(self.field_meta, McpTypesToolMetaType0):
            field_meta = self.field_meta.to_dict()
        else:
            field_meta = self.field_meta

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, McpTypesToolAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, ToolExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        icons: list[dict[str, Any]] | None | Unset
        if isinstance(self.icons, Unset):
            icons = UNSET
        elif isinstance(self.icons, list):
            icons = []
            for icons_type_0_item_data in self.icons:
                icons_type_0_item = icons_type_0_item_data.to_dict()
                icons.append(icons_type_0_item)

        else:
            icons = self.icons

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, McpTypesToolOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputSchema": input_schema,
                "name": name,
            }
        )
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description
        if execution is not UNSET:
            field_dict["execution"] = execution
        if icons is not UNSET:
            field_dict["icons"] = icons
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        input_schema = McpTypesToolInputschema.from_dict(d.pop("inputSchema"))

        name = d.pop("name")

        def _parse_field_meta(data: object) -> McpTypesToolMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_meta_type_0 = McpTypesToolMetaType0.from_dict(data)

                return field_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        field_meta = _parse_field_meta(d.pop("_meta", UNSET))

        def _parse_annotations(data: object) -> McpTypesToolAnnotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = McpTypesToolAnnotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        description = _parse_description(d.pop("description", UNSET))

        def _parse_execution(data: object) -> None | ToolExecution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_type_0 = ToolExecution.from_dict(data)

                return execution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        execution = _parse_execution(d.pop("execution", UNSET))

        def _parse_icons(data: object) -> list[Icon] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icons_type_0 = []
                _icons_type_0 = data
                for icons_type_0_item_data in _icons_type_0:
                    icons_type_0_item = Icon.from_dict(icons_type_0_item_data)

                    icons_type_0.append(icons_type_0_item)

                return icons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        icons = _parse_icons(d.pop("icons", UNSET))

        def _parse_output_schema(
            data: object,
        ) -> McpTypesToolOutputSchemaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_schema_type_0 = McpTypesToolOutputSchemaType0.from_dict(data)

                return output_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        output_schema = _parse_output_schema(d.pop("outputSchema", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        title = _parse_title(d.pop("title", UNSET))

        mcp_types_tool = cls(
            input_schema=input_schema,
            name=name,
            field_meta=field_meta,
            annotations=annotations,
            description=description,
            execution=execution,
            icons=icons,
            output_schema=output_schema,
            title=title,
        )

        mcp_types_tool.additional_properties = d
        return mcp_types_tool

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
