# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ...models.acp_tool_call_event import ACPToolCallEvent
    from ...models.action_event import ActionEvent
    from ...models.agent_error_event import AgentErrorEvent
    from ...models.condensation import Condensation
    from ...models.condensation_request import CondensationRequest
    from ...models.condensation_summary_event import CondensationSummaryEvent
    from ...models.conversation_error_event import ConversationErrorEvent
    from ...models.conversation_state_update_event import ConversationStateUpdateEvent
    from ...models.hook_execution_event import HookExecutionEvent
    from ...models.http_validation_error import HTTPValidationError
    from ...models.interrupt_event import InterruptEvent
    from ...models.llm_completion_log_event import LLMCompletionLogEvent
    from ...models.message_event import MessageEvent
    from ...models.observation_event import ObservationEvent
    from ...models.pause_event import PauseEvent
    from ...models.security_analysis_event import SecurityAnalysisEvent
    from ...models.server_error_event import ServerErrorEvent
    from ...models.streaming_delta_event import StreamingDeltaEvent
    from ...models.system_prompt_event import SystemPromptEvent
    from ...models.token_event import TokenEvent
    from ...models.user_reject_observation import UserRejectObservation

_imported = False


def _import_models() -> None:
    # Bound through globals(): a type checker keeps the TYPE_CHECKING imports' types.
    global _imported
    from ...models.acp_tool_call_event import ACPToolCallEvent
    from ...models.action_event import ActionEvent
    from ...models.agent_error_event import AgentErrorEvent
    from ...models.condensation import Condensation
    from ...models.condensation_request import CondensationRequest
    from ...models.condensation_summary_event import CondensationSummaryEvent
    from ...models.conversation_error_event import ConversationErrorEvent
    from ...models.conversation_state_update_event import ConversationStateUpdateEvent
    from ...models.hook_execution_event import HookExecutionEvent
    from ...models.http_validation_error import HTTPValidationError
    from ...models.interrupt_event import InterruptEvent
    from ...models.llm_completion_log_event import LLMCompletionLogEvent
    from ...models.message_event import MessageEvent
    from ...models.observation_event import ObservationEvent
    from ...models.pause_event import PauseEvent
    from ...models.security_analysis_event import SecurityAnalysisEvent
    from ...models.server_error_event import ServerErrorEvent
    from ...models.streaming_delta_event import StreamingDeltaEvent
    from ...models.system_prompt_event import SystemPromptEvent
    from ...models.token_event import TokenEvent
    from ...models.user_reject_observation import UserRejectObservation

    globals().update(
        ACPToolCallEvent=ACPToolCallEvent,
        ActionEvent=ActionEvent,
        AgentErrorEvent=AgentErrorEvent,
        Condensation=Condensation,
        CondensationRequest=CondensationRequest,
        CondensationSummaryEvent=CondensationSummaryEvent,
        ConversationErrorEvent=ConversationErrorEvent,
        ConversationStateUpdateEvent=ConversationStateUpdateEvent,
        HookExecutionEvent=HookExecutionEvent,
        HTTPValidationError=HTTPValidationError,
        InterruptEvent=InterruptEvent,
        LLMCompletionLogEvent=LLMCompletionLogEvent,
        MessageEvent=MessageEvent,
        ObservationEvent=ObservationEvent,
        PauseEvent=PauseEvent,
        SecurityAnalysisEvent=SecurityAnalysisEvent,
        ServerErrorEvent=ServerErrorEvent,
        StreamingDeltaEvent=StreamingDeltaEvent,
        SystemPromptEvent=SystemPromptEvent,
        TokenEvent=TokenEvent,
        UserRejectObservation=UserRejectObservation,
    )
    _imported = True


def build_request(
    conversation_id: UUID,
    event_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{conversation_id}/events/{event_id}."""
    if not _imported:
        _import_models()

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/conversations/{conversation_id}/events/{event_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ACPToolCallEvent
    | ActionEvent
    | AgentErrorEvent
    | Condensation
    | CondensationRequest
    | CondensationSummaryEvent
    | ConversationErrorEvent
    | ConversationStateUpdateEvent
    | HookExecutionEvent
    | InterruptEvent
    | LLMCompletionLogEvent
    | MessageEvent
    | ObservationEvent
    | PauseEvent
    | SecurityAnalysisEvent
    | ServerErrorEvent
    | StreamingDeltaEvent
    | SystemPromptEvent
    | TokenEvent
    | UserRejectObservation
    | Any
    | HTTPValidationError
    | None
):
    """The documented body of ``response`` (GET /api/conversations/{conversation_id}/events/{event_id})."""
    if not _imported:
        _import_models()
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ACPToolCallEvent
            | ActionEvent
            | AgentErrorEvent
            | Condensation
            | CondensationRequest
            | CondensationSummaryEvent
            | ConversationErrorEvent
            | ConversationStateUpdateEvent
            | HookExecutionEvent
            | InterruptEvent
            | LLMCompletionLogEvent
            | MessageEvent
            | ObservationEvent
            | PauseEvent
            | SecurityAnalysisEvent
            | ServerErrorEvent
            | StreamingDeltaEvent
            | SystemPromptEvent
            | TokenEvent
            | UserRejectObservation
        ):
            global _kinds_response_200
            try:
                table = _kinds_response_200
            except NameError:
                table = _kinds_response_200 = {
                    "ServerErrorEvent": (".server_error_event", "ServerErrorEvent"),
                    "ACPToolCallEvent": (".acp_tool_call_event", "ACPToolCallEvent"),
                    "Condensation": (".condensation", "Condensation"),
                    "CondensationRequest": (
                        ".condensation_request",
                        "CondensationRequest",
                    ),
                    "CondensationSummaryEvent": (
                        ".condensation_summary_event",
                        "CondensationSummaryEvent",
                    ),
                    "ConversationErrorEvent": (
                        ".conversation_error_event",
                        "ConversationErrorEvent",
                    ),
                    "ConversationStateUpdateEvent": (
                        ".conversation_state_update_event",
                        "ConversationStateUpdateEvent",
                    ),
                    "HookExecutionEvent": (
                        ".hook_execution_event",
                        "HookExecutionEvent",
                    ),
                    "LLMCompletionLogEvent": (
                        ".llm_completion_log_event",
                        "LLMCompletionLogEvent",
                    ),
                    "ActionEvent": (".action_event", "ActionEvent"),
                    "MessageEvent": (".message_event", "MessageEvent"),
                    "AgentErrorEvent": (".agent_error_event", "AgentErrorEvent"),
                    "ObservationEvent": (".observation_event", "ObservationEvent"),
                    "UserRejectObservation": (
                        ".user_reject_observation",
                        "UserRejectObservation",
                    ),
                    "SystemPromptEvent": (".system_prompt_event", "SystemPromptEvent"),
                    "SecurityAnalysisEvent": (
                        ".security_analysis_event",
                        "SecurityAnalysisEvent",
                    ),
                    "StreamingDeltaEvent": (
                        ".streaming_delta_event",
                        "StreamingDeltaEvent",
                    ),
                    "TokenEvent": (".token_event", "TokenEvent"),
                    "InterruptEvent": (".interrupt_event", "InterruptEvent"),
                    "PauseEvent": (".pause_event", "PauseEvent"),
                }
            kind_ = data.get("kind") if isinstance(data, dict) else None
            member = table.get(kind_)
            if isinstance(member, tuple):
                module_, class_ = member
                member = table[kind_] = getattr(
                    importlib.import_module(module_, __package__), class_
                )
            if member is None:
                if isinstance(data, dict):
                    raise ValueError(
                        f"kind {data.get('kind')!r} is none of {sorted(table)}"
                    )
                raise TypeError(f"expected an object, got {type(data).__name__}")
            return member.from_dict(data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ACPToolCallEvent
    | ActionEvent
    | AgentErrorEvent
    | Condensation
    | CondensationRequest
    | CondensationSummaryEvent
    | ConversationErrorEvent
    | ConversationStateUpdateEvent
    | HookExecutionEvent
    | InterruptEvent
    | LLMCompletionLogEvent
    | MessageEvent
    | ObservationEvent
    | PauseEvent
    | SecurityAnalysisEvent
    | ServerErrorEvent
    | StreamingDeltaEvent
    | SystemPromptEvent
    | TokenEvent
    | UserRejectObservation
    | Any
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: UUID,
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ACPToolCallEvent
    | ActionEvent
    | AgentErrorEvent
    | Condensation
    | CondensationRequest
    | CondensationSummaryEvent
    | ConversationErrorEvent
    | ConversationStateUpdateEvent
    | HookExecutionEvent
    | InterruptEvent
    | LLMCompletionLogEvent
    | MessageEvent
    | ObservationEvent
    | PauseEvent
    | SecurityAnalysisEvent
    | ServerErrorEvent
    | StreamingDeltaEvent
    | SystemPromptEvent
    | TokenEvent
    | UserRejectObservation
    | Any
    | HTTPValidationError
]:
    """Get Conversation Event

     Get a local event given an id

    Args:
        conversation_id (UUID):
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ACPToolCallEvent | ActionEvent | AgentErrorEvent | Condensation | CondensationRequest | CondensationSummaryEvent | ConversationErrorEvent | ConversationStateUpdateEvent | HookExecutionEvent | InterruptEvent | LLMCompletionLogEvent | MessageEvent | ObservationEvent | PauseEvent | SecurityAnalysisEvent | ServerErrorEvent | StreamingDeltaEvent | SystemPromptEvent | TokenEvent | UserRejectObservation | Any | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        event_id=event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: UUID,
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ACPToolCallEvent
    | ActionEvent
    | AgentErrorEvent
    | Condensation
    | CondensationRequest
    | CondensationSummaryEvent
    | ConversationErrorEvent
    | ConversationStateUpdateEvent
    | HookExecutionEvent
    | InterruptEvent
    | LLMCompletionLogEvent
    | MessageEvent
    | ObservationEvent
    | PauseEvent
    | SecurityAnalysisEvent
    | ServerErrorEvent
    | StreamingDeltaEvent
    | SystemPromptEvent
    | TokenEvent
    | UserRejectObservation
    | Any
    | HTTPValidationError
    | None
):
    """Get Conversation Event

     Get a local event given an id

    Args:
        conversation_id (UUID):
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ACPToolCallEvent | ActionEvent | AgentErrorEvent | Condensation | CondensationRequest | CondensationSummaryEvent | ConversationErrorEvent | ConversationStateUpdateEvent | HookExecutionEvent | InterruptEvent | LLMCompletionLogEvent | MessageEvent | ObservationEvent | PauseEvent | SecurityAnalysisEvent | ServerErrorEvent | StreamingDeltaEvent | SystemPromptEvent | TokenEvent | UserRejectObservation | Any | HTTPValidationError
    """

    return sync_detailed(
        conversation_id=conversation_id,
        event_id=event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: UUID,
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ACPToolCallEvent
    | ActionEvent
    | AgentErrorEvent
    | Condensation
    | CondensationRequest
    | CondensationSummaryEvent
    | ConversationErrorEvent
    | ConversationStateUpdateEvent
    | HookExecutionEvent
    | InterruptEvent
    | LLMCompletionLogEvent
    | MessageEvent
    | ObservationEvent
    | PauseEvent
    | SecurityAnalysisEvent
    | ServerErrorEvent
    | StreamingDeltaEvent
    | SystemPromptEvent
    | TokenEvent
    | UserRejectObservation
    | Any
    | HTTPValidationError
]:
    """Get Conversation Event

     Get a local event given an id

    Args:
        conversation_id (UUID):
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ACPToolCallEvent | ActionEvent | AgentErrorEvent | Condensation | CondensationRequest | CondensationSummaryEvent | ConversationErrorEvent | ConversationStateUpdateEvent | HookExecutionEvent | InterruptEvent | LLMCompletionLogEvent | MessageEvent | ObservationEvent | PauseEvent | SecurityAnalysisEvent | ServerErrorEvent | StreamingDeltaEvent | SystemPromptEvent | TokenEvent | UserRejectObservation | Any | HTTPValidationError]
    """

    kwargs = build_request(
        conversation_id=conversation_id,
        event_id=event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: UUID,
    event_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    ACPToolCallEvent
    | ActionEvent
    | AgentErrorEvent
    | Condensation
    | CondensationRequest
    | CondensationSummaryEvent
    | ConversationErrorEvent
    | ConversationStateUpdateEvent
    | HookExecutionEvent
    | InterruptEvent
    | LLMCompletionLogEvent
    | MessageEvent
    | ObservationEvent
    | PauseEvent
    | SecurityAnalysisEvent
    | ServerErrorEvent
    | StreamingDeltaEvent
    | SystemPromptEvent
    | TokenEvent
    | UserRejectObservation
    | Any
    | HTTPValidationError
    | None
):
    """Get Conversation Event

     Get a local event given an id

    Args:
        conversation_id (UUID):
        event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ACPToolCallEvent | ActionEvent | AgentErrorEvent | Condensation | CondensationRequest | CondensationSummaryEvent | ConversationErrorEvent | ConversationStateUpdateEvent | HookExecutionEvent | InterruptEvent | LLMCompletionLogEvent | MessageEvent | ObservationEvent | PauseEvent | SecurityAnalysisEvent | ServerErrorEvent | StreamingDeltaEvent | SystemPromptEvent | TokenEvent | UserRejectObservation | Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            event_id=event_id,
            client=client,
        )
    ).parsed
