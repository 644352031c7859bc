"""``openhands-client doctor``: check that a server speaks the contract this client implements.

Calls the read-only operations the client uses (server info, readiness, tools, conversation
search and count, one conversation's info and events when there is one), validates every answer
against ``openapi.yaml``'s schemas, and checks the event socket (first-frame auth, replay with
``resend_mode=since``). Given an agent, it checks a one-step conversation of its own instead of
an existing one, and deletes it afterwards.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypedDict
from uuid import UUID

from . import _checks
from ._compat import NEWEST_TESTED, OLDEST_TESTED
from ._connection import Connection, normalize_base_url
from ._doctor_report import DoctorReport, Mismatch, version_supported
from ._doctor_rest import parse_json
from ._doctor_socket import MAX_FRAMES, SOCKET, SocketChecks
from ._options import DEFAULT_MAX_MESSAGE_SIZE, Verify
from ._portal import Portal
from ._schema_check import describe
from ._server import AsyncAgentServer
from ._state import ExecutionStatus
from ._terminal_text import redact_url
from .errors import AgentServerError, NotAnAgentServerError, WaitTimeoutError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack


class _Doctor(SocketChecks):
    """One diagnosis: the server's info, the REST and socket checks, and with an agent a
    one-step conversation of its own, appending to one report."""

    async def server_info(self) -> None:
        """The server's info, its version in the tested range (else: not an agent server)."""
        response = await self.request("get_server_info")
        body = parse_json(response.content) if response.status_code == 200 else None
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
        """One conversation's info and events, and the socket's replay of its newest event."""
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
            self.url,
            api_key=self.api_key,
            max_message_size=self.connection.max_message_size,
            verify=self.connection.ssl_context or True,  # the diagnosis's own TLS
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


class DiagnoseOptions(TypedDict, total=False):
    """The keyword options of :func:`async_diagnose` and :func:`diagnose`; each may be left
    out."""

    agent: Mapping[str, Any] | None
    """The JSON of an agent: first run a one-step conversation and check that one (default:
    none, check an existing conversation if there is one)."""
    working_dir: str | None
    """That conversation's working directory (default: the temp dir)."""
    timeout: float
    """Seconds the whole diagnosis may take, and each request (default 30)."""
    run_timeout: float
    """Seconds more the agent's conversation may take (default 300)."""
    max_message_size: int
    """The largest body or frame read, in bytes, as in the client (default 64 MiB)."""
    verify: Verify
    """The client's TLS setting, as ``AsyncAgentServer(verify=)`` (default True)."""


async def async_diagnose(
    url: str, api_key: str | None = None, **options: Unpack[DiagnoseOptions]
) -> DoctorReport:
    """Check the server at ``url`` against this client's contract; see the module docstring.

    ``options`` are those of :class:`DiagnoseOptions`, checked before any request. With
    ``agent`` (the JSON of an agent, e.g. from ``LLM_MODEL``/``LLM_API_KEY``), first run a
    one-step conversation in ``working_dir`` (default: the temp dir) and check that one. The
    diagnosis ends within ``timeout`` seconds (plus ``run_timeout`` with ``agent``), whatever
    the server does. Bodies and frames are bounded by ``max_message_size`` (bytes) as in the
    client: a larger one is a mismatch, read no further. ``verify`` is the client's TLS
    setting (``AsyncAgentServer(verify=)``). Raises :class:`TransportError` when
    the server cannot be reached (:class:`MessageTooLargeError` for a ``/server_info`` over
    the limit), :class:`AuthenticationError` when the key is refused,
    :class:`NotAnAgentServerError` when the URL is something else and
    :class:`WaitTimeoutError` when the time is up.
    """
    _checks.keywords(options, DiagnoseOptions.__optional_keys__, "async_diagnose()")
    agent, working_dir = options.get("agent"), options.get("working_dir")
    timeout, run_timeout = options.get("timeout", 30.0), options.get("run_timeout", 300.0)
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
    connection = Connection.open(
        base,
        api_key,
        timeout=timeout,
        max_message_size=options.get("max_message_size", DEFAULT_MAX_MESSAGE_SIZE),
        verify=options.get("verify", True),
    )
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
    url: str, api_key: str | None = None, **options: Unpack[DiagnoseOptions]
) -> DoctorReport:
    """:func:`async_diagnose` for synchronous callers (runs it on a background event loop)."""
    portal = Portal()
    try:
        return portal.call(async_diagnose(url, api_key, **options))
    finally:
        portal.stop()


__all__ = [
    "MAX_FRAMES",
    "SOCKET",
    "DiagnoseOptions",
    "DoctorReport",
    "Mismatch",
    "async_diagnose",
    "diagnose",
    "version_supported",
]
