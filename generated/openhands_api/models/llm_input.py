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

from ..models.llm_input_api_mode import LLMInputApiMode, check_llm_input_api_mode
from ..models.llm_input_auth_type import LLMInputAuthType, check_llm_input_auth_type
from ..models.llm_input_reasoning_effort_type_0 import (
    LLMInputReasoningEffortType0,
    check_llm_input_reasoning_effort_type_0,
)
from ..models.llm_input_reasoning_summary_type_0 import (
    LLMInputReasoningSummaryType0,
    check_llm_input_reasoning_summary_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fallback_strategy import FallbackStrategy
    from ..models.llm_input_capability_overrides import LLMInputCapabilityOverrides
    from ..models.llm_input_extra_headers_type_0 import LLMInputExtraHeadersType0
    from ..models.llm_input_litellm_extra_body import LLMInputLitellmExtraBody

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        FallbackStrategy, \
        LLMInputCapabilityOverrides, \
        LLMInputExtraHeadersType0, \
        LLMInputLitellmExtraBody
    from ..models.fallback_strategy import FallbackStrategy
    from ..models.llm_input_capability_overrides import LLMInputCapabilityOverrides
    from ..models.llm_input_extra_headers_type_0 import LLMInputExtraHeadersType0
    from ..models.llm_input_litellm_extra_body import LLMInputLitellmExtraBody

    _imported = True


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="LLMInput")


@_attrs_define
class LLMInput:
    """Language model interface for OpenHands agents.

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
        ```

    """

    api_key: None | str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    """ API key. """
    api_mode: LLMInputApiMode | Unset = "auto"
    """ LLM API endpoint mode. 'auto' resolves from model metadata and SDK fallbacks; use 'chat' or 'responses' to
    override endpoint selection for proxy aliases and newly released models. """
    api_version: None | str | Unset = UNSET
    """ API version (e.g., Azure). """
    auth_type: LLMInputAuthType | Unset = "api_key"
    """ Authentication mode for the LLM. """
    aws_access_key_id: None | str | Unset = _attrs_field(
        default=UNSET, repr=_secret_repr
    )
    aws_bedrock_runtime_endpoint: None | str | Unset = UNSET
    aws_profile_name: None | str | Unset = UNSET
    aws_region_name: None | str | Unset = UNSET
    aws_role_name: None | str | Unset = UNSET
    aws_secret_access_key: None | str | Unset = _attrs_field(
        default=UNSET, repr=_secret_repr
    )
    aws_session_name: None | str | Unset = UNSET
    aws_session_token: None | str | Unset = _attrs_field(
        default=UNSET, repr=_secret_repr
    )
    base_url: None | str | Unset = UNSET
    """ Custom base URL. """
    caching_prompt: bool | Unset = True
    """ Enable caching of prompts. """
    capability_overrides: LLMInputCapabilityOverrides | Unset = UNSET
    """ Explicit model capability overrides. Supported keys include supports_reasoning_effort, thinking_mode
    (adaptive, manual, none, or unknown), supports_sampling_params, supports_prompt_cache, supports_stop_words,
    supports_responses_api, supports_vision, and supports_prompt_cache_retention. Overrides take precedence over
    LiteLLM metadata and SDK fallbacks. """
    custom_tokenizer: None | str | Unset = UNSET
    """ A custom tokenizer to use for token counting. """
    disable_stop_word: bool | None | Unset = False
    """ Disable using of stop word. """
    disable_vision: bool | None | Unset = UNSET
    """ If model is vision capable, this option allows to disable image processing (useful for cost reduction). """
    drop_params: bool | Unset = True
    enable_encrypted_reasoning: bool | Unset = True
    """ If True, ask for ['reasoning.encrypted_content'] in Responses API include. """
    extended_thinking_budget: int | None | Unset = 200000
    """ Legacy token budget for models confirmed to use manual Anthropic extended thinking. Ignored for adaptive-
    thinking models. Prefer reasoning_effort for new integrations. """
    extra_headers: LLMInputExtraHeadersType0 | None | Unset = UNSET
    """ Optional HTTP headers to forward to LiteLLM requests. """
    fallback_strategy: FallbackStrategy | None | Unset = UNSET
    """ Optional fallback strategy for trying alternate LLMs on transient failure. Construct with
    FallbackStrategy(fallback_llms=[...]).Excluded from serialization; must be reconfigured after load. """
    force_string_serializer: bool | None | Unset = UNSET
    """ Force using string content serializer when sending to LLM API. If None (default), auto-detect based on
    model. Useful for providers that do not support list content, like HuggingFace and Groq. """
    inline_image_urls: bool | None | Unset = UNSET
    """ If True, fetch any http(s) image URL in outgoing messages and inline it as a base64 ``data:`` URL before
    sending. If None (default), auto-detect based on model (some APIs such as Moonshot's public Kimi endpoint reject
    URL-formatted images and require base64). Set this explicitly when the model is reached through a proxy alias
    that hides the underlying provider (e.g. ``litellm_proxy/<custom-alias>``). Note: inlining only runs when
    ``vision_is_active()`` is True, so the alias must still be recognised as vision-capable by the SDK feature
    registry or proxy model metadata. """
    input_cost_per_token: float | None | Unset = UNSET
    """ The cost per input token. This will available in logs for user. """
    litellm_extra_body: LLMInputLitellmExtraBody | Unset = UNSET
    """ Additional key-value pairs to pass to litellm's extra_body parameter. This is useful for custom inference
    endpoints that need additional parameters for configuration, routing, or advanced features. NOTE: Not all LLM
    providers support extra_body parameters. Some providers (e.g., OpenAI) may reject requests with unrecognized
    options. This is commonly supported by: - LiteLLM proxy servers (routing metadata, tracing) - vLLM endpoints
    (return_token_ids, etc.) - Custom inference clusters Examples: - Proxy routing: {'trace_version': '1.0.0',
    'tags': ['agent:my-agent']} - vLLM features: {'return_token_ids': True} """
    log_completions: bool | Unset = False
    """ Enable logging of completions. """
    log_completions_folder: str | Unset = "logs/completions"
    """ The folder to log LLM completions to. Required if log_completions is True. """
    max_input_tokens: int | None | Unset = UNSET
    """ The maximum number of input tokens. Note that this is currently unused, and the value at runtime is actually
    the total tokens in OpenAI (e.g. 128,000 tokens for GPT-4). """
    max_message_chars: int | Unset = 30000
    """ Approx max chars in each event/content sent to the LLM. """
    max_output_tokens: int | None | Unset = UNSET
    """ The maximum number of output tokens. This is sent to the LLM. """
    model: str | Unset = "gpt-5.6"
    """ Model name. """
    model_canonical_name: None | str | Unset = UNSET
    """ Optional canonical model name for feature registry lookups. The OpenHands SDK maintains a model feature
    registry that maps model names to capabilities (e.g., vision support, prompt caching, responses API support).
    When using proxied or aliased model identifiers, set this field to the canonical model name (e.g.,
    'openai/gpt-4o') to ensure correct capability detection. If not provided, the 'model' field will be used for
    capability lookups. """
    native_tool_calling: bool | Unset = True
    """ Whether to use native tool calling. """
    num_retries: int | Unset = 5
    ollama_base_url: None | str | Unset = UNSET
    openrouter_app_name: str | Unset = "OpenHands"
    openrouter_site_url: str | Unset = "https://docs.all-hands.dev/"
    output_cost_per_token: float | None | Unset = UNSET
    """ The cost per output token. This will available in logs for user. """
    prompt_cache_retention: None | str | Unset = "24h"
    """ Retention policy for prompt cache. Only sent for supported models (GPT-5+ and GPT-4.1, excluding Azure
    deployments); explicitly stripped for all others. """
    provider_connection_id: None | str | Unset = UNSET
    """ Optional provider connection whose shared API key and base URL are resolved and applied each time this LLM
    profile is loaded (read-at-use). When set, the profile stores no inline api_key or base_url of its own. """
    reasoning_effort: LLMInputReasoningEffortType0 | None | Unset = "high"
    """ Provider-neutral reasoning effort. Common values include 'none', 'minimal', 'low', 'medium', 'high',
    'xhigh', and 'max'. The SDK accepts future provider values and lets LiteLLM translate them. """
    reasoning_summary: LLMInputReasoningSummaryType0 | None | Unset = UNSET
    """ The level of detail for reasoning summaries. This is a string that can be one of 'auto', 'concise', or
    'detailed'. Requires verified OpenAI organization. Only sent when explicitly set. """
    retry_max_wait: int | Unset = 64
    retry_min_wait: int | Unset = 8
    retry_multiplier: float | Unset = 8.0
    seed: int | None | Unset = UNSET
    """ The seed to use for random number generation. """
    stream: bool | Unset = False
    """ Enable streaming responses from the LLM. When enabled, the provided `on_token` callback in .completions and
    .responses will be invoked for each chunk of tokens. """
    stream_idle_timeout: float | None | Unset = 300.0
    """ Maximum seconds between chunks in an asynchronous streaming response. Default is 300s (5 minutes); set to
    None to disable. """
    subscription_vendor: Literal["openai"] | None | Unset = UNSET
    """ Subscription provider for subscription-backed LLM access. """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature for response generation. Defaults to None (uses provider default temperature). Set to
    0.0 for deterministic outputs, or higher values (0.7-1.0) for more creative responses. """
    timeout: int | None | Unset = 300
    """ HTTP and hard per-attempt timeout in seconds. Default is 300s (5 minutes). Set to None to disable the hard
    timeout. """
    top_k: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling parameter. Defaults to None (uses provider default). Set to a value between 0 and 1 to
    control diversity of outputs. """
    usage_id: str | Unset = "default"
    """ Unique usage identifier for the LLM. Used for registry lookups, telemetry, and spend tracking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        api_mode: str | Unset = UNSET
        if not isinstance(self.api_mode, Unset):
            api_mode = self.api_mode

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type

        aws_access_key_id: None | str | Unset
        if isinstance(self.aws_access_key_id, Unset):
            aws_access_key_id = UNSET
        else:
            aws_access_key_id = self.aws_access_key_id

        aws_bedrock_runtime_endpoint: None | str | Unset
        if isinstance(self.aws_bedrock_runtime_endpoint, Unset):
            aws_bedrock_runtime_endpoint = UNSET
        else:
            aws_bedrock_runtime_endpoint = self.aws_bedrock_runtime_endpoint

        aws_profile_name: None | str | Unset
        if isinstance(self.aws_profile_name, Unset):
            aws_profile_name = UNSET
        else:
            aws_profile_name = self.aws_profile_name

        aws_region_name: None | str | Unset
        if isinstance(self.aws_region_name, Unset):
            aws_region_name = UNSET
        else:
            aws_region_name = self.aws_region_name

        aws_role_name: None | str | Unset
        if isinstance(self.aws_role_name, Unset):
            aws_role_name = UNSET
        else:
            aws_role_name = self.aws_role_name

        aws_secret_access_key: None | str | Unset
        if isinstance(self.aws_secret_access_key, Unset):
            aws_secret_access_key = UNSET
        else:
            aws_secret_access_key = self.aws_secret_access_key

        aws_session_name: None | str | Unset
        if isinstance(self.aws_session_name, Unset):
            aws_session_name = UNSET
        else:
            aws_session_name = self.aws_session_name

        aws_session_token: None | str | Unset
        if isinstance(self.aws_session_token, Unset):
            aws_session_token = UNSET
        else:
            aws_session_token = self.aws_session_token

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        caching_prompt = self.caching_prompt

        capability_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capability_overrides, Unset):
            capability_overrides = self.capability_overrides.to_dict()

        custom_tokenizer: None | str | Unset
        if isinstance(self.custom_tokenizer, Unset):
            custom_tokenizer = UNSET
        else:
            custom_tokenizer = self.custom_tokenizer

        disable_stop_word: bool | None | Unset
        if isinstance(self.disable_stop_word, Unset):
            disable_stop_word = UNSET
        else:
            disable_stop_word = self.disable_stop_word

        disable_vision: bool | None | Unset
        if isinstance(self.disable_vision, Unset):
            disable_vision = UNSET
        else:
            disable_vision = self.disable_vision

        drop_params = self.drop_params

        enable_encrypted_reasoning = self.enable_encrypted_reasoning

        extended_thinking_budget: int | None | Unset
        if isinstance(self.extended_thinking_budget, Unset):
            extended_thinking_budget = UNSET
        else:
            extended_thinking_budget = self.extended_thinking_budget

        extra_headers: dict[str, Any] | None | Unset
        if isinstance(self.extra_headers, Unset):
            extra_headers = UNSET
        elif isinstance(self.extra_headers, LLMInputExtraHeadersType0):
            extra_headers = self.extra_headers.to_dict()
        else:
            extra_headers = self.extra_headers

        fallback_strategy: dict[str, Any] | None | Unset
        if isinstance(self.fallback_strategy, Unset):
            fallback_strategy = UNSET
        elif isinstance(self.fallback_strategy, FallbackStrategy):
            fallback_strategy = self.fallback_strategy.to_dict()
        else:
            fallback_strategy = self.fallback_strategy

        force_string_serializer: bool | None | Unset
        if isinstance(self.force_string_serializer, Unset):
            force_string_serializer = UNSET
        else:
            force_string_serializer = self.force_string_serializer

        inline_image_urls: bool | None | Unset
        if isinstance(self.inline_image_urls, Unset):
            inline_image_urls = UNSET
        else:
            inline_image_urls = self.inline_image_urls

        input_cost_per_token: float | None | Unset
        if isinstance(self.input_cost_per_token, Unset):
            input_cost_per_token = UNSET
        else:
            input_cost_per_token = self.input_cost_per_token

        litellm_extra_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.litellm_extra_body, Unset):
            litellm_extra_body = self.litellm_extra_body.to_dict()

        log_completions = self.log_completions

        log_completions_folder = self.log_completions_folder

        max_input_tokens: int | None | Unset
        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        max_message_chars = self.max_message_chars

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        model = self.model

        model_canonical_name: None | str | Unset
        if isinstance(self.model_canonical_name, Unset):
            model_canonical_name = UNSET
        else:
            model_canonical_name = self.model_canonical_name

        native_tool_calling = self.native_tool_calling

        num_retries = self.num_retries

        ollama_base_url: None | str | Unset
        if isinstance(self.ollama_base_url, Unset):
            ollama_base_url = UNSET
        else:
            ollama_base_url = self.ollama_base_url

        openrouter_app_name = self.openrouter_app_name

        openrouter_site_url = self.openrouter_site_url

        output_cost_per_token: float | None | Unset
        if isinstance(self.output_cost_per_token, Unset):
            output_cost_per_token = UNSET
        else:
            output_cost_per_token = self.output_cost_per_token

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        provider_connection_id: None | str | Unset
        if isinstance(self.provider_connection_id, Unset):
            provider_connection_id = UNSET
        else:
            provider_connection_id = self.provider_connection_id

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        reasoning_summary: None | str | Unset
        if isinstance(self.reasoning_summary, Unset):
            reasoning_summary = UNSET
        elif isinstance(self.reasoning_summary, str):
            reasoning_summary = self.reasoning_summary
        else:
            reasoning_summary = self.reasoning_summary

        retry_max_wait = self.retry_max_wait

        retry_min_wait = self.retry_min_wait

        retry_multiplier = self.retry_multiplier

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        stream = self.stream

        stream_idle_timeout: float | None | Unset
        if isinstance(self.stream_idle_timeout, Unset):
            stream_idle_timeout = UNSET
        else:
            stream_idle_timeout = self.stream_idle_timeout

        subscription_vendor: Literal["openai"] | None | Unset
        if isinstance(self.subscription_vendor, Unset):
            subscription_vendor = UNSET
        else:
            subscription_vendor = self.subscription_vendor

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        top_k: float | None | Unset
        if isinstance(self.top_k, Unset):
            top_k = UNSET
        else:
            top_k = self.top_k

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        usage_id = self.usage_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_mode is not UNSET:
            field_dict["api_mode"] = api_mode
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id
        if aws_bedrock_runtime_endpoint is not UNSET:
            field_dict["aws_bedrock_runtime_endpoint"] = aws_bedrock_runtime_endpoint
        if aws_profile_name is not UNSET:
            field_dict["aws_profile_name"] = aws_profile_name
        if aws_region_name is not UNSET:
            field_dict["aws_region_name"] = aws_region_name
        if aws_role_name is not UNSET:
            field_dict["aws_role_name"] = aws_role_name
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key
        if aws_session_name is not UNSET:
            field_dict["aws_session_name"] = aws_session_name
        if aws_session_token is not UNSET:
            field_dict["aws_session_token"] = aws_session_token
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if caching_prompt is not UNSET:
            field_dict["caching_prompt"] = caching_prompt
        if capability_overrides is not UNSET:
            field_dict["capability_overrides"] = capability_overrides
        if custom_tokenizer is not UNSET:
            field_dict["custom_tokenizer"] = custom_tokenizer
        if disable_stop_word is not UNSET:
            field_dict["disable_stop_word"] = disable_stop_word
        if disable_vision is not UNSET:
            field_dict["disable_vision"] = disable_vision
        if drop_params is not UNSET:
            field_dict["drop_params"] = drop_params
        if enable_encrypted_reasoning is not UNSET:
            field_dict["enable_encrypted_reasoning"] = enable_encrypted_reasoning
        if extended_thinking_budget is not UNSET:
            field_dict["extended_thinking_budget"] = extended_thinking_budget
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if fallback_strategy is not UNSET:
            field_dict["fallback_strategy"] = fallback_strategy
        if force_string_serializer is not UNSET:
            field_dict["force_string_serializer"] = force_string_serializer
        if inline_image_urls is not UNSET:
            field_dict["inline_image_urls"] = inline_image_urls
        if input_cost_per_token is not UNSET:
            field_dict["input_cost_per_token"] = input_cost_per_token
        if litellm_extra_body is not UNSET:
            field_dict["litellm_extra_body"] = litellm_extra_body
        if log_completions is not UNSET:
            field_dict["log_completions"] = log_completions
        if log_completions_folder is not UNSET:
            field_dict["log_completions_folder"] = log_completions_folder
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if max_message_chars is not UNSET:
            field_dict["max_message_chars"] = max_message_chars
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if model_canonical_name is not UNSET:
            field_dict["model_canonical_name"] = model_canonical_name
        if native_tool_calling is not UNSET:
            field_dict["native_tool_calling"] = native_tool_calling
        if num_retries is not UNSET:
            field_dict["num_retries"] = num_retries
        if ollama_base_url is not UNSET:
            field_dict["ollama_base_url"] = ollama_base_url
        if openrouter_app_name is not UNSET:
            field_dict["openrouter_app_name"] = openrouter_app_name
        if openrouter_site_url is not UNSET:
            field_dict["openrouter_site_url"] = openrouter_site_url
        if output_cost_per_token is not UNSET:
            field_dict["output_cost_per_token"] = output_cost_per_token
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if provider_connection_id is not UNSET:
            field_dict["provider_connection_id"] = provider_connection_id
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if reasoning_summary is not UNSET:
            field_dict["reasoning_summary"] = reasoning_summary
        if retry_max_wait is not UNSET:
            field_dict["retry_max_wait"] = retry_max_wait
        if retry_min_wait is not UNSET:
            field_dict["retry_min_wait"] = retry_min_wait
        if retry_multiplier is not UNSET:
            field_dict["retry_multiplier"] = retry_multiplier
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_idle_timeout is not UNSET:
            field_dict["stream_idle_timeout"] = stream_idle_timeout
        if subscription_vendor is not UNSET:
            field_dict["subscription_vendor"] = subscription_vendor
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if usage_id is not UNSET:
            field_dict["usage_id"] = usage_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        _api_mode = d.pop("api_mode", UNSET)
        api_mode: LLMInputApiMode | Unset
        if isinstance(_api_mode, Unset):
            api_mode = UNSET
        else:
            api_mode = check_llm_input_api_mode(_api_mode)

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        api_version = _parse_api_version(d.pop("api_version", UNSET))

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: LLMInputAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = check_llm_input_auth_type(_auth_type)

        def _parse_aws_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_access_key_id = _parse_aws_access_key_id(d.pop("aws_access_key_id", UNSET))

        def _parse_aws_bedrock_runtime_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_bedrock_runtime_endpoint = _parse_aws_bedrock_runtime_endpoint(
            d.pop("aws_bedrock_runtime_endpoint", UNSET)
        )

        def _parse_aws_profile_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_profile_name = _parse_aws_profile_name(d.pop("aws_profile_name", UNSET))

        def _parse_aws_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_region_name = _parse_aws_region_name(d.pop("aws_region_name", UNSET))

        def _parse_aws_role_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_role_name = _parse_aws_role_name(d.pop("aws_role_name", UNSET))

        def _parse_aws_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_secret_access_key = _parse_aws_secret_access_key(
            d.pop("aws_secret_access_key", UNSET)
        )

        def _parse_aws_session_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_session_name = _parse_aws_session_name(d.pop("aws_session_name", UNSET))

        def _parse_aws_session_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        aws_session_token = _parse_aws_session_token(d.pop("aws_session_token", UNSET))

        def _parse_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        base_url = _parse_base_url(d.pop("base_url", UNSET))

        caching_prompt = d.pop("caching_prompt", UNSET)

        _capability_overrides = d.pop("capability_overrides", UNSET)
        capability_overrides: LLMInputCapabilityOverrides | Unset
        if isinstance(_capability_overrides, Unset):
            capability_overrides = UNSET
        else:
            capability_overrides = LLMInputCapabilityOverrides.from_dict(
                _capability_overrides
            )

        def _parse_custom_tokenizer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        custom_tokenizer = _parse_custom_tokenizer(d.pop("custom_tokenizer", UNSET))

        def _parse_disable_stop_word(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        disable_stop_word = _parse_disable_stop_word(d.pop("disable_stop_word", UNSET))

        def _parse_disable_vision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        disable_vision = _parse_disable_vision(d.pop("disable_vision", UNSET))

        drop_params = d.pop("drop_params", UNSET)

        enable_encrypted_reasoning = d.pop("enable_encrypted_reasoning", UNSET)

        def _parse_extended_thinking_budget(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        extended_thinking_budget = _parse_extended_thinking_budget(
            d.pop("extended_thinking_budget", UNSET)
        )

        def _parse_extra_headers(
            data: object,
        ) -> LLMInputExtraHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_headers_type_0 = LLMInputExtraHeadersType0.from_dict(data)

                return extra_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        extra_headers = _parse_extra_headers(d.pop("extra_headers", UNSET))

        def _parse_fallback_strategy(data: object) -> FallbackStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fallback_strategy_type_0 = FallbackStrategy.from_dict(data)

                return fallback_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        fallback_strategy = _parse_fallback_strategy(d.pop("fallback_strategy", UNSET))

        def _parse_force_string_serializer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        force_string_serializer = _parse_force_string_serializer(
            d.pop("force_string_serializer", UNSET)
        )

        def _parse_inline_image_urls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        inline_image_urls = _parse_inline_image_urls(d.pop("inline_image_urls", UNSET))

        def _parse_input_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        input_cost_per_token = _parse_input_cost_per_token(
            d.pop("input_cost_per_token", UNSET)
        )

        _litellm_extra_body = d.pop("litellm_extra_body", UNSET)
        litellm_extra_body: LLMInputLitellmExtraBody | Unset
        if isinstance(_litellm_extra_body, Unset):
            litellm_extra_body = UNSET
        else:
            litellm_extra_body = LLMInputLitellmExtraBody.from_dict(_litellm_extra_body)

        log_completions = d.pop("log_completions", UNSET)

        log_completions_folder = d.pop("log_completions_folder", UNSET)

        def _parse_max_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_input_tokens = _parse_max_input_tokens(d.pop("max_input_tokens", UNSET))

        max_message_chars = d.pop("max_message_chars", UNSET)

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        model = d.pop("model", UNSET)

        def _parse_model_canonical_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        model_canonical_name = _parse_model_canonical_name(
            d.pop("model_canonical_name", UNSET)
        )

        native_tool_calling = d.pop("native_tool_calling", UNSET)

        num_retries = d.pop("num_retries", UNSET)

        def _parse_ollama_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        ollama_base_url = _parse_ollama_base_url(d.pop("ollama_base_url", UNSET))

        openrouter_app_name = d.pop("openrouter_app_name", UNSET)

        openrouter_site_url = d.pop("openrouter_site_url", UNSET)

        def _parse_output_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        output_cost_per_token = _parse_output_cost_per_token(
            d.pop("output_cost_per_token", UNSET)
        )

        def _parse_prompt_cache_retention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        prompt_cache_retention = _parse_prompt_cache_retention(
            d.pop("prompt_cache_retention", UNSET)
        )

        def _parse_provider_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        provider_connection_id = _parse_provider_connection_id(
            d.pop("provider_connection_id", UNSET)
        )

        def _parse_reasoning_effort(
            data: object,
        ) -> LLMInputReasoningEffortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = check_llm_input_reasoning_effort_type_0(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_reasoning_summary(
            data: object,
        ) -> LLMInputReasoningSummaryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_summary_type_0 = check_llm_input_reasoning_summary_type_0(
                    data
                )

                return reasoning_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        reasoning_summary = _parse_reasoning_summary(d.pop("reasoning_summary", UNSET))

        retry_max_wait = d.pop("retry_max_wait", UNSET)

        retry_min_wait = d.pop("retry_min_wait", UNSET)

        retry_multiplier = d.pop("retry_multiplier", UNSET)

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        seed = _parse_seed(d.pop("seed", UNSET))

        stream = d.pop("stream", UNSET)

        def _parse_stream_idle_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        stream_idle_timeout = _parse_stream_idle_timeout(
            d.pop("stream_idle_timeout", UNSET)
        )

        def _parse_subscription_vendor(
            data: object,
        ) -> Literal["openai"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            subscription_vendor_type_0 = data
            if subscription_vendor_type_0 != "openai":
                raise ValueError(
                    f"subscription_vendor_type_0 must match const 'openai', got '{subscription_vendor_type_0}'"
                )
            return subscription_vendor_type_0
            return data  # type: ignore[return-value]

        subscription_vendor = _parse_subscription_vendor(
            d.pop("subscription_vendor", UNSET)
        )

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_top_k(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        top_k = _parse_top_k(d.pop("top_k", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        usage_id = d.pop("usage_id", UNSET)

        llm_input = cls(
            api_key=api_key,
            api_mode=api_mode,
            api_version=api_version,
            auth_type=auth_type,
            aws_access_key_id=aws_access_key_id,
            aws_bedrock_runtime_endpoint=aws_bedrock_runtime_endpoint,
            aws_profile_name=aws_profile_name,
            aws_region_name=aws_region_name,
            aws_role_name=aws_role_name,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_name=aws_session_name,
            aws_session_token=aws_session_token,
            base_url=base_url,
            caching_prompt=caching_prompt,
            capability_overrides=capability_overrides,
            custom_tokenizer=custom_tokenizer,
            disable_stop_word=disable_stop_word,
            disable_vision=disable_vision,
            drop_params=drop_params,
            enable_encrypted_reasoning=enable_encrypted_reasoning,
            extended_thinking_budget=extended_thinking_budget,
            extra_headers=extra_headers,
            fallback_strategy=fallback_strategy,
            force_string_serializer=force_string_serializer,
            inline_image_urls=inline_image_urls,
            input_cost_per_token=input_cost_per_token,
            litellm_extra_body=litellm_extra_body,
            log_completions=log_completions,
            log_completions_folder=log_completions_folder,
            max_input_tokens=max_input_tokens,
            max_message_chars=max_message_chars,
            max_output_tokens=max_output_tokens,
            model=model,
            model_canonical_name=model_canonical_name,
            native_tool_calling=native_tool_calling,
            num_retries=num_retries,
            ollama_base_url=ollama_base_url,
            openrouter_app_name=openrouter_app_name,
            openrouter_site_url=openrouter_site_url,
            output_cost_per_token=output_cost_per_token,
            prompt_cache_retention=prompt_cache_retention,
            provider_connection_id=provider_connection_id,
            reasoning_effort=reasoning_effort,
            reasoning_summary=reasoning_summary,
            retry_max_wait=retry_max_wait,
            retry_min_wait=retry_min_wait,
            retry_multiplier=retry_multiplier,
            seed=seed,
            stream=stream,
            stream_idle_timeout=stream_idle_timeout,
            subscription_vendor=subscription_vendor,
            temperature=temperature,
            timeout=timeout,
            top_k=top_k,
            top_p=top_p,
            usage_id=usage_id,
        )

        llm_input.additional_properties = d
        return llm_input

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
