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

from ..models.llm_output_api_mode import LLMOutputApiMode, check_llm_output_api_mode
from ..models.llm_output_auth_type import LLMOutputAuthType, check_llm_output_auth_type
from ..models.llm_output_reasoning_effort_type_0 import (
    LLMOutputReasoningEffortType0,
    check_llm_output_reasoning_effort_type_0,
)
from ..models.llm_output_reasoning_summary_type_0 import (
    LLMOutputReasoningSummaryType0,
    check_llm_output_reasoning_summary_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_output_capability_overrides import LLMOutputCapabilityOverrides
    from ..models.llm_output_extra_headers_type_0 import LLMOutputExtraHeadersType0
    from ..models.llm_output_litellm_extra_body import LLMOutputLitellmExtraBody

_imported = False


def _import_lazily() -> None:
    global \
        _imported, \
        LLMOutputCapabilityOverrides, \
        LLMOutputExtraHeadersType0, \
        LLMOutputLitellmExtraBody
    from ..models.llm_output_capability_overrides import LLMOutputCapabilityOverrides
    from ..models.llm_output_extra_headers_type_0 import LLMOutputExtraHeadersType0
    from ..models.llm_output_litellm_extra_body import LLMOutputLitellmExtraBody

    _imported = True


def _secret_repr(value: object) -> str:
    """A secret field's repr: a value (a string, or a lookup's headers) masked as upstream's
    SecretStr shows it; an empty string, unset or None shown as it is."""
    if value is None or value == "" or isinstance(value, Unset):
        return repr(value)
    return "'**********'"


T = TypeVar("T", bound="LLMOutput")


@_attrs_define
class LLMOutput:
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

    capability_overrides: LLMOutputCapabilityOverrides
    """ Explicit model capability overrides. Supported keys include supports_reasoning_effort, thinking_mode
    (adaptive, manual, none, or unknown), supports_sampling_params, supports_prompt_cache, supports_stop_words,
    supports_responses_api, supports_vision, and supports_prompt_cache_retention. Overrides take precedence over
    LiteLLM metadata and SDK fallbacks. """
    is_subscription: bool
    """ Whether this LLM uses subscription-based authentication. Serialized so that subscription-specific request
    handling survives transport to a remote agent-server. """
    litellm_extra_body: LLMOutputLitellmExtraBody
    """ Additional key-value pairs to pass to litellm's extra_body parameter. This is useful for custom inference
    endpoints that need additional parameters for configuration, routing, or advanced features. NOTE: Not all LLM
    providers support extra_body parameters. Some providers (e.g., OpenAI) may reject requests with unrecognized
    options. This is commonly supported by: - LiteLLM proxy servers (routing metadata, tracing) - vLLM endpoints
    (return_token_ids, etc.) - Custom inference clusters Examples: - Proxy routing: {'trace_version': '1.0.0',
    'tags': ['agent:my-agent']} - vLLM features: {'return_token_ids': True} """
    api_mode: LLMOutputApiMode = "auto"
    """ LLM API endpoint mode. 'auto' resolves from model metadata and SDK fallbacks; use 'chat' or 'responses' to
    override endpoint selection for proxy aliases and newly released models. """
    auth_type: LLMOutputAuthType = "api_key"
    """ Authentication mode for the LLM. """
    caching_prompt: bool = True
    """ Enable caching of prompts. """
    drop_params: bool = True
    enable_encrypted_reasoning: bool = True
    """ If True, ask for ['reasoning.encrypted_content'] in Responses API include. """
    log_completions: bool = False
    """ Enable logging of completions. """
    log_completions_folder: str = "logs/completions"
    """ The folder to log LLM completions to. Required if log_completions is True. """
    max_message_chars: int = 30000
    """ Approx max chars in each event/content sent to the LLM. """
    model: str = "gpt-5.6"
    """ Model name. """
    native_tool_calling: bool = True
    """ Whether to use native tool calling. """
    num_retries: int = 5
    openrouter_app_name: str = "OpenHands"
    openrouter_site_url: str = "https://docs.all-hands.dev/"
    retry_max_wait: int = 64
    retry_min_wait: int = 8
    retry_multiplier: float = 8.0
    stream: bool = False
    """ Enable streaming responses from the LLM. When enabled, the provided `on_token` callback in .completions and
    .responses will be invoked for each chunk of tokens. """
    usage_id: str = "default"
    """ Unique usage identifier for the LLM. Used for registry lookups, telemetry, and spend tracking. """
    api_key: None | str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
    """ API key. """
    api_version: None | str | Unset = UNSET
    """ API version (e.g., Azure). """
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
    custom_tokenizer: None | str | Unset = UNSET
    """ A custom tokenizer to use for token counting. """
    disable_stop_word: bool | None | Unset = False
    """ Disable using of stop word. """
    disable_vision: bool | None | Unset = UNSET
    """ If model is vision capable, this option allows to disable image processing (useful for cost reduction). """
    extended_thinking_budget: int | None | Unset = 200000
    """ Legacy token budget for models confirmed to use manual Anthropic extended thinking. Ignored for adaptive-
    thinking models. Prefer reasoning_effort for new integrations. """
    extra_headers: LLMOutputExtraHeadersType0 | None | Unset = UNSET
    """ Optional HTTP headers to forward to LiteLLM requests. """
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
    max_input_tokens: int | None | Unset = UNSET
    """ The maximum number of input tokens. Note that this is currently unused, and the value at runtime is actually
    the total tokens in OpenAI (e.g. 128,000 tokens for GPT-4). """
    max_output_tokens: int | None | Unset = UNSET
    """ The maximum number of output tokens. This is sent to the LLM. """
    model_canonical_name: None | str | Unset = UNSET
    """ Optional canonical model name for feature registry lookups. The OpenHands SDK maintains a model feature
    registry that maps model names to capabilities (e.g., vision support, prompt caching, responses API support).
    When using proxied or aliased model identifiers, set this field to the canonical model name (e.g.,
    'openai/gpt-4o') to ensure correct capability detection. If not provided, the 'model' field will be used for
    capability lookups. """
    ollama_base_url: None | str | Unset = UNSET
    output_cost_per_token: float | None | Unset = UNSET
    """ The cost per output token. This will available in logs for user. """
    prompt_cache_retention: None | str | Unset = "24h"
    """ Retention policy for prompt cache. Only sent for supported models (GPT-5+ and GPT-4.1, excluding Azure
    deployments); explicitly stripped for all others. """
    provider_connection_id: None | str | Unset = UNSET
    """ Optional provider connection whose shared API key and base URL are resolved and applied each time this LLM
    profile is loaded (read-at-use). When set, the profile stores no inline api_key or base_url of its own. """
    reasoning_effort: LLMOutputReasoningEffortType0 | None | Unset = "high"
    """ Provider-neutral reasoning effort. Common values include 'none', 'minimal', 'low', 'medium', 'high',
    'xhigh', and 'max'. The SDK accepts future provider values and lets LiteLLM translate them. """
    reasoning_summary: LLMOutputReasoningSummaryType0 | None | Unset = UNSET
    """ The level of detail for reasoning summaries. This is a string that can be one of 'auto', 'concise', or
    'detailed'. Requires verified OpenAI organization. Only sent when explicitly set. """
    seed: int | None | Unset = UNSET
    """ The seed to use for random number generation. """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_lazily()
        api_mode: str = self.api_mode

        auth_type: str = self.auth_type

        caching_prompt = self.caching_prompt

        capability_overrides = self.capability_overrides.to_dict()

        drop_params = self.drop_params

        enable_encrypted_reasoning = self.enable_encrypted_reasoning

        is_subscription = self.is_subscription

        litellm_extra_body = self.litellm_extra_body.to_dict()

        log_completions = self.log_completions

        log_completions_folder = self.log_completions_folder

        max_message_chars = self.max_message_chars

        model = self.model

        native_tool_calling = self.native_tool_calling

        num_retries = self.num_retries

        openrouter_app_name = self.openrouter_app_name

        openrouter_site_url = self.openrouter_site_url

        retry_max_wait = self.retry_max_wait

        retry_min_wait = self.retry_min_wait

        retry_multiplier = self.retry_multiplier

        stream = self.stream

        usage_id = self.usage_id

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

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

        extended_thinking_budget: int | None | Unset
        if isinstance(self.extended_thinking_budget, Unset):
            extended_thinking_budget = UNSET
        else:
            extended_thinking_budget = self.extended_thinking_budget

        extra_headers: dict[str, Any] | None | Unset
        if isinstance(self.extra_headers, Unset):
            extra_headers = UNSET
        elif isinstance(self.extra_headers, LLMOutputExtraHeadersType0):
            extra_headers = self.extra_headers.to_dict()
        else:
            extra_headers = self.extra_headers

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

        max_input_tokens: int | None | Unset
        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        model_canonical_name: None | str | Unset
        if isinstance(self.model_canonical_name, Unset):
            model_canonical_name = UNSET
        else:
            model_canonical_name = self.model_canonical_name

        ollama_base_url: None | str | Unset
        if isinstance(self.ollama_base_url, Unset):
            ollama_base_url = UNSET
        else:
            ollama_base_url = self.ollama_base_url

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

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_mode": api_mode,
                "auth_type": auth_type,
                "caching_prompt": caching_prompt,
                "capability_overrides": capability_overrides,
                "drop_params": drop_params,
                "enable_encrypted_reasoning": enable_encrypted_reasoning,
                "is_subscription": is_subscription,
                "litellm_extra_body": litellm_extra_body,
                "log_completions": log_completions,
                "log_completions_folder": log_completions_folder,
                "max_message_chars": max_message_chars,
                "model": model,
                "native_tool_calling": native_tool_calling,
                "num_retries": num_retries,
                "openrouter_app_name": openrouter_app_name,
                "openrouter_site_url": openrouter_site_url,
                "retry_max_wait": retry_max_wait,
                "retry_min_wait": retry_min_wait,
                "retry_multiplier": retry_multiplier,
                "stream": stream,
                "usage_id": usage_id,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
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
        if custom_tokenizer is not UNSET:
            field_dict["custom_tokenizer"] = custom_tokenizer
        if disable_stop_word is not UNSET:
            field_dict["disable_stop_word"] = disable_stop_word
        if disable_vision is not UNSET:
            field_dict["disable_vision"] = disable_vision
        if extended_thinking_budget is not UNSET:
            field_dict["extended_thinking_budget"] = extended_thinking_budget
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if force_string_serializer is not UNSET:
            field_dict["force_string_serializer"] = force_string_serializer
        if inline_image_urls is not UNSET:
            field_dict["inline_image_urls"] = inline_image_urls
        if input_cost_per_token is not UNSET:
            field_dict["input_cost_per_token"] = input_cost_per_token
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if model_canonical_name is not UNSET:
            field_dict["model_canonical_name"] = model_canonical_name
        if ollama_base_url is not UNSET:
            field_dict["ollama_base_url"] = ollama_base_url
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
        if seed is not UNSET:
            field_dict["seed"] = seed
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _imported:
            _import_lazily()
        d = dict(src_dict)
        api_mode = check_llm_output_api_mode(d.pop("api_mode"))

        auth_type = check_llm_output_auth_type(d.pop("auth_type"))

        caching_prompt = d.pop("caching_prompt")

        capability_overrides = LLMOutputCapabilityOverrides.from_dict(
            d.pop("capability_overrides")
        )

        drop_params = d.pop("drop_params")

        enable_encrypted_reasoning = d.pop("enable_encrypted_reasoning")

        is_subscription = d.pop("is_subscription")

        litellm_extra_body = LLMOutputLitellmExtraBody.from_dict(
            d.pop("litellm_extra_body")
        )

        log_completions = d.pop("log_completions")

        log_completions_folder = d.pop("log_completions_folder")

        max_message_chars = d.pop("max_message_chars")

        model = d.pop("model")

        native_tool_calling = d.pop("native_tool_calling")

        num_retries = d.pop("num_retries")

        openrouter_app_name = d.pop("openrouter_app_name")

        openrouter_site_url = d.pop("openrouter_site_url")

        retry_max_wait = d.pop("retry_max_wait")

        retry_min_wait = d.pop("retry_min_wait")

        retry_multiplier = d.pop("retry_multiplier")

        stream = d.pop("stream")

        usage_id = d.pop("usage_id")

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        api_version = _parse_api_version(d.pop("api_version", UNSET))

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
        ) -> LLMOutputExtraHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_headers_type_0 = LLMOutputExtraHeadersType0.from_dict(data)

                return extra_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        extra_headers = _parse_extra_headers(d.pop("extra_headers", UNSET))

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

        def _parse_max_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_input_tokens = _parse_max_input_tokens(d.pop("max_input_tokens", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_model_canonical_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        model_canonical_name = _parse_model_canonical_name(
            d.pop("model_canonical_name", UNSET)
        )

        def _parse_ollama_base_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        ollama_base_url = _parse_ollama_base_url(d.pop("ollama_base_url", UNSET))

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
        ) -> LLMOutputReasoningEffortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = check_llm_output_reasoning_effort_type_0(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_reasoning_summary(
            data: object,
        ) -> LLMOutputReasoningSummaryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_summary_type_0 = check_llm_output_reasoning_summary_type_0(
                    data
                )

                return reasoning_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return data  # type: ignore[return-value]

        reasoning_summary = _parse_reasoning_summary(d.pop("reasoning_summary", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return data  # type: ignore[return-value]

        seed = _parse_seed(d.pop("seed", UNSET))

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

        llm_output = cls(
            api_mode=api_mode,
            auth_type=auth_type,
            caching_prompt=caching_prompt,
            capability_overrides=capability_overrides,
            drop_params=drop_params,
            enable_encrypted_reasoning=enable_encrypted_reasoning,
            is_subscription=is_subscription,
            litellm_extra_body=litellm_extra_body,
            log_completions=log_completions,
            log_completions_folder=log_completions_folder,
            max_message_chars=max_message_chars,
            model=model,
            native_tool_calling=native_tool_calling,
            num_retries=num_retries,
            openrouter_app_name=openrouter_app_name,
            openrouter_site_url=openrouter_site_url,
            retry_max_wait=retry_max_wait,
            retry_min_wait=retry_min_wait,
            retry_multiplier=retry_multiplier,
            stream=stream,
            usage_id=usage_id,
            api_key=api_key,
            api_version=api_version,
            aws_access_key_id=aws_access_key_id,
            aws_bedrock_runtime_endpoint=aws_bedrock_runtime_endpoint,
            aws_profile_name=aws_profile_name,
            aws_region_name=aws_region_name,
            aws_role_name=aws_role_name,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_name=aws_session_name,
            aws_session_token=aws_session_token,
            base_url=base_url,
            custom_tokenizer=custom_tokenizer,
            disable_stop_word=disable_stop_word,
            disable_vision=disable_vision,
            extended_thinking_budget=extended_thinking_budget,
            extra_headers=extra_headers,
            force_string_serializer=force_string_serializer,
            inline_image_urls=inline_image_urls,
            input_cost_per_token=input_cost_per_token,
            max_input_tokens=max_input_tokens,
            max_output_tokens=max_output_tokens,
            model_canonical_name=model_canonical_name,
            ollama_base_url=ollama_base_url,
            output_cost_per_token=output_cost_per_token,
            prompt_cache_retention=prompt_cache_retention,
            provider_connection_id=provider_connection_id,
            reasoning_effort=reasoning_effort,
            reasoning_summary=reasoning_summary,
            seed=seed,
            stream_idle_timeout=stream_idle_timeout,
            subscription_vendor=subscription_vendor,
            temperature=temperature,
            timeout=timeout,
            top_k=top_k,
            top_p=top_p,
        )

        llm_output.additional_properties = d
        return llm_output

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
