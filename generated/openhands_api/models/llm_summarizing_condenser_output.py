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
    from ..models.llm_output import LLMOutput

_imported = False


def _import_lazily() -> None:
    global _imported, LLMOutput
    from ..models.llm_output import LLMOutput

    _imported = True


T = TypeVar("T", bound="LLMSummarizingCondenserOutput")


@_attrs_define
class LLMSummarizingCondenserOutput:
    """LLM-based condenser that summarizes forgotten events.

    Uses an independent LLM (stored in the `llm` attribute) for generating summaries
    of forgotten events. The optional `agent_llm` parameter passed to condense() is
    the LLM used by the agent for token counting purposes, and you should not assume
    it is the same as the one defined in this condenser.

    """

    llm: LLMOutput
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
    hard_context_reset_context_scaling: float = 0.8
    hard_context_reset_max_retries: int = 5
    keep_first: int = 2
    kind: Literal["LLMSummarizingCondenser"] = "LLMSummarizingCondenser"
    max_size: int = 240
    minimum_progress: float = 0.1
    max_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        hard_context_reset_context_scaling = self.hard_context_reset_context_scaling

        hard_context_reset_max_retries = self.hard_context_reset_max_retries

        keep_first = self.keep_first

        kind = self.kind

        llm = self.llm.to_dict()

        max_size = self.max_size

        minimum_progress = self.minimum_progress

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hard_context_reset_context_scaling": hard_context_reset_context_scaling,
                "hard_context_reset_max_retries": hard_context_reset_max_retries,
                "keep_first": keep_first,
                "kind": kind,
                "llm": llm,
                "max_size": max_size,
                "minimum_progress": minimum_progress,
            }
        )
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        hard_context_reset_context_scaling = d.pop("hard_context_reset_context_scaling")

        hard_context_reset_max_retries = d.pop("hard_context_reset_max_retries")

        keep_first = d.pop("keep_first")

        kind = d.pop("kind")
        if kind != "LLMSummarizingCondenser":
            raise ValueError(
                f"kind must match const 'LLMSummarizingCondenser', got '{kind}'"
            )

        llm = LLMOutput.from_dict(d.pop("llm"))

        max_size = d.pop("max_size")

        minimum_progress = d.pop("minimum_progress")

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        llm_summarizing_condenser_output = cls(
            hard_context_reset_context_scaling=hard_context_reset_context_scaling,
            hard_context_reset_max_retries=hard_context_reset_max_retries,
            keep_first=keep_first,
            kind=kind,
            llm=llm,
            max_size=max_size,
            minimum_progress=minimum_progress,
            max_tokens=max_tokens,
        )

        llm_summarizing_condenser_output.additional_properties = d
        return llm_summarizing_condenser_output

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
