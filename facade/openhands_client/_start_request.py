"""The whole ``POST /api/conversations`` request, built and checked before it is sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict
from uuid import UUID

from openhands_api import models as _models

from . import _checks
from ._http import as_json
from ._tags import check_tags

if TYPE_CHECKING:
    from openhands_api.models.agent_definition import AgentDefinition
    from openhands_api.models.agent_launch_additions import AgentLaunchAdditions
    from openhands_api.models.client_tool_spec_input import ClientToolSpecInput
    from openhands_api.models.conversation_container_options import ConversationContainerOptions
    from openhands_api.models.conversation_worktree_options import ConversationWorktreeOptions
    from openhands_api.models.hook_config import HookConfig
    from openhands_api.models.image_content import ImageContent
    from openhands_api.models.plugin_source import PluginSource
    from openhands_api.models.send_message_request import SendMessageRequest
    from openhands_api.models.start_conversation_request import StartConversationRequest
    from openhands_api.models.text_content import TextContent

    from .models import ConfirmationPolicySpec, SecretSpec, SecurityAnalyzerSpec


class StartOptions(TypedDict, total=False):
    """The start request's further fields; each is the generated model or its JSON.

    ``initial_message`` may be plain text; the server sends it as the user's first message
    and starts the run at once (follow it with ``stream()`` or the state; ``run()`` is for
    later messages). ``agent_settings`` or a stored profile's ``agent_profile_id`` (with
    ``agent_launch_additions.llm_profile_ref``, a stored LLM profile) let the server build the
    agent: start with ``agent=None`` then. See the server's ``StartConversationRequest`` for
    each field's meaning.
    """

    initial_message: str | SendMessageRequest | Mapping[str, Any]
    hook_config: HookConfig | Mapping[str, Any]
    plugins: Sequence[PluginSource | Mapping[str, Any]]
    worktree: bool
    worktree_options: ConversationWorktreeOptions | Mapping[str, Any]
    title_llm_profile: str
    prompt: str
    parent_conversation_id: UUID | str
    conversation_runtime: Literal["local", "docker"]
    container: ConversationContainerOptions | Mapping[str, Any]
    client_tools: Sequence[ClientToolSpecInput | Mapping[str, Any]]
    tool_module_qualnames: Mapping[str, str]
    agent_definitions: Sequence[AgentDefinition | Mapping[str, Any]]
    agent_profile_id: UUID | str
    agent_settings: Mapping[str, Any]
    agent_launch_additions: AgentLaunchAdditions | Mapping[str, Any]
    user_id: str
    observability_metadata: Mapping[str, Any]
    observability_parent_span_context: str
    observability_span_name: str
    observability_tags: Sequence[str]
    secrets_encrypted: bool


class CreateOptions(TypedDict, total=False):
    """The options of a create (``start_conversation`` and ``control(id).create``)."""

    max_iterations: int
    """The agent's step limit per run (default 500)."""
    stuck_detection: bool
    """Whether the server ends a run that repeats itself as ``stuck`` (default True)."""
    confirmation_policy: ConfirmationPolicySpec | None
    """A generated policy model or its JSON (default: the server's)."""
    security_analyzer: SecurityAnalyzerSpec | None
    """A generated analyzer model or its JSON (default: none)."""
    secrets: Mapping[str, SecretSpec] | None
    """Secrets for the agent, as in ``update_secrets``; sent in the create (default: none)."""
    tags: Mapping[str, str] | None
    """Tags stored with the conversation (default: none). Keys are lowercase alphanumeric
    (``taskid``, not ``task_id``): others are refused before any request, as the server would."""
    autotitle: bool
    """Let the server ask the LLM for a title after the first message (default True)."""
    capacity_timeout: float
    """How long to keep retrying the create while the server is at capacity (HTTP 429) or,
    under a client-chosen id, its answer is lost (default 300 s)."""
    request: StartOptions | None
    """Every further field of the server's start request (initial message, hooks, plugins,
    worktree, ...), sent in the one start request (default: none)."""


def prepare(
    agent: Any, working_dir: str, options: Mapping[str, Any], conversation_id: UUID | str | None
) -> dict[str, Any]:
    """The create's JSON from ``options`` (:class:`CreateOptions`), every check done.

    Raises ``TypeError``/``ValueError`` naming what is wrong, before any request is sent.
    """
    _checks.absolute_path(working_dir, "working_dir")
    check_agent_source(agent, _checks.mapping(options.get("request") or {}, "request"))
    tags, secrets = options.get("tags"), options.get("secrets")
    if tags is not None:
        tags = check_tags(tags)
    if secrets is not None:
        _checks.mapping(secrets, "secrets", allow_empty=False)
    payload = base_payload(
        agent,
        working_dir,
        max_iterations=options.get("max_iterations", 500),
        stuck_detection=options.get("stuck_detection", True),
        autotitle=options.get("autotitle", True),
        confirmation_policy=options.get("confirmation_policy"),
        security_analyzer=options.get("security_analyzer"),
        secrets=secrets,
        conversation_id=conversation_id,
        tags=tags,
    )
    build(payload, options.get("request") or {})  # the request model's own checks
    return payload


_MODELS = frozenset(
    {"hook_config", "worktree_options", "container", "agent_launch_additions", "agent_settings"}
)
_MODEL_LISTS = frozenset({"plugins", "client_tools", "agent_definitions"})
_IDS = frozenset({"parent_conversation_id", "agent_profile_id"})


def check_agent_source(agent: Any, request: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` unless the start names one agent source, as the server requires:
    ``agent``, ``request["agent_settings"]`` or ``request["agent_profile_id"]``; and an
    ``agent_launch_additions.llm_profile_ref`` only with a profile."""
    named = {
        "`agent`": agent is not None,
        'request["agent_settings"]': request.get("agent_settings") is not None,
        'request["agent_profile_id"]': request.get("agent_profile_id") is not None,
    }
    sources = [name for name, given in named.items() if given]
    if len(sources) != 1:
        raise ValueError(
            'start needs exactly one agent source: `agent`, request["agent_settings"] or '
            'request["agent_profile_id"] (a profile stored on the server), got '
            + (" and ".join(sources) or "none")
        )
    additions = request.get("agent_launch_additions")
    raw = as_json(additions, "agent_launch_additions") if additions is not None else {}
    if raw.get("llm_profile_ref") and sources != ['request["agent_profile_id"]']:
        raise ValueError('agent_launch_additions.llm_profile_ref needs request["agent_profile_id"]')


def secret_sources(secrets: Mapping[str, str | Any]) -> dict[str, Any]:
    """Secrets as the server's JSON: a ``str`` is a ``StaticSecret``, a model/dict a source,
    a function is called now (at send time) and must return the secret's ``str``."""
    sources: dict[str, Any] = {}
    for name, value in secrets.items():
        if not isinstance(name, str) or not name:
            raise ValueError("secret names must be non-empty strings")
        if callable(value) and not isinstance(value, (Mapping, type)):
            value = value()
            if not isinstance(value, str):
                raise TypeError(
                    f"secret {name!r}: its function must return a str, got {type(value).__name__}"
                )
        if isinstance(value, str):
            sources[name] = {"kind": "StaticSecret", "value": value}
        else:
            sources[name] = as_json(value, f"secret {name!r}")
    return sources


def parse_uuid(value: Any, name: str) -> UUID:
    """``value`` as a UUID, or ``ValueError`` naming ``name``."""
    try:
        return value if isinstance(value, UUID) else UUID(str(value))
    except ValueError:
        raise ValueError(f"{name} must be a UUID, got {value!r}") from None


def base_payload(
    agent: Any,
    working_dir: str,
    *,
    max_iterations: int,
    stuck_detection: bool,
    autotitle: bool,
    confirmation_policy: Any | None,
    security_analyzer: Any | None,
    secrets: Mapping[str, str | Any] | None,
    conversation_id: UUID | str | None,
    tags: Mapping[str, str] | None,
) -> dict[str, Any]:
    """The request's JSON for the arguments every start takes; ``ValueError`` names a bad one."""
    if not isinstance(working_dir, str) or not working_dir:
        raise ValueError("working_dir must be a non-empty path on the server")
    if (
        isinstance(max_iterations, bool)
        or not isinstance(max_iterations, int)
        or max_iterations < 1
    ):
        raise ValueError(f"max_iterations must be a positive int, got {max_iterations!r}")
    # No agent: the server builds it from the request's agent_settings or stored profile.
    payload: dict[str, Any] = {} if agent is None else {"agent": as_json(agent, "agent")}
    payload.update(
        workspace={"kind": "LocalWorkspace", "working_dir": working_dir},
        max_iterations=max_iterations,
        stuck_detection=stuck_detection,
        autotitle=autotitle,
    )
    if confirmation_policy is not None:
        payload["confirmation_policy"] = as_json(confirmation_policy, "confirmation_policy")
    if security_analyzer is not None:
        payload["security_analyzer"] = as_json(security_analyzer, "security_analyzer")
    if secrets:
        payload["secrets"] = secret_sources(secrets)
    if conversation_id is not None:
        payload["conversation_id"] = str(parse_uuid(conversation_id, "conversation_id"))
    if tags is not None:
        payload["tags"] = dict(tags)
    return payload


def fork_request(
    from_event_id: str | None,
    title: str | None,
    conversation_id: UUID | str | None,
    tags: Mapping[str, str] | None,
    *,
    reset_metrics: bool,
) -> _models.ForkConversationRequest:
    """The body of a fork request, every argument checked before it is sent."""
    payload: dict[str, Any] = {"reset_metrics": reset_metrics}
    for name, value in (("from_event_id", from_event_id), ("title", title)):
        if _checks.optional_text(value, name) is not None:
            payload[name] = value
    if conversation_id is not None:
        payload["id"] = str(parse_uuid(conversation_id, "conversation_id"))
    if tags is not None:
        payload["tags"] = check_tags(tags)
    return _models.ForkConversationRequest.from_dict(payload)


def message_request(message: str | SendMessageRequest, run: bool) -> SendMessageRequest:
    """A user message as the request body: text, or a generated ``SendMessageRequest``."""
    if isinstance(message, _models.SendMessageRequest):
        return message
    if not isinstance(message, str):
        raise TypeError(f"message must be str or SendMessageRequest, not {type(message).__name__}")
    if not message.strip():
        raise ValueError("message must not be empty")
    content: list[ImageContent | TextContent] = [_models.TextContent(text=message)]
    return _models.SendMessageRequest(content=content, role="user", run=run)


def secrets_not_taken(
    info: Mapping[str, Any], secrets: Mapping[str, str | Any] | None
) -> dict[str, str | Any]:
    """The ``secrets`` the answered conversation lacks (an existing one ignores them on start)."""
    registry = info.get("secret_registry")
    sources = registry.get("secret_sources") if isinstance(registry, Mapping) else None
    have = sources if isinstance(sources, Mapping) else {}
    return {name: value for name, value in (secrets or {}).items() if name not in have}


def _message(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        if not value.strip():
            raise ValueError("initial_message must not be empty")
        return {"role": "user", "content": [{"type": "text", "text": value}], "run": False}
    return as_json(value, "initial_message")


def _option(name: str, value: Any) -> Any:
    if name == "initial_message":
        return _message(value)
    if name in _MODELS:
        return as_json(value, name)
    if name in _MODEL_LISTS:
        if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
            raise TypeError(f"{name} must be a list, not {type(value).__name__}")
        return [as_json(item, f"{name}[{i}]") for i, item in enumerate(value)]
    if name in _IDS:
        return str(parse_uuid(value, name))
    if name in ("tool_module_qualnames", "observability_metadata"):
        return dict(as_json(value, name))
    if name == "observability_tags":
        return [str(tag) for tag in value]
    return value


def build(payload: Mapping[str, Any], options: Mapping[str, Any]) -> StartConversationRequest:
    """The typed request from the base ``payload`` and the further ``options``.

    Raises ``TypeError`` for an option the request has no field for, and ``ValueError``
    naming the field for a value the request model rejects, before any request is sent.
    """
    body = dict(payload)
    for name, value in options.items():
        if name not in StartOptions.__annotations__:
            raise TypeError(f"start_conversation() got an unexpected option {name!r}")
        if value is not None:
            body[name] = _option(name, value)
    try:
        return _models.StartConversationRequest.from_dict(body)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"invalid start request: {type(exc).__name__}: {exc}") from None
