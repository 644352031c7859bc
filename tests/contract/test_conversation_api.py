"""The rest of the conversation API against the real server: control without attaching, the
whole start request, server-side event queries, the conversation tree, switches, confirmation,
and the generated layer through ``server.api``."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from harness.agent_server import AgentServerProcess
from harness.scripted_llm import ScriptedLLM
from openhands_api.api.conversations import count_conversations, search_conversations
from openhands_api.api.server import get_server_info
from openhands_api.models.action_event import ActionEvent
from openhands_api.models.conversation_page import ConversationPage
from openhands_client import (
    AgentServer,
    AgentServerError,
    AsyncAgentServer,
    ExecutionStatus,
    NotFoundError,
    StatusError,
    UnsupportedFeatureError,
    _socket,
)
from openhands_client._compat import (
    CONTROL_CREATE,
    IDEMPOTENT_CREATE,
    SWITCH_LLM_SINCE,
    ServerRelease,
)
from tests.conftest import SESSION_API_KEY, AgentFactory
from tests.contract.helpers import assert_log_is_servers, eventually, server_log, server_release

pytestmark = pytest.mark.contract


class RecordingTransport(httpx.AsyncHTTPTransport):
    """A real transport that records each request's method and path."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path))
        return await super().handle_async_request(request)


def tool_names(events: Any) -> list[str]:
    return [e.tool_name for e in events if e.kind == "ActionEvent"]


def wait_finished(conv: Any) -> None:
    eventually(
        lambda: conv.refresh_state().execution_status is ExecutionStatus.FINISHED,
        timeout=60,
        what="the run to finish",
    )


async def test_control_creates_idempotently_and_runs_without_a_socket_or_the_log(
    agent_server: AgentServerProcess, make_agent: AgentFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_socket(self: object) -> None:
        raise AssertionError("a control handle opened an event socket")

    transport = RecordingTransport()
    ids = [uuid.uuid4() for _ in range(10)]
    async with AsyncAgentServer(
        agent_server.url, api_key=SESSION_API_KEY, transport=transport
    ) as server:
        with monkeypatch.context() as patch:
            patch.setattr(_socket.EventSocket, "start", no_socket)
            controls = [server.control(i) for i in ids]
            with pytest.raises(NotFoundError):
                await controls[0].status()
            agent, workdir = make_agent("think-1"), str(agent_server.workdir)
            if server_release(agent_server).offers(CONTROL_CREATE):
                created = await asyncio.gather(*(c.create(agent, workdir) for c in controls))
                # Re-sending a create (e.g. after a lost answer) returns the same conversation.
                again = await controls[0].create(agent, workdir, tags={"ignored": "x"})
                assert [info.id for info in created] == ids and again.id == ids[0]
                assert await server.count_conversations() >= len(ids)
            else:
                # Older servers do not deduplicate creates: refused, and nothing is sent.
                with pytest.raises(UnsupportedFeatureError) as refused:
                    await controls[0].create(agent, workdir)
                assert refused.value.feature == CONTROL_CREATE
                with pytest.raises(NotFoundError):
                    await controls[0].status()
                # The handle drives a conversation created otherwise just the same.
                workspace = {"kind": "LocalWorkspace", "working_dir": workdir}
                body = {"agent": agent, "workspace": workspace, "conversation_id": str(ids[0])}
                async with httpx.AsyncClient(headers=agent_server.headers) as http:
                    made = await http.post(f"{agent_server.url}/api/conversations", json=body)
                assert made.status_code == 201, made.text

            first = controls[0]
            await first.send_message("go")
            assert await first.run() is True
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if await first.status() is ExecutionStatus.FINISHED:
                    break
                await asyncio.sleep(0.1)
            assert await first.status() is ExecutionStatus.FINISHED
            assert (await first.info()).id == ids[0]
        assert not any("/events/search" in path for _, path in transport.seen)
        assert not any(path.endswith("/secrets") for _, path in transport.seen)

        # Attach later, by id, for the full view.
        conv = await server.attach_conversation(ids[0])
        assert tool_names(conv.events) == ["think", "finish"]
        assert conv.state.execution_status is ExecutionStatus.FINISHED


def test_whole_start_request_in_one_request(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    marker = tmp_path / "hook-ran"
    hook = {"matcher": "*", "hooks": [{"type": "command", "command": f"touch {marker}"}]}
    transport = RecordingTransport()
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY, transport=transport) as server:
        conv = server.start_conversation(
            make_agent("think-1"),
            str(agent_server.workdir),
            secrets={"DEPLOY_TOKEN": "s3cret-value"},
            tags={"team": "evals"},
            request={
                "initial_message": "hello from the start request",
                "hook_config": {"user_prompt_submit": [hook]},
                "observability_tags": ["contract"],
            },
        )
        starts = [p for m, p in transport.seen if m == "POST"]
        assert starts == ["/api/conversations"], "one request: no second call for secrets"
        wait_finished(conv)
        assert_log_is_servers(conv, agent_server)
        messages = [e for e in conv.events if e.kind == "MessageEvent" and e.source == "user"]
        assert "hello from the start request" in str(messages[0].to_dict())
        assert tool_names(conv.events) == ["think", "finish"]
        registry = conv.state.raw["secret_registry"]["secret_sources"]
        assert set(registry) == {"DEPLOY_TOKEN"}
        assert conv.state.raw["tags"] == {"team": "evals"}
        assert marker.exists(), "the user_prompt_submit hook ran"
        # run() on it now has nothing to do: the server never says `running`, only publishes
        # its post-run snapshot; run() must return, not wait for a start that never comes.
        assert conv.run(timeout=30) is ExecutionStatus.FINISHED

        # Starting under an existing id attaches; the server ignores that request's secrets,
        # so the client sends the missing ones after it.
        before = len(transport.seen)
        if server_release(agent_server).offers(IDEMPOTENT_CREATE):
            again = server.start_conversation(
                make_agent("think-1"),
                str(agent_server.workdir),
                conversation_id=conv.id,
                secrets={"LATE_TOKEN": "late-value"},
            )
            assert again.id == conv.id
            # (The server's GET answer does not list a conversation's secrets reliably: the
            # request log is the evidence.)
            assert ("POST", f"/api/conversations/{conv.id}/secrets") in transport.seen[before:]
        else:  # older servers do not deduplicate creates: refused before any request
            with pytest.raises(UnsupportedFeatureError) as refused:
                server.start_conversation(
                    make_agent("think-1"), str(agent_server.workdir), conversation_id=conv.id
                )
            assert refused.value.feature == IDEMPOTENT_CREATE
            assert transport.seen[before:] == []

        with pytest.raises(TypeError, match="unexpected option 'initial_mesage'"):
            server.start_conversation(
                make_agent(),
                "/w",
                request={"initial_mesage": "typo"},  # type: ignore[typeddict-unknown-key]
            )


def test_start_request_worktree(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "README").write_text("hi\n")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "init"], check=True)
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(
            make_agent("finish"), str(repo), request={"worktree": True}
        )
        try:
            working_dir = Path(conv.state.raw["workspace"]["working_dir"])
            assert working_dir != repo and str(conv.id.hex) in str(working_dir).replace("-", "")
            assert (working_dir / "README").read_text() == "hi\n"
            listed = subprocess.run([*git, "worktree", "list"], capture_output=True, text=True)
            assert str(working_dir) in listed.stdout
        finally:
            conv.delete()
            subprocess.run([*git, "worktree", "remove", "--force", str(working_dir)], check=False)


def test_start_without_an_agent_from_agent_settings_or_a_stored_profile(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    settings = {"agent_kind": "openhands", "llm": make_agent("think-1")["llm"]}
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        built = server.start_conversation(
            None, str(agent_server.workdir), request={"agent_settings": settings}
        )
        built.send_message("go")
        assert built.run(timeout=60) is ExecutionStatus.FINISHED
        assert tool_names(built.events) == ["think", "finish"], "the settings' LLM ran"
        if not ServerRelease(server.info().version, frozenset()).at_least("1.57.0"):
            return  # agent_launch_additions.llm_profile_ref arrived in 1.57
        llm_profile = f"scripted-{uuid.uuid4().hex[:8]}"
        with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
            saved = http.post(
                f"/api/profiles/{llm_profile}", json={"llm": make_agent("finish")["llm"]}
            )
            assert saved.status_code < 300, saved.text
        # The stored Agent Profiles, typed: the server keeps one active (a default one at first).
        profiles = server.agent_profiles()
        profile_id = profiles.active_agent_profile_id
        assert isinstance(profile_id, str) and profile_id in [p.id for p in profiles.profiles]
        stored = server.start_conversation(
            None,
            str(agent_server.workdir),
            request={
                "agent_profile_id": profile_id,
                "agent_launch_additions": {"llm_profile_ref": llm_profile},
            },
        )
        launched = stored.state.raw["launched_agent_profile"]
        assert launched["agent_profile_id"] == profile_id
        assert launched["llm_profile_ref"] == llm_profile
        stored.send_message("go")
        assert stored.run(timeout=60) is ExecutionStatus.FINISHED
        assert tool_names(stored.events) == ["finish"], "the stored LLM profile ran"


async def test_server_side_event_queries(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = await server.start_conversation(make_agent("think-2"), str(agent_server.workdir))
        await conv.send_message("find the Needle please")
        assert await conv.run(timeout=60) is ExecutionStatus.FINISHED
        log = server_log(agent_server, conv.id)

        assert await conv.count_events() == len(log)
        actions = [e async for e in conv.search_events(kind="ActionEvent")]
        assert all(isinstance(e, ActionEvent) for e in actions)
        assert [e.tool_name for e in actions] == ["think", "think", "finish"]
        assert await conv.count_events(kind="ActionEvent") == 3

        by_user = [e async for e in conv.search_events(source="user")]
        assert [e.kind for e in by_user] == ["MessageEvent"]
        assert await conv.count_events(body="needle") == 1
        assert [e.id async for e in conv.search_events(body="NEEDLE")] == [by_user[0].id]

        # One event a page: the walk is lazy and still complete, in both orders.
        one_by_one = [e.id async for e in conv.search_events(page_size=1)]
        assert one_by_one == [e["id"] for e in log]
        newest = [e.id async for e in conv.search_events(newest_first=True, page_size=7)]
        assert newest == one_by_one[::-1]

        middle = log[len(log) // 2]["timestamp"]
        since = [e.id async for e in conv.search_events(since=middle)]
        until = [e.id async for e in conv.search_events(until=middle)]
        assert sorted(since + until) == sorted(one_by_one) and since and until
        assert await conv.count_events(since=middle) == len(since)

        got = await conv.get_event(actions[0].id)
        assert isinstance(got, ActionEvent) and got.id == actions[0].id
        assert got.tool_call.to_dict()["arguments"] == actions[0].tool_call.to_dict()["arguments"]
        with pytest.raises(NotFoundError):
            await conv.get_event("no-such-event")
        with pytest.raises(ValueError, match="source"):
            conv.search_events(source="robot")
        with pytest.raises(ValueError, match="since"):
            await conv.count_events(since="yesterday")

        # The same queries, typed, from the light handle (nothing attached); tool filtered here.
        control = server.control(conv.id)
        assert await control.count_events() == len(log)
        think_ids = [e["id"] for e in log if e.get("tool_name") == "think"]
        thinks = [e async for e in control.search_events(tool="think", page_size=3)]
        assert [e.id for e in thinks] == think_ids and len(think_ids) >= 4  # actions, observations
        assert await control.count_events(tool="think") == len(think_ids)
        assert await control.count_events(kind="ActionEvent", tool="think") == 2
        assert [e.id async for e in conv.search_events(tool="think")] == think_ids
        got = await control.get_event(actions[-1].id)
        assert isinstance(got, ActionEvent) and got.tool_name == "finish"
        with pytest.raises(ValueError, match="tool"):
            control.search_events(tool="")


def test_fork_with_options_navigate_and_switch_llm(
    agent_server: AgentServerProcess, make_agent: AgentFactory, scripted_llm: ScriptedLLM
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        # No background title: its LLM call would change the stats after the fork.
        conv = server.start_conversation(
            make_agent("think-2"), str(agent_server.workdir), autotitle=False
        )
        conv.send_message("start")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        first_action = next(e for e in conv.events if e.kind == "ActionEvent")

        fork_id = uuid.uuid4()
        fork = conv.fork(
            from_event_id=first_action.id,
            conversation_id=fork_id,
            title="the fork",
            tags={"branch": "a"},
            reset_metrics=False,
        )
        assert fork.id == fork_id
        # Servers before 1.57 also keep the title among the tags.
        assert fork.state.raw["tags"]["branch"] == "a" and fork.state.title == "the fork"
        assert [e.id for e in fork.events][-1] == first_action.id
        cost = conv.state.raw["stats"]
        assert fork.state.raw["stats"] == cost, "reset_metrics=False keeps the stats"

        conv.navigate(first_action.id)
        assert conv.state.raw["leaf_event_id"] == first_action.id
        with pytest.raises(ValueError, match="event_id"):
            conv.navigate("")

        if not ServerRelease(str(server.info().version), frozenset()).at_least(SWITCH_LLM_SINCE):
            with pytest.raises(UnsupportedFeatureError, match=SWITCH_LLM_SINCE):
                conv.switch_llm({**make_agent("finish")["llm"]})
            return
        conv.switch_llm({**make_agent("finish")["llm"]})
        conv.send_message("again, on the new LLM")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        # The switched LLM (script "finish") answered at once: no think after the new message.
        last_user = max(
            i for i, e in enumerate(conv.events) if e.kind == "MessageEvent" and e.source == "user"
        )
        assert tool_names(list(conv.events)[last_user:]) == ["finish"]


def test_switch_profile_acp_model_and_load_plugin(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    profile = f"fast-{uuid.uuid4().hex[:8]}"
    with httpx.Client(base_url=agent_server.url, headers=agent_server.headers) as http:
        saved = http.post(f"/api/profiles/{profile}", json={"llm": make_agent("finish")["llm"]})
        assert saved.status_code < 300, saved.text
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(make_agent("think-3"), str(agent_server.workdir))
        conv.switch_profile(profile)
        conv.send_message("go")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        assert tool_names(conv.events) == ["finish"], "the profile's LLM ran the step"
        with pytest.raises(NotFoundError):
            conv.switch_profile("no-such-profile")
        # Without registered marketplaces the server refuses plugins (HTTP 400), typed.
        with pytest.raises(AgentServerError, match="marketplace") as refused:
            conv.load_plugin("some-plugin")
        assert refused.value.status_code == 400
        # An agent that is not ACP has no ACP model to switch: the server's 400, typed.
        with pytest.raises(StatusError) as not_acp:
            conv.switch_acp_model("some-model")
        assert type(not_acp.value) is StatusError and not_acp.value.status_code == 400


def write_marketplace(root: Path, marker: Path) -> None:
    """A local marketplace with one plugin whose hook touches ``marker`` on each prompt."""
    (root / ".plugin").mkdir(parents=True)
    plugins = [{"name": "greeter", "source": "./plugins/greeter"}]
    manifest = {"name": "local-tools", "owner": {"name": "tests"}, "plugins": plugins}
    (root / ".plugin" / "marketplace.json").write_text(json.dumps(manifest))
    plugin = root / "plugins" / "greeter"
    (plugin / ".plugin").mkdir(parents=True)
    (plugin / ".plugin" / "plugin.json").write_text(json.dumps({"name": "greeter"}))
    (plugin / "hooks").mkdir()
    hook = {"matcher": "*", "hooks": [{"type": "command", "command": f"touch {marker}"}]}
    (plugin / "hooks" / "hooks.json").write_text(json.dumps({"UserPromptSubmit": [hook]}))


def test_load_plugin_from_a_registered_marketplace(
    agent_server: AgentServerProcess, make_agent: AgentFactory, tmp_path: Path
) -> None:
    marker = tmp_path / "plugin-hook-ran"
    write_marketplace(tmp_path / "market", marker)
    marketplace = {"name": "local-tools", "source": str(tmp_path / "market")}
    agent = {**make_agent("think-1"), "agent_context": {"registered_marketplaces": [marketplace]}}
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(agent, str(agent_server.workdir))
        conv.load_plugin("greeter")
        conv.send_message("hello, plugin")
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        assert marker.exists(), "the loaded plugin's hook ran on the prompt"
        with pytest.raises(NotFoundError, match="nope"):
            conv.load_plugin("nope")


def test_pending_actions_then_accept(
    agent_server: AgentServerProcess, make_agent: AgentFactory
) -> None:
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        conv = server.start_conversation(
            make_agent("confirm-1"),
            str(agent_server.workdir),
            confirmation_policy={"kind": "AlwaysConfirm"},
        )
        assert conv.pending_actions() == []
        conv.send_message("two things at once")
        assert conv.run(timeout=60) is ExecutionStatus.WAITING_FOR_CONFIRMATION
        pending = conv.pending_actions()
        assert [a.tool_name for a in pending] == ["think", "think"]

        conv.accept_pending_actions()
        assert conv.run(timeout=60) is ExecutionStatus.FINISHED
        observed = {e.to_dict()["action_id"] for e in conv.events if e.kind == "ObservationEvent"}
        assert {a.id for a in pending} <= observed, "both accepted actions ran"
        assert not any(e.kind == "UserRejectObservation" for e in conv.events)
        assert conv.pending_actions() == []
        assert tool_names(conv.events)[-1] == "finish"


async def test_generated_layer_through_server_api(agent_server: AgentServerProcess) -> None:
    async with AsyncAgentServer(agent_server.url, api_key=SESSION_API_KEY) as server:
        page = await search_conversations.asyncio(client=server.api)
        assert isinstance(page, ConversationPage)
        info = await get_server_info.asyncio(client=server.api)
        assert info is not None and info.version
    with AgentServer(agent_server.url, api_key=SESSION_API_KEY) as sync_server:
        # sync() goes through the server's own pool, on its loop: with the key.
        assert isinstance(count_conversations.sync(client=sync_server.api), int)
    with AgentServer(agent_server.url, api_key="wrong") as wrong:
        detailed = count_conversations.sync_detailed(client=wrong.api)
        assert detailed.status_code == 401
