# Generated from openapi.yaml by openapi-python-client (make regen) — do not edit.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
from ...types import Response


def build_request(
    conversation_id: UUID,
    event_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for GET /api/conversations/{conversation_id}/events/{event_id}."""

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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_0 = ServerErrorEvent.from_dict(data)

                return componentsschemas_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_1 = ACPToolCallEvent.from_dict(data)

                return componentsschemas_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_2 = Condensation.from_dict(data)

                return componentsschemas_event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_3 = CondensationRequest.from_dict(data)

                return componentsschemas_event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_4 = CondensationSummaryEvent.from_dict(
                    data
                )

                return componentsschemas_event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_5 = ConversationErrorEvent.from_dict(data)

                return componentsschemas_event_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_6 = ConversationStateUpdateEvent.from_dict(
                    data
                )

                return componentsschemas_event_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_7 = HookExecutionEvent.from_dict(data)

                return componentsschemas_event_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_8 = LLMCompletionLogEvent.from_dict(data)

                return componentsschemas_event_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_9 = ActionEvent.from_dict(data)

                return componentsschemas_event_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_10 = MessageEvent.from_dict(data)

                return componentsschemas_event_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_11 = AgentErrorEvent.from_dict(data)

                return componentsschemas_event_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_12 = ObservationEvent.from_dict(data)

                return componentsschemas_event_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_13 = UserRejectObservation.from_dict(data)

                return componentsschemas_event_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_14 = SystemPromptEvent.from_dict(data)

                return componentsschemas_event_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_15 = SecurityAnalysisEvent.from_dict(data)

                return componentsschemas_event_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_16 = StreamingDeltaEvent.from_dict(data)

                return componentsschemas_event_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_17 = TokenEvent.from_dict(data)

                return componentsschemas_event_type_17
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_event_type_18 = InterruptEvent.from_dict(data)

                return componentsschemas_event_type_18
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_event_type_19 = PauseEvent.from_dict(data)

            return componentsschemas_event_type_19

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
