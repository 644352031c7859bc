# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_based_critic_output_mode import (
    APIBasedCriticOutputMode,
    check_api_based_critic_output_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_based_critic_output_sentiment_map import (
        APIBasedCriticOutputSentimentMap,
    )
    from ..models.iterative_refinement_config import IterativeRefinementConfig

_imported = False


def _import_lazily() -> None:
    global _imported, APIBasedCriticOutputSentimentMap, IterativeRefinementConfig
    from ..models.api_based_critic_output_sentiment_map import (
        APIBasedCriticOutputSentimentMap,
    )
    from ..models.iterative_refinement_config import IterativeRefinementConfig

    _imported = True


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="APIBasedCriticOutput")


@_attrs_define
class APIBasedCriticOutput:
    agent_issue_labels: list[str]
    api_key: str = _attrs_field(repr=_secret_repr)
    """ API key for authenticating with the vLLM service """
    infra_labels: list[str]
    sentiment_labels: list[str]
    sentiment_map: APIBasedCriticOutputSentimentMap
    user_followup_labels: list[str]
    has_success_label: bool = True
    """ Whether the model predicts success label at index 0 """
    issue_threshold: float = 0.75
    """ APIBasedCritic-specific probability threshold for agent issue labels that should trigger iterative
    refinement. """
    kind: Literal["APIBasedCritic"] = "APIBasedCritic"
    mode: APIBasedCriticOutputMode = "finish_and_message"
    """ When to run critic evaluation:
    - 'finish_and_message': Evaluate on FinishAction and agent MessageEvent (default, minimal performance impact)
    - 'all_actions': Evaluate after every agent action (WARNING: significantly slower due to API calls on each
    action) """
    model_name: str = "critic"
    """ Name of the model to use """
    pass_tools_definitions: bool = True
    """ Whether to pass tool definitions to the model """
    server_url: str = "https://llm-proxy.app.all-hands.dev/vllm"
    """ Base URL of the vLLM classification service """
    timeout_seconds: float = 300.0
    """ Timeout for requests to the model """
    tokenizer_name: str = "Qwen/Qwen3-4B-Instruct-2507"
    """ HuggingFace tokenizer name for loading chat template """
    iterative_refinement: IterativeRefinementConfig | None | Unset = UNSET
    """ Optional configuration for iterative refinement. When set, Conversation.run() will automatically retry the
    task if the critic score is below the success_threshold, up to max_iterations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        agent_issue_labels = self.agent_issue_labels

        api_key: str
        api_key = self.api_key

        has_success_label = self.has_success_label

        infra_labels = self.infra_labels

        issue_threshold = self.issue_threshold

        kind = self.kind

        mode: str = self.mode

        model_name = self.model_name

        pass_tools_definitions = self.pass_tools_definitions

        sentiment_labels = self.sentiment_labels

        sentiment_map = self.sentiment_map.to_dict()

        server_url = self.server_url

        timeout_seconds = self.timeout_seconds

        tokenizer_name = self.tokenizer_name

        user_followup_labels = self.user_followup_labels

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
                "agent_issue_labels": agent_issue_labels,
                "api_key": api_key,
                "has_success_label": has_success_label,
                "infra_labels": infra_labels,
                "issue_threshold": issue_threshold,
                "kind": kind,
                "mode": mode,
                "model_name": model_name,
                "pass_tools_definitions": pass_tools_definitions,
                "sentiment_labels": sentiment_labels,
                "sentiment_map": sentiment_map,
                "server_url": server_url,
                "timeout_seconds": timeout_seconds,
                "tokenizer_name": tokenizer_name,
                "user_followup_labels": user_followup_labels,
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
        agent_issue_labels = cast(list[str], d.pop("agent_issue_labels"))

        def _parse_api_key(data: object) -> str:
            return data  # type: ignore[return-value]

        api_key = _parse_api_key(d.pop("api_key"))

        has_success_label = d.pop("has_success_label")

        infra_labels = cast(list[str], d.pop("infra_labels"))

        issue_threshold = d.pop("issue_threshold")

        kind = d.pop("kind")
        if kind != "APIBasedCritic":
            raise ValueError(f"kind must match const 'APIBasedCritic', got '{kind}'")

        mode = check_api_based_critic_output_mode(d.pop("mode"))

        model_name = d.pop("model_name")

        pass_tools_definitions = d.pop("pass_tools_definitions")

        sentiment_labels = cast(list[str], d.pop("sentiment_labels"))

        sentiment_map = APIBasedCriticOutputSentimentMap.from_dict(
            d.pop("sentiment_map")
        )

        server_url = d.pop("server_url")

        timeout_seconds = d.pop("timeout_seconds")

        tokenizer_name = d.pop("tokenizer_name")

        user_followup_labels = cast(list[str], d.pop("user_followup_labels"))

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

        api_based_critic_output = cls(
            agent_issue_labels=agent_issue_labels,
            api_key=api_key,
            has_success_label=has_success_label,
            infra_labels=infra_labels,
            issue_threshold=issue_threshold,
            kind=kind,
            mode=mode,
            model_name=model_name,
            pass_tools_definitions=pass_tools_definitions,
            sentiment_labels=sentiment_labels,
            sentiment_map=sentiment_map,
            server_url=server_url,
            timeout_seconds=timeout_seconds,
            tokenizer_name=tokenizer_name,
            user_followup_labels=user_followup_labels,
            iterative_refinement=iterative_refinement,
        )

        api_based_critic_output.additional_properties = d
        return api_based_critic_output

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
