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

from ..models.api_based_critic_input_mode import (
    APIBasedCriticInputMode,
    check_api_based_critic_input_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_based_critic_input_sentiment_map import (
        APIBasedCriticInputSentimentMap,
    )
    from ..models.iterative_refinement_config import IterativeRefinementConfig

_imported = False


def _import_lazily() -> None:
    global _imported, APIBasedCriticInputSentimentMap, IterativeRefinementConfig
    from ..models.api_based_critic_input_sentiment_map import (
        APIBasedCriticInputSentimentMap,
    )
    from ..models.iterative_refinement_config import IterativeRefinementConfig

    _imported = True


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="APIBasedCriticInput")


@_attrs_define
class APIBasedCriticInput:
    api_key: str = _attrs_field(repr=_secret_repr)
    """ API key for authenticating with the vLLM service """
    kind: Literal["APIBasedCritic"] = "APIBasedCritic"
    agent_issue_labels: list[str] | Unset = UNSET
    has_success_label: bool | Unset = True
    """ Whether the model predicts success label at index 0 """
    infra_labels: list[str] | Unset = UNSET
    issue_threshold: float | Unset = 0.75
    """ APIBasedCritic-specific probability threshold for agent issue labels that should trigger iterative
    refinement. """
    iterative_refinement: IterativeRefinementConfig | None | Unset = UNSET
    """ Optional configuration for iterative refinement. When set, Conversation.run() will automatically retry the
    task if the critic score is below the success_threshold, up to max_iterations. """
    mode: APIBasedCriticInputMode | Unset = "finish_and_message"
    """ When to run critic evaluation:
    - 'finish_and_message': Evaluate on FinishAction and agent MessageEvent (default, minimal performance impact)
    - 'all_actions': Evaluate after every agent action (WARNING: significantly slower due to API calls on each
    action) """
    model_name: str | Unset = "critic"
    """ Name of the model to use """
    pass_tools_definitions: bool | Unset = True
    """ Whether to pass tool definitions to the model """
    sentiment_labels: list[str] | Unset = UNSET
    sentiment_map: APIBasedCriticInputSentimentMap | Unset = UNSET
    server_url: str | Unset = "https://llm-proxy.app.all-hands.dev/vllm"
    """ Base URL of the vLLM classification service """
    timeout_seconds: float | Unset = 300.0
    """ Timeout for requests to the model """
    tokenizer_name: str | Unset = "Qwen/Qwen3-4B-Instruct-2507"
    """ HuggingFace tokenizer name for loading chat template """
    user_followup_labels: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        api_key: str
        api_key = self.api_key

        kind = self.kind

        agent_issue_labels: list[str] | Unset = UNSET
        if not isinstance(self.agent_issue_labels, Unset):
            agent_issue_labels = self.agent_issue_labels

        has_success_label = self.has_success_label

        infra_labels: list[str] | Unset = UNSET
        if not isinstance(self.infra_labels, Unset):
            infra_labels = self.infra_labels

        issue_threshold = self.issue_threshold

        iterative_refinement: dict[str, Any] | None | Unset
        if isinstance(self.iterative_refinement, Unset):
            iterative_refinement = UNSET
        elif isinstance(self.iterative_refinement, IterativeRefinementConfig):
            iterative_refinement = self.iterative_refinement.to_dict()
        else:
            iterative_refinement = self.iterative_refinement

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        model_name = self.model_name

        pass_tools_definitions = self.pass_tools_definitions

        sentiment_labels: list[str] | Unset = UNSET
        if not isinstance(self.sentiment_labels, Unset):
            sentiment_labels = self.sentiment_labels

        sentiment_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sentiment_map, Unset):
            sentiment_map = self.sentiment_map.to_dict()

        server_url = self.server_url

        timeout_seconds = self.timeout_seconds

        tokenizer_name = self.tokenizer_name

        user_followup_labels: list[str] | Unset = UNSET
        if not isinstance(self.user_followup_labels, Unset):
            user_followup_labels = self.user_followup_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "kind": kind,
            }
        )
        if agent_issue_labels is not UNSET:
            field_dict["agent_issue_labels"] = agent_issue_labels
        if has_success_label is not UNSET:
            field_dict["has_success_label"] = has_success_label
        if infra_labels is not UNSET:
            field_dict["infra_labels"] = infra_labels
        if issue_threshold is not UNSET:
            field_dict["issue_threshold"] = issue_threshold
        if iterative_refinement is not UNSET:
            field_dict["iterative_refinement"] = iterative_refinement
        if mode is not UNSET:
            field_dict["mode"] = mode
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if pass_tools_definitions is not UNSET:
            field_dict["pass_tools_definitions"] = pass_tools_definitions
        if sentiment_labels is not UNSET:
            field_dict["sentiment_labels"] = sentiment_labels
        if sentiment_map is not UNSET:
            field_dict["sentiment_map"] = sentiment_map
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if tokenizer_name is not UNSET:
            field_dict["tokenizer_name"] = tokenizer_name
        if user_followup_labels is not UNSET:
            field_dict["user_followup_labels"] = user_followup_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_api_key(data: object) -> str:
            return data  # type: ignore[return-value]

        api_key = _parse_api_key(d.pop("api_key"))

        kind = d.pop("kind")
        if kind != "APIBasedCritic":
            raise ValueError(f"kind must match const 'APIBasedCritic', got '{kind}'")

        agent_issue_labels = cast(list[str], d.pop("agent_issue_labels", UNSET))

        has_success_label = d.pop("has_success_label", UNSET)

        infra_labels = cast(list[str], d.pop("infra_labels", UNSET))

        issue_threshold = d.pop("issue_threshold", UNSET)

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

        _mode = d.pop("mode", UNSET)
        mode: APIBasedCriticInputMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_api_based_critic_input_mode(_mode)

        model_name = d.pop("model_name", UNSET)

        pass_tools_definitions = d.pop("pass_tools_definitions", UNSET)

        sentiment_labels = cast(list[str], d.pop("sentiment_labels", UNSET))

        _sentiment_map = d.pop("sentiment_map", UNSET)
        sentiment_map: APIBasedCriticInputSentimentMap | Unset
        if isinstance(_sentiment_map, Unset):
            sentiment_map = UNSET
        else:
            sentiment_map = APIBasedCriticInputSentimentMap.from_dict(_sentiment_map)

        server_url = d.pop("server_url", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        tokenizer_name = d.pop("tokenizer_name", UNSET)

        user_followup_labels = cast(list[str], d.pop("user_followup_labels", UNSET))

        api_based_critic_input = cls(
            api_key=api_key,
            kind=kind,
            agent_issue_labels=agent_issue_labels,
            has_success_label=has_success_label,
            infra_labels=infra_labels,
            issue_threshold=issue_threshold,
            iterative_refinement=iterative_refinement,
            mode=mode,
            model_name=model_name,
            pass_tools_definitions=pass_tools_definitions,
            sentiment_labels=sentiment_labels,
            sentiment_map=sentiment_map,
            server_url=server_url,
            timeout_seconds=timeout_seconds,
            tokenizer_name=tokenizer_name,
            user_followup_labels=user_followup_labels,
        )

        api_based_critic_input.additional_properties = d
        return api_based_critic_input

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
