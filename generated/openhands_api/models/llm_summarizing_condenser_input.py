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
    from ..models.llm_input import LLMInput

_imported = False


def _import_lazily() -> None:
    global _imported, LLMInput
    from ..models.llm_input import LLMInput

    _imported = True


T = TypeVar("T", bound="LLMSummarizingCondenserInput")


@_attrs_define
class LLMSummarizingCondenserInput:
    """LLM-based condenser that summarizes forgotten events.

    Uses an independent LLM (stored in the `llm` attribute) for generating summaries
    of forgotten events. The optional `agent_llm` parameter passed to condense() is
    the LLM used by the agent for token counting purposes, and you should not assume
    it is the same as the one defined in this condenser.

    """

    llm: LLMInput
    """ Language model interface for OpenHands agents.

    The LLM class provides a unified interface for interacting with various
    language models through the litellm library. It handles model configuration,
    API authentication, retry logic, and tool calling capabilities.

    Attributes:
        model: Model name (e.g., "gpt-5.6").
        api_key: API key for authentication.
        base_url: Custom API base URL.
        num_retries: Number of retry attempts for failed requests.
        timeout: Request timeout in seconds.

    Example:
        ```python
        from openhands.sdk import LLM
        from pydantic import SecretStr

        llm = LLM(
            model="gpt-5.6",
            api_key=SecretStr("your-api-key"),
            usage_id="my-agent"
        )
        # Use with agent or conversation
        ``` """
    kind: Literal["LLMSummarizingCondenser"] = "LLMSummarizingCondenser"
    hard_context_reset_context_scaling: float | Unset = 0.8
    hard_context_reset_max_retries: int | Unset = 5
    keep_first: int | Unset = 2
    max_size: int | Unset = 240
    max_tokens: int | None | Unset = UNSET
    minimum_progress: float | Unset = 0.1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        kind = self.kind

        llm = self.llm.to_dict()

        hard_context_reset_context_scaling = self.hard_context_reset_context_scaling

        hard_context_reset_max_retries = self.hard_context_reset_max_retries

        keep_first = self.keep_first

        max_size = self.max_size

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        minimum_progress = self.minimum_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "llm": llm,
            }
        )
        if hard_context_reset_context_scaling is not UNSET:
            field_dict["hard_context_reset_context_scaling"] = (
                hard_context_reset_context_scaling
            )
        if hard_context_reset_max_retries is not UNSET:
            field_dict["hard_context_reset_max_retries"] = (
                hard_context_reset_max_retries
            )
        if keep_first is not UNSET:
            field_dict["keep_first"] = keep_first
        if max_size is not UNSET:
            field_dict["max_size"] = max_size
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if minimum_progress is not UNSET:
            field_dict["minimum_progress"] = minimum_progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        kind = d.pop("kind")
        if kind != "LLMSummarizingCondenser":
            raise ValueError(
                f"kind must match const 'LLMSummarizingCondenser', got '{kind}'"
            )

        llm = LLMInput.from_dict(d.pop("llm"))

        hard_context_reset_context_scaling = d.pop(
            "hard_context_reset_context_scaling", UNSET
        )

        hard_context_reset_max_retries = d.pop("hard_context_reset_max_retries", UNSET)

        keep_first = d.pop("keep_first", UNSET)

        max_size = d.pop("max_size", UNSET)

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        minimum_progress = d.pop("minimum_progress", UNSET)

        llm_summarizing_condenser_input = cls(
            kind=kind,
            llm=llm,
            hard_context_reset_context_scaling=hard_context_reset_context_scaling,
            hard_context_reset_max_retries=hard_context_reset_max_retries,
            keep_first=keep_first,
            max_size=max_size,
            max_tokens=max_tokens,
            minimum_progress=minimum_progress,
        )

        llm_summarizing_condenser_input.additional_properties = d
        return llm_summarizing_condenser_input

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
