"""``openhands-client doctor``: check that a server speaks the contract this client implements.

Calls the read-only operations the client uses (server info, readiness, tools, conversation
search and count, one conversation's info and events when there is one), validates every answer
against ``openapi.yaml``'s schemas, and checks the event socket (first-frame auth, replay with
``resend_mode=since``). Given an agent, it checks a one-step conversation of its own instead of
an existing one, and deletes it afterwards.
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID, uuid4

import httpx
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException

from ._compat import NEWEST_TESTED, OLDEST_TESTED
from ._connection import DEFAULT_MAX_MESSAGE_SIZE, Connection, normalize_base_url
from ._doctor_report import DoctorReport, Mismatch, version_supported
from ._portal import Portal
from ._schema_check import SchemaValidator, describe, load_contract
from ._server import AsyncAgentServer
from ._socket import (
    CLOSE_AUTH_FAILED,
    CLOSE_MESSAGE_TOO_BIG,
    CLOSE_NOT_FOUND,
    open_socket,
    socket_url,
)
from ._state import ExecutionStatus
from ._terminal_text import redact_url
from .errors import (
    AgentServerError,
    AuthenticationError,
    MessageTooLargeError,
    NotAnAgentServerError,
    TransportError,
    WaitTimeoutError,
)

SOCKET = "event socket"
_CLOSE_TIMEOUT = 1.0
"""Seconds to wait for the server's close frame once done with a socket."""
MAX_FRAMES = 100
"""The most frames read from one socket (a replay of the newest event takes a few): each is
checked as it comes and then dropped."""
_WRONG_KEY = "openhands-client-doctor-wrong-key"


@dataclass(frozen=True)
class _NotJson:
    """An answer (body or frame) that does not parse as JSON, or nests too deeply to."""

    text: str

    def __str__(self) -> str:
        return f"{self.text[:80]!r}, not JSON"


def _parse(content: str | bytes) -> Any:
    """``content`` as JSON, or :class:`_NotJson` (never an exception: the server wrote it)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        text = content if isinstance(content, str) else content.decode("utf-8", "replace")
        return _NotJson(text)


class _Doctor:
    """One diagnosis: the checks, sharing the client's own connection (its size limit, TLS
    context, no redirects), appending to one report."""

    def __init__(self, connection: Connection, timeout: float):
        self.connection, self.timeout = connection, timeout
        self.url, self.api_key, self.http = connection.base_url, connection.api_key, connection.http
        contract = load_contract()
        self.operations: dict[str, Any] = contract["operations"]
        self.validator = SchemaValidator(contract["schemas"])
        self.report = DoctorReport(redact_url(self.url))

    def mismatch(self, operation: str, path: str, expected: str, got: str) -> None:
        self.report.mismatches.append(Mismatch(operation, path, expected, got))

    def within_limit(self, what: str) -> str:
        return f"{what} within max_message_size ({self.connection.max_message_size} bytes)"

    def validate(self, operation: str, value: Any, schema: Any, path: str = "$") -> None:
        """A mismatch for every way ``value`` breaks ``schema``."""
        try:
            problems = self.validator.problems(value, schema, path)
        except RecursionError:
            self.mismatch(
                operation, path, "a body the check can follow", "nesting too deep to check"
            )
            return
        for problem in problems:
            self.mismatch(operation, problem.path, problem.expected, problem.got)

    async def request(self, operation_id: str, **params: Any) -> httpx.Response:
        operation = self.operations[operation_id]
        path_names = re.findall(r"{(\w+)}", operation["path"])
        path = operation["path"].format(**{name: params.pop(name) for name in path_names})
        try:
            response = await self.http.request(operation["method"], path, params=params)
        except httpx.TransportError as exc:
            raise TransportError(f"cannot reach {self.report.url}: {exc!r}") from exc
        if response.status_code in (401, 403):
            raise AuthenticationError(
                f"{operation_id}: HTTP {response.status_code} (is --api-key right?)",
                status_code=response.status_code,
            )
        return response

    async def check(self, operation_id: str, **params: Any) -> Any:
        """Call an operation and validate its answer; the JSON body, or None if unusable."""
        self.report.checked.append(operation_id)
        try:
            response = await self.request(operation_id, **params)
        except MessageTooLargeError:
            self.mismatch(operation_id, "$", self.within_limit("a body"), "a larger one")
            return None
        status = response.status_code
        schema = self.operations[operation_id]["responses"].get(str(status))
        if not response.is_success or schema is None:
            got = f"HTTP {status} {response.text[:120]!r}"
            self.mismatch(operation_id, "$", "a successful answer the spec declares", got)
            return None
        body = _parse(response.content)
        if isinstance(body, _NotJson):
            kind = response.headers.get("content-type", "no content type")
            self.mismatch(operation_id, "$", "a JSON body", f"{kind} {body}")
            return None
        self.validate(operation_id, body, schema)
        return body

    async def server_info(self) -> None:
        response = await self.request("get_server_info")
        body = _parse(response.content) if response.status_code == 200 else None
        if not isinstance(body, dict):
            kind = response.headers.get("content-type", "no content type")
            raise NotAnAgentServerError(
                f"{self.report.url} does not look like an OpenHands agent server: GET "
                f"/server_info answered HTTP {response.status_code} ({kind}), not a JSON object",
                status_code=response.status_code,
            )
        self.report.checked.append("get_server_info")
        self.validate(
            "get_server_info", body, self.operations["get_server_info"]["responses"]["200"]
        )
        version, capabilities = body.get("version"), body.get("capabilities")
        self.report.version = version if isinstance(version, str) else None
        if isinstance(capabilities, list):
            self.report.capabilities = [str(c) for c in capabilities]
        if self.report.version is None or not version_supported(self.report.version):
            got = describe(version) if "version" in body else "missing"
            expected = f"a version from {OLDEST_TESTED} to {NEWEST_TESTED}"
            self.mismatch("get_server_info", "$.version", expected, got)

    async def conversation(self, conversation_id: str) -> None:
        await self.check("get_conversation", conversation_id=conversation_id)
        page = await self.check(
            "search_events", conversation_id=conversation_id, sort_order="TIMESTAMP_DESC", limit=5
        )
        items = page.get("items") if isinstance(page, dict) else None
        newest = items[0] if isinstance(items, list) and items else None
        if not isinstance(newest, dict) or not isinstance(newest.get("timestamp"), str):
            self.report.skipped.append(
                f"socket replay: conversation {conversation_id} has no timestamped event"
            )
            return
        try:
            since = datetime.fromisoformat(newest["timestamp"])
        except ValueError:
            self.mismatch(
                "search_events",
                "$.items[0].timestamp",
                "an ISO timestamp",
                describe(newest["timestamp"]),
            )
            return
        try:
            parsed_id = UUID(conversation_id)
        except ValueError:
            self.mismatch("get_conversation", "$.id", "a UUID", describe(conversation_id))
            return
        await self.socket_replay(parsed_id, since, str(newest.get("id")))

    async def socket_frames(
        self,
        url: str,
        api_key: str | None,
        want_id: str | None,
        on_frame: Callable[[int, Any], None] = lambda index, frame: None,
    ) -> int:
        """Connect, authenticate with a first frame, read until ``want_id`` arrives, the
        server closes or :data:`MAX_FRAMES` frames were read; how many were read. Each frame
        goes to ``on_frame`` with its index (:class:`_NotJson` for one that is not JSON), and
        none is kept. Raises ConnectionClosed, InvalidStatus, TimeoutError."""
        count = 0

        async def read() -> None:
            nonlocal count
            connection = await open_socket(
                url,
                max_size=self.connection.max_message_size,
                ssl_context=self.connection.ssl_context,
                open_timeout=self.timeout,
                close_timeout=_CLOSE_TIMEOUT,
            )
            async with connection as ws:
                if api_key is not None:
                    await ws.send(json.dumps({"type": "auth", "session_api_key": api_key}))
                async for message in ws:
                    frame = _parse(message)
                    del message
                    on_frame(count, frame)
                    count += 1
                    wanted = want_id is not None and _event_id(frame) == want_id
                    if wanted or count >= MAX_FRAMES:
                        return

        await asyncio.wait_for(read(), self.timeout)
        return count

    async def socket_close_code(self, api_key: str | None) -> str:
        """How the socket answers a conversation id that does not exist."""
        url = socket_url(self.url, uuid4(), None)
        try:
            count = await self.socket_frames(url, api_key, None)
        except ConnectionClosed as exc:
            return self.closed(exc)
        except InvalidStatus as exc:
            status = exc.response.status_code
            redirect = " (a redirect, not followed)" if 300 <= status < 400 else ""
            return f"HTTP {status} at the handshake{redirect}"
        except (OSError, TimeoutError, WebSocketException) as exc:
            return f"{type(exc).__name__} {exc}"
        if count >= MAX_FRAMES:
            return f"{count} frames, read no further"
        return f"{count} frames, then a clean close"

    def closed(self, exc: ConnectionClosed) -> str:
        """How the socket ended, as a report's ``got``."""
        if exc.sent is not None and exc.sent.code == CLOSE_MESSAGE_TOO_BIG:
            return f"a frame over max_message_size ({self.connection.max_message_size} bytes)"
        return f"close {exc.rcvd.code}" if exc.rcvd is not None else "a closed connection"

    async def socket_auth(self) -> None:
        self.report.checked.append(SOCKET)
        got = await self.socket_close_code(self.api_key)
        if got == f"close {CLOSE_AUTH_FAILED}":
            raise AuthenticationError("event socket: authentication failed (is --api-key right?)")
        if got != f"close {CLOSE_NOT_FOUND}":
            self.mismatch(SOCKET, "/sockets/events/{unknown id}", f"close {CLOSE_NOT_FOUND}", got)
        if self.api_key is not None:
            got = await self.socket_close_code(_WRONG_KEY)
            if got != f"close {CLOSE_AUTH_FAILED}":
                expected = f"close {CLOSE_AUTH_FAILED} for a wrong first-frame key"
                self.mismatch(SOCKET, "first frame auth", expected, got)

    async def socket_replay(self, conversation_id: UUID, since: datetime, want_id: str) -> None:
        self.report.checked.append(f"{SOCKET} replay")
        url = socket_url(self.url, conversation_id, since)
        where = f"/sockets/events/{conversation_id}?resend_mode=since"
        event_schema = {"$ref": "#/components/schemas/Event"}
        found = False

        def check_frame(index: int, frame: Any) -> None:
            nonlocal found
            if isinstance(frame, _NotJson):
                self.mismatch(SOCKET, f"$frame[{index}]", "a JSON event", str(frame))
            else:
                self.validate(SOCKET, frame, event_schema, f"$frame[{index}]")
            found = found or _event_id(frame) == want_id

        try:
            count = await self.socket_frames(url, self.api_key, want_id, check_frame)
        except ConnectionClosed as exc:
            self.mismatch(SOCKET, where, f"a replay of event {want_id}", self.closed(exc))
            return
        except (OSError, TimeoutError, WebSocketException) as exc:
            self.mismatch(
                SOCKET, where, f"a replay of event {want_id}", f"{type(exc).__name__} {exc}"
            )
            return
        if not found:
            got = f"{count} frames without it"
            self.mismatch(SOCKET, where, f"a replay of event {want_id}", got)

    async def run_checks(
        self, agent: Mapping[str, Any] | None, working_dir: str | None, run_timeout: float
    ) -> None:
        """Every check, in order; with ``agent``, on a one-step conversation of its own."""
        await self.server_info()
        await self.check("ready")
        await self.check("list_tools")
        page = await self.check("search_conversations", sort_order="CREATED_AT_DESC", limit=5)
        await self.check("count_conversations")
        await self.socket_auth()
        items = page.get("items") if isinstance(page, dict) else None
        if agent is not None:
            await self.run_conversation(agent, working_dir or tempfile.gettempdir(), run_timeout)
        elif isinstance(items, list) and items and isinstance(items[0], dict):
            await self.conversation(str(items[0].get("id")))
        else:
            self.report.skipped.append(
                "get_conversation, search_events, socket replay: no conversation found"
                " (--run starts one)"
            )

    async def run_conversation(
        self, agent: Mapping[str, Any], working_dir: str, timeout: float
    ) -> None:
        """Run a one-step conversation through the client itself, check it, then delete it
        (unless the diagnosis ran out of time: a stalled server could hold the delete too)."""
        self.report.checked.append("one-step conversation")
        async with AsyncAgentServer(
            self.url, api_key=self.api_key, max_message_size=self.connection.max_message_size
        ) as server:
            conversation = await server.start_conversation(agent, working_dir)
            out_of_time = False
            try:
                await conversation.send_message("Say hello, then finish.")
                try:
                    status = await conversation.run(timeout=timeout)
                except AgentServerError as exc:
                    self.mismatch("run_conversation", "$.execution_status", "finished", str(exc))
                else:
                    if status is not ExecutionStatus.FINISHED:
                        got = describe(status.value)
                        self.mismatch("run_conversation", "$.execution_status", "finished", got)
                await self.conversation(str(conversation.id))
            except asyncio.CancelledError:
                out_of_time = True
                raise
            finally:
                if not out_of_time:
                    await conversation.delete()


def _event_id(frame: Any) -> str | None:
    return str(frame["id"]) if isinstance(frame, dict) and "id" in frame else None


async def async_diagnose(
    url: str,
    api_key: str | None = None,
    *,
    agent: Mapping[str, Any] | None = None,
    working_dir: str | None = None,
    timeout: float = 30.0,
    run_timeout: float = 300.0,
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
) -> DoctorReport:
    """Check the server at ``url`` against this client's contract; see the module docstring.

    With ``agent`` (the JSON of an agent, e.g. from ``LLM_MODEL``/``LLM_API_KEY``), first run a
    one-step conversation in ``working_dir`` (default: the temp dir) and check that one. The
    diagnosis ends within ``timeout`` seconds (plus ``run_timeout`` with ``agent``), whatever
    the server does. Bodies and frames are bounded by ``max_message_size`` (bytes) as in the
    client: a larger one is a mismatch, read no further. Raises :class:`TransportError` when
    the server cannot be reached (:class:`MessageTooLargeError` for a ``/server_info`` over
    the limit), :class:`AuthenticationError` when the key is refused,
    :class:`NotAnAgentServerError` when the URL is something else and
    :class:`WaitTimeoutError` when the time is up.
    """
    base = normalize_base_url(url)
    if api_key is not None and (not isinstance(api_key, str) or not api_key):
        raise ValueError("api_key must be a non-empty string or None")
    if not timeout > 0 or not run_timeout > 0:
        raise ValueError(
            f"timeout and run_timeout must be positive, got {timeout!r}, {run_timeout!r}"
        )
    if agent is not None and not isinstance(agent, Mapping):
        raise TypeError(f"agent must be a mapping (the agent's JSON), got {type(agent).__name__}")
    # httpx's timeouts bound each read, not a request: a server trickling its answer a byte at
    # a time would hold every one of them. One deadline bounds the whole diagnosis.
    total = timeout + (run_timeout if agent is not None else 0.0)
    connection = Connection.open(base, api_key, timeout=timeout, max_message_size=max_message_size)
    async with connection.http:
        doctor = _Doctor(connection, timeout)
        try:
            await asyncio.wait_for(doctor.run_checks(agent, working_dir, run_timeout), total)
        except asyncio.TimeoutError:
            checked = ", ".join(doctor.report.checked) or "nothing"
            raise WaitTimeoutError(
                f"{redact_url(base)} did not answer every check within {total:g} s (a slow or "
                f"stalled server); checked: {checked}"
            ) from None
        return doctor.report


def diagnose(
    url: str,
    api_key: str | None = None,
    *,
    agent: Mapping[str, Any] | None = None,
    working_dir: str | None = None,
    timeout: float = 30.0,
    run_timeout: float = 300.0,
    max_message_size: int = DEFAULT_MAX_MESSAGE_SIZE,
) -> DoctorReport:
    """:func:`async_diagnose` for synchronous callers (runs it on a background event loop)."""
    portal = Portal()
    try:
        return portal.call(
            async_diagnose(
                url,
                api_key,
                agent=agent,
                working_dir=working_dir,
                timeout=timeout,
                run_timeout=run_timeout,
                max_message_size=max_message_size,
            )
        )
    finally:
        portal.stop()


__all__ = [
    "MAX_FRAMES",
    "SOCKET",
    "DoctorReport",
    "Mismatch",
    "async_diagnose",
    "diagnose",
    "version_supported",
]
