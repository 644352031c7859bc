"""The fake server's REST side: the routes it answers (through an :class:`httpx.MockTransport`),
the requests it records, the answers a test injects or hooks in."""

from __future__ import annotations

import json
import re
import ssl as ssl_module
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._answers import Injected, search_response
from ._events import JSON, SERVER_INFO, conversation_info, message
from ._fake_conversation import FakeConversation, RunScript
from ._store import ConversationStore

RestHook = Callable[[httpx.Request, Callable[[], httpx.Response]], Awaitable[httpx.Response | None]]
"""What a REST request meets first: ``hook(request, answer)`` returns its own response, or
``None`` for the fake's usual one (``answer()`` computes that, to change or delay it)."""


class FakeRest(ConversationStore):
    """The REST API of a fake server, answered in process: pass ``transport`` as ``transport=``.

    ``scripts``, ``bare_400_for_unknown``, ``page_size`` and ``hooks`` script it; ``requests``
    records every REST request (see :class:`FakeAgentServer`).
    """

    def __init__(
        self, api_key: str | None = None, *, ssl: ssl_module.SSLContext | None = None
    ) -> None:
        super().__init__(api_key, ssl=ssl)
        self.page_size: int | None = None
        self.scripts: dict[str, RunScript] = {}
        self.bare_400_for_unknown = False
        self.requests: list[httpx.Request] = []
        self.hooks: list[RestHook] = []
        self._injected: list[Injected] = []
        self.transport = httpx.MockTransport(self._handle_http)

    def inject(
        self, method: str, path: str, status: int, body: Any = None, *, times: int | None = 1
    ) -> None:
        """Answer the next ``times`` requests matching ``method`` and ``path`` (a regex)."""
        with self._lock:
            self._injected.append(Injected(method, re.compile(path), status, body, times))

    def requests_to(self, method: str, path: str) -> list[httpx.Request]:
        """Every REST request with ``method`` whose path matches ``path`` (a regex), in order."""
        pattern = re.compile(path)
        with self._lock:
            return [r for r in self.requests if r.method == method and pattern.search(r.url.path)]

    # -- REST --------------------------------------------------------------------------------

    async def _handle_http(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
        for hook in list(self.hooks):
            answer = await hook(request, lambda: self._route(request))
            if answer is not None:
                return answer
        return self._route(request)

    def _route(self, request: httpx.Request) -> httpx.Response:
        injected = self._take_injected(request)
        if injected is not None:
            return injected
        if not self._authorized(request):
            return httpx.Response(401, json={"detail": "Unauthorized"})
        path, method = request.url.path, request.method
        if path == "/server_info" and method == "GET":
            return httpx.Response(200, json=SERVER_INFO)
        if path == "/api/conversations" and method == "POST":
            return self._start(request)
        match = re.fullmatch(r"/api/conversations/([^/]+)(/.*)?", path)
        if match is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        conversation = self._find(match.group(1))
        rest = match.group(2) or ""
        if conversation is None:
            # The quirk of servers before 1.58: pause, interrupt and DELETE answer a bare 400.
            quirk = rest in ("/pause", "/interrupt") or (rest == "" and method == "DELETE")
            if quirk and self.bare_400_for_unknown:
                return httpx.Response(400, json={"detail": "Bad Request"})
            return httpx.Response(404, json={"detail": "Not Found"})
        return self._conversation_route(request, conversation, method, rest)

    def _conversation_route(
        self, request: httpx.Request, conversation: FakeConversation, method: str, rest: str
    ) -> httpx.Response:
        ok = httpx.Response(200, json={"success": True})
        if rest == "" and method == "GET":
            return httpx.Response(200, json=self.info(conversation))
        if rest == "" and method == "DELETE":
            conversation.deleted = True
            return ok
        if rest == "" and method == "PATCH":
            conversation.title = json.loads(request.content).get("title")
            return ok
        if rest == "/events/search" and method == "GET":
            return self._search(request, conversation)
        if rest == "/events/count" and method == "GET":
            with self._lock:
                return httpx.Response(200, json=len(conversation.log))
        if rest == "/run" and method == "POST":
            if conversation.status == "running":
                detail = "Conversation already running. Wait for completion or pause first."
                return httpx.Response(409, json={"detail": detail})
            self._start_run(conversation)
            return ok
        if rest == "/events" and method == "POST":
            body = json.loads(request.content)
            text = body["content"][0]["text"]
            said = message(self.new_id("msg"), self.now(), text)
            self._spawn(self._publish(conversation, [said]))
            if body.get("run") and conversation.status != "running":
                self._start_run(conversation)
            return ok
        if rest == "/children" and method == "POST":
            return self._start_child(request, conversation)
        if rest == "/agent_final_response" and method == "GET":
            return httpx.Response(200, json={"response": self.final_response(conversation)})
        answered = (
            "/secrets",
            "/pause",
            "/interrupt",
            "/switch_acp_model",
            "/goal",
            "/goal/stop",
            "/goal/resume",
        )
        if rest in answered and method == "POST":
            return ok
        return httpx.Response(404, json={"detail": "Not Found"})

    def info(self, conversation: FakeConversation) -> JSON:
        """The conversation's ``ConversationInfo``, as the server answers a GET of it."""
        with self._lock:
            info = conversation_info(conversation.id, conversation.status, title=conversation.title)
            known = self._conversations.values()
            children = [c.id for c in known if c.parent_id == conversation.id]
        info["sub_conversation_ids"] = [str(child) for child in children]
        if conversation.parent_id is not None:
            info["parent_conversation_id"] = str(conversation.parent_id)
        return info

    def _start_child(self, request: httpx.Request, parent: FakeConversation) -> httpx.Response:
        """``POST .../children``: a child with the parent's run script, which runs its task at
        once (the task its first user message), linked to the parent."""
        body = json.loads(request.content)
        child = self.add_conversation(run_script=parent.run_script)
        child.parent_id, child.title = parent.id, body.get("title")
        said = message(self.new_id("msg"), self.now(), str(body["task"]))
        self._spawn(self._publish(child, [said]))
        self._start_run(child)
        answer = {
            "conversation_id": str(child.id),
            "parent_conversation_id": str(parent.id),
            "status": "idle",
            "title": child.title,
            "url": None,
            "workspace": self.info(child)["workspace"]["working_dir"],
            "isolation": "shared",  # the fake's workspace is no git repository
        }
        return httpx.Response(201, json=answer)

    def final_response(self, conversation: FakeConversation) -> str:
        """The agent's final answer: the text of its last message in the log (``""``: none)."""
        with self._lock:
            said = [
                e
                for e in conversation.log
                if e.get("kind") == "MessageEvent" and e.get("source") == "agent"
            ]
        if not said:
            return ""
        content = said[-1]["llm_message"]["content"]
        return "".join(str(part.get("text", "")) for part in content if part.get("type") == "text")

    def _start(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        requested = body.get("conversation_id")
        if requested is not None:
            existing = self._find(requested)
            if existing is not None:
                return httpx.Response(200, json=self.info(existing))
        llm = (body.get("agent") or {}).get("llm") or {}
        conversation = self.add_conversation(
            conversation_id=uuid.UUID(requested) if requested else None,
            run_script=self.scripts.get(str(llm.get("model"))),
        )
        info = self.info(conversation)
        info["workspace"] = body["workspace"]
        # Like the server: a new conversation takes the request's secrets (values masked).
        masked = {"kind": "StaticSecret", "value": "**********"}
        info["secret_registry"] = {
            "secret_sources": dict.fromkeys(body.get("secrets") or {}, masked)
        }
        return httpx.Response(201, json=info)

    def _search(self, request: httpx.Request, conversation: FakeConversation) -> httpx.Response:
        with self._lock:
            log = list(conversation.log)
        return search_response(log, request, self.page_size)

    def _take_injected(self, request: httpx.Request) -> httpx.Response | None:
        with self._lock:
            for item in self._injected:
                if item.method == request.method and item.path.search(request.url.path):
                    if item.times is not None:
                        item.times -= 1
                        if item.times == 0:
                            self._injected.remove(item)
                    if isinstance(item.body, (dict, list)):
                        return httpx.Response(item.status, json=item.body)
                    return httpx.Response(item.status, text=str(item.body or ""))
        return None


__all__ = ["FakeRest", "RestHook"]
