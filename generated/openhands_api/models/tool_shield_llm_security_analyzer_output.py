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

if TYPE_CHECKING:
    from ..models.llm_output import LLMOutput

_imported = False


def _import_lazily() -> None:
    global _imported, LLMOutput
    from ..models.llm_output import LLMOutput

    _imported = True


T = TypeVar("T", bound="ToolShieldLLMSecurityAnalyzerOutput")


@_attrs_define
class ToolShieldLLMSecurityAnalyzerOutput:
    """Evaluate each action via a separate guardrail LLM.

    Pairs with the existing ``ConfirmRisky`` policy unchanged: this
    analyzer only *assigns* the risk level; ``ConfirmRisky`` decides
    whether to pause for user confirmation.

    By default the analyzer runs as a bare guardrail (no distilled
    safety experiences). To enable the ToolShield seed, install
    ``pip install openhands-sdk[toolshield]`` and pass the rendered
    experiences via the ``safety_experiences`` field -- typically via
    one of the helpers (``default_safety_experiences()``,
    ``load_safety_experiences(...)``, ``auto_detect_safety_experiences()``).
    Tested against ``toolshield>=0.1.3,<0.2``.

    Note: ``reasoning_content`` and ``thinking_blocks`` from extended-
    thinking models are deliberately excluded from the guardrail
    context. The risk signal lives in the tool call's name and
    arguments; including reasoning text would inflate the prompt
    without proportional safety gain. Subclasses needing reasoning
    visibility should override :func:`_format_action_for_guardrail`.

    Lifecycle: instances maintain a per-conversation deque of recent
    actions (``history_window`` items) for guardrail context. Each
    instance is intended for SINGLE-CONVERSATION use. Reusing one
    analyzer instance across multiple conversations will leak action
    history between them, which is both a privacy issue (conversation
    A's tool arguments visible in conversation B's guardrail prompt)
    and a correctness issue (the guardrail evaluates conversation B's
    actions against irrelevant history). Construct one analyzer per
    conversation, OR call :meth:`reset_history` at conversation
    boundaries.

    The recent-action-context propagation across analyzers (this one,
    :class:`LLMSecurityAnalyzer`, :class:`GraySwanAnalyzer`) is tracked
    for convergence in a separate follow-up; until that lands,
    single-conversation lifecycle is the contract.

    Failure modes are consistent and ensemble-safe -- both an
    infrastructure error (network, rate limit) and a parse failure
    (the guardrail responded but its output had no parseable
    ``RISK:`` label) return ``SecurityRisk.UNKNOWN``. ``ConfirmRisky``
    with ``confirm_unknown=True`` then pauses for user confirmation,
    matching the conservative posture without dominating ``max()`` in
    ensemble fusion.

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
    history_window: int = 20
    """ Number of prior actions to include as context. """
    kind: Literal["ToolShieldLLMSecurityAnalyzer"] = "ToolShieldLLMSecurityAnalyzer"
    safety_experiences: str = ""
    """ Pre-generated safety guidelines injected into the guardrail's system prompt.
    - ``""`` (default): bare guardrail -- no experiences. The analyzer still separates actor from judge; it just
    classifies without distilled tool-specific guidance.
    - Any non-empty string: used as-is. The intended pattern is to call one of the helpers
    (``default_safety_experiences()``, ``load_safety_experiences(tool_names)``,
    ``auto_detect_safety_experiences()``) which require the ``[toolshield]`` optional extra (``pip install
    openhands-sdk[toolshield]``). Callers with their own source of guidelines can pass any custom string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        history_window = self.history_window

        kind = self.kind

        llm = self.llm.to_dict()

        safety_experiences = self.safety_experiences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "history_window": history_window,
                "kind": kind,
                "llm": llm,
                "safety_experiences": safety_experiences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        history_window = d.pop("history_window")

        kind = d.pop("kind")
        if kind != "ToolShieldLLMSecurityAnalyzer":
            raise ValueError(
                f"kind must match const 'ToolShieldLLMSecurityAnalyzer', got '{kind}'"
            )

        llm = LLMOutput.from_dict(d.pop("llm"))

        safety_experiences = d.pop("safety_experiences")

        tool_shield_llm_security_analyzer_output = cls(
            history_window=history_window,
            kind=kind,
            llm=llm,
            safety_experiences=safety_experiences,
        )

        tool_shield_llm_security_analyzer_output.additional_properties = d
        return tool_shield_llm_security_analyzer_output

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
