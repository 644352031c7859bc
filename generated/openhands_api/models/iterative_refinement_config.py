# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IterativeRefinementConfig")


@_attrs_define
class IterativeRefinementConfig:
    """Configuration for iterative refinement based on critic feedback.

    When attached to a CriticBase, the Conversation.run() method will
    automatically retry the task if the critic score is below the threshold.

    Example:
        critic = APIBasedCritic(
            server_url="...",
            api_key="...",
            model_name="critic",
            iterative_refinement=IterativeRefinementConfig(
                success_threshold=0.7,
                max_iterations=3,
            ),
        )
        agent = Agent(llm=llm, tools=tools, critic=critic)
        conversation = Conversation(agent=agent, workspace=workspace)
        conversation.send_message("Create a calculator module...")
        conversation.run()  # Will automatically retry if critic score < 0.7

    """

    max_iterations: int | Unset = 3
    """ Maximum number of iterations before giving up. """
    success_threshold: float | Unset = 0.6
    """ Score threshold (0-1) to consider task successful. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_iterations = self.max_iterations

        success_threshold = self.success_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_iterations is not UNSET:
            field_dict["max_iterations"] = max_iterations
        if success_threshold is not UNSET:
            field_dict["success_threshold"] = success_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_iterations = d.pop("max_iterations", UNSET)

        success_threshold = d.pop("success_threshold", UNSET)

        iterative_refinement_config = cls(
            max_iterations=max_iterations,
            success_threshold=success_threshold,
        )

        iterative_refinement_config.additional_properties = d
        return iterative_refinement_config

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
