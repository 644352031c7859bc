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

from ..models.agent_finished_critic_output_mode import (
    AgentFinishedCriticOutputMode,
    check_agent_finished_critic_output_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iterative_refinement_config import IterativeRefinementConfig

_imported = False


def _import_lazily() -> None:
    global _imported, IterativeRefinementConfig
    from ..models.iterative_refinement_config import IterativeRefinementConfig

    _imported = True


T = TypeVar("T", bound="AgentFinishedCriticOutput")


@_attrs_define
class AgentFinishedCriticOutput:
    """Critic that evaluates whether an agent properly finished a task.

    This critic checks two main criteria:
    1. The agent's last action was a FinishAction (proper completion)
    2. The generated git patch is non-empty (actual changes were made)

    """

    kind: Literal["AgentFinishedCritic"] = "AgentFinishedCritic"
    mode: AgentFinishedCriticOutputMode = "finish_and_message"
    """ When to run critic evaluation:
    - 'finish_and_message': Evaluate on FinishAction and agent MessageEvent (default, minimal performance impact)
    - 'all_actions': Evaluate after every agent action (WARNING: significantly slower due to API calls on each
    action) """
    iterative_refinement: IterativeRefinementConfig | None | Unset = UNSET
    """ Optional configuration for iterative refinement. When set, Conversation.run() will automatically retry the
    task if the critic score is below the success_threshold, up to max_iterations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

        mode: str = self.mode

        iterative_refinement: dict[str, Any] | None | Unset
        if isinstance(self.iterative_refinement, Unset):
            iterative_refinement = UNSET
        elif isinstance(self.iterative_refinement, IterativeRefinementConfig):
            iterative_refinement = self.iterative_refinement.to_dict()
        else:
            iterative_refinement = self.iterative_refinement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "mode": mode,
            }
        )
        if iterative_refinement is not UNSET:
            field_dict["iterative_refinement"] = iterative_refinement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "AgentFinishedCritic":
            raise ValueError(
                f"kind must match const 'AgentFinishedCritic', got '{kind}'"
            )

        mode = check_agent_finished_critic_output_mode(d.pop("mode"))

        def _parse_iterative_refinement(
            data: object,
        ) -> IterativeRefinementConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                iterative_refinement_type_0 = IterativeRefinementConfig.from_dict(data)

                return iterative_refinement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        iterative_refinement = _parse_iterative_refinement(
            d.pop("iterative_refinement", UNSET)
        )

        agent_finished_critic_output = cls(
            kind=kind,
            mode=mode,
            iterative_refinement=iterative_refinement,
        )

        agent_finished_critic_output.additional_properties = d
        return agent_finished_critic_output

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
