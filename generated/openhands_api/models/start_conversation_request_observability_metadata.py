# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StartConversationRequestObservabilityMetadata")


@_attrs_define
class StartConversationRequestObservabilityMetadata:
    """Trace-level metadata to attach to observability backends. Values must be scalars or homogeneous scalar lists
    supported by OpenTelemetry.

    """

    additional_properties: dict[
        str, bool | float | int | list[bool] | list[float] | list[int] | list[str] | str
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_conversation_request_observability_metadata = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                bool
                | float
                | int
                | list[bool]
                | list[float]
                | list[int]
                | list[str]
                | str
            ):
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_trace_metadata_value_type_4 = cast(
                        list[str], data
                    )

                    return componentsschemas_trace_metadata_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_trace_metadata_value_type_5 = cast(
                        list[bool], data
                    )

                    return componentsschemas_trace_metadata_value_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_trace_metadata_value_type_6 = cast(
                        list[int], data
                    )

                    return componentsschemas_trace_metadata_value_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_trace_metadata_value_type_7 = cast(
                        list[float], data
                    )

                    return componentsschemas_trace_metadata_value_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return data  # type: ignore[return-value]

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        start_conversation_request_observability_metadata.additional_properties = (
            additional_properties
        )
        return start_conversation_request_observability_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> bool | float | int | list[bool] | list[float] | list[int] | list[str] | str:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: bool
        | float
        | int
        | list[bool]
        | list[float]
        | list[int]
        | list[str]
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
