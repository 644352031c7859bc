"""A user's script, as the README teaches: `make lint` type-checks it with mypy --strict and
pyright strict (it is never run). Narrowing by ``kind``, typed inputs, the final answer, cost
and a command result."""

from __future__ import annotations

from openhands_client import AgentServer, Event, ExecutionStatus
from openhands_client.models import (
    LLM,
    Agent,
    AlwaysConfirm,
    Metrics,
    TerminalAction,
    TerminalObservation,
    UnknownAction,
    UnknownObservation,
)


def describe(event: Event) -> str:
    """One line per event, narrowing the union by ``kind``."""
    if event.kind == "ActionEvent":
        if isinstance(event.action, TerminalAction):
            return f"$ {event.action.command}"
        if isinstance(event.action, UnknownAction):
            return f"{event.tool_name}: an action of a new kind, {event.action.kind}"
        return f"{event.tool_name}({event.tool_call.arguments})"
    if event.kind == "ObservationEvent":
        observation = event.observation
        if isinstance(observation, TerminalObservation):
            return f"exit {observation.exit_code}"
        if isinstance(observation, UnknownObservation):
            return f"{event.tool_name}: {observation.additional_properties}"
        return f"{event.tool_name} -> {observation.kind}"
    if event.kind == "MessageEvent":
        return f"{event.source}: {event.llm_message.role}"
    if event.kind == "ConversationErrorEvent":
        return f"{event.code}: {event.detail}"
    if event.kind == "ConversationStateUpdateEvent":
        return f"{event.key} changed"
    if event.kind == "UnknownEvent":
        return f"untyped {event.sent_kind} ({event.error})"
    return f"{event.kind} at {event.timestamp}"


def main() -> None:
    """Run a task with confirmation, print its events, cost and a command's result."""
    agent = Agent(llm=LLM(model="openai/gpt-4o", api_key="sk-...", usage_id="agent"))
    with AgentServer("http://127.0.0.1:8000") as server:
        conv = server.start_conversation(
            agent, working_dir="/workspace", confirmation_policy=AlwaysConfirm()
        )
        conv.send_message("Write hello.py and run it.")
        status: ExecutionStatus = conv.run(timeout=600)
        if status is ExecutionStatus.WAITING_FOR_CONFIRMATION:
            conv.accept_pending_actions()
        for event in conv.events:
            print(describe(event))
        answer: str = conv.final_response()
        print("answer:", answer)
        metrics: Metrics = conv.state.metrics
        cost: float = metrics.accumulated_cost
        usage = metrics.accumulated_token_usage
        prompt_tokens = usage.prompt_tokens if usage else 0
        print(f"${cost:.4f}, {prompt_tokens} prompt tokens")
        result = conv.workspace.execute_command("python hello.py", timeout=60)
        print(result.exit_code, result.timed_out, result.stdout)
        for state in server.conversations(status=ExecutionStatus.FINISHED):
            print(state.id, state.execution_status.value, state.title or "")


if __name__ == "__main__":
    main()
