"""AsyncRuntimeAPIServer: an agent server in a sandbox of the OpenHands Runtime API.

The calls, their bodies and the readiness rules are upstream's (``openhands-workspace``'s
``APIRemoteWorkspace``): ``POST /start``, ``GET /sessions/{session_id}``, ``POST /pause``,
``/resume`` and ``/stop`` with ``{"runtime_id"}``, all with the ``X-API-Key`` header; a
runtime is alive once its ``pod_status`` is ``ready`` and its ``/health`` answers 2xx.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from . import _checks
from ._backoff import Backoff
from ._provider import AsyncServerProvider, ServerEndpoint
from ._provider_options import ImagePullPolicy, RuntimeAPIOptions
from ._terminal_text import redact_url
from .errors import ProviderError

if sys.version_info >= (3, 11):
    from typing import Unpack
elif TYPE_CHECKING:  # a type checker's only: on 3.10, the annotation stays a string
    from typing_extensions import Unpack

logger = logging.getLogger("openhands_client.providers")

# Pod states upstream retries on, and those it gives up on.
_STARTING = frozenset({"not found", "pending", "running"})
_FAILED = frozenset({"failed", "unknown", "crashloopbackoff"})
_EXECUTABLES = {
    "binary": "/usr/local/bin/openhands-agent-server",
    "source": "/agent-server/.venv/bin/python -m openhands.agent_server",
}


class AsyncRuntimeAPIServer(AsyncServerProvider):
    """An agent server in a sandboxed runtime of the Runtime API at ``runtime_api_url``.

    :meth:`start` attaches to the runtime of ``session_id`` if it exists (resuming it if
    paused), else starts one from ``server_image``, then waits until it is alive (at most
    ``startup_wait_timeout`` s). ``resource_factor`` (1, 2, 4 or 8), ``runtime_class``,
    ``image_pull_policy``, ``target_type`` and ``environment`` (variables set in the
    runtime) go into the start request as upstream sends them. :meth:`stop` stops the
    runtime, or pauses or keeps it (``on_stop``). Every failed call raises
    :class:`ProviderError` with the Runtime API's status and body. ``transport`` replaces
    the network (tests). ``options`` are those of :class:`RuntimeAPIOptions`, checked here.
    """

    def __init__(
        self,
        runtime_api_url: str,
        runtime_api_key: str,
        *,
        server_image: str,
        **options: Unpack[RuntimeAPIOptions],
    ) -> None:
        _checks.keywords(options, RuntimeAPIOptions.__optional_keys__, "AsyncRuntimeAPIServer()")
        resource_factor = options.get("resource_factor", 1)
        if resource_factor not in (1, 2, 4, 8):
            raise ValueError(f"resource_factor must be 1, 2, 4 or 8, got {resource_factor}")
        target_type = options.get("target_type", "binary")
        if target_type not in _EXECUTABLES:
            raise ValueError(f"target_type must be 'binary' or 'source', got {target_type!r}")
        on_stop = options.get("on_stop", "stop")
        if on_stop not in ("stop", "pause", "keep"):
            raise ValueError(f"on_stop must be 'stop', 'pause' or 'keep', got {on_stop!r}")
        init_timeout = options.get("init_timeout", 300.0)
        startup_wait_timeout = options.get("startup_wait_timeout", 300.0)
        api_timeout = options.get("api_timeout", 60.0)
        for name, value in [
            ("init_timeout", init_timeout),
            ("startup_wait_timeout", startup_wait_timeout),
            ("api_timeout", api_timeout),
        ]:
            if not value > 0:
                raise ValueError(f"{name} must be positive, got {value}")
        if not server_image:
            raise ValueError("server_image is required")
        self.runtime_api_url = runtime_api_url.rstrip("/")
        self.session_id = options.get("session_id") or f"agent-server-{uuid.uuid4()}"
        self.server_image = server_image
        self.resource_factor = resource_factor
        self.runtime_class = options.get("runtime_class", "sysbox-runc")
        self.image_pull_policy: ImagePullPolicy = options.get("image_pull_policy", "IfNotPresent")
        self.target_type = target_type
        self.environment = dict(options.get("environment") or {})
        self.init_timeout = init_timeout
        self.startup_wait_timeout = startup_wait_timeout
        self.on_stop = on_stop
        self._api_key = runtime_api_key
        self._timeout = httpx.Timeout(connect=10.0, read=api_timeout, write=10.0, pool=10.0)
        self._transport = options.get("transport")
        self.runtime_id: str | None = None
        """The runtime's id, once started or attached."""
        self._endpoint: ServerEndpoint | None = None
        self._client: httpx.AsyncClient | None = None

    @property
    def endpoint(self) -> ServerEndpoint | None:
        """The runtime's agent server, once started or attached (until stopped)."""
        return self._endpoint

    def _http(self) -> httpx.AsyncClient:
        """The provider's HTTP client, made on first use and closed by :meth:`stop`."""
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=self._timeout, transport=self._transport)
        return self._client

    def start_request(self) -> dict[str, Any]:
        """The body of ``POST /start``, as upstream sends it."""
        payload: dict[str, Any] = {
            "image": self.server_image,
            "command": f"{_EXECUTABLES[self.target_type]} --port 60000",
            "working_dir": "/",
            "environment": self.environment,
            "session_id": self.session_id,
            "run_as_user": 10001,
            "fs_group": 10001,
            "image_pull_policy": self.image_pull_policy,
        }
        if self.runtime_class:
            payload["runtime_class"] = self.runtime_class
        if self.resource_factor != 1:
            payload["resource_factor"] = self.resource_factor
        return payload

    async def _request(
        self, method: str, path: str, *, json: Any = None, timeout: float | None = None
    ) -> dict[str, Any]:
        """One Runtime API call; its JSON object, or :class:`ProviderError`."""
        what = f"Runtime API {method} {path}"
        try:
            response = await self._http().request(
                method,
                f"{self.runtime_api_url}{path}",
                json=json,
                headers={"X-API-Key": self._api_key},
                timeout=self._timeout if timeout is None else timeout,
            )
        except httpx.HTTPError as exc:
            raise ProviderError(
                f"{what}: cannot reach {redact_url(self.runtime_api_url)}: {exc!r}"
            ) from exc
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        if response.is_error:
            raise ProviderError(
                f"{what}: HTTP {response.status_code}: {body!r}",
                status_code=response.status_code,
                body=body,
            )
        if not isinstance(body, dict):
            raise ProviderError(f"{what}: not a JSON object: {body!r}", body=body)
        return body

    def _adopt(self, data: Mapping[str, Any]) -> None:
        """Take the runtime's id, URL and session key from a start or session answer."""
        runtime_id = data.get("runtime_id") or data.get("id")
        url = data.get("url")
        if not isinstance(runtime_id, str) or not isinstance(url, str) or not url:
            raise ProviderError(f"invalid runtime answer (no runtime_id or url): {data!r}")
        key = data.get("session_api_key")
        self.runtime_id = runtime_id
        self._endpoint = ServerEndpoint(url.rstrip("/"), key if isinstance(key, str) else None)

    async def attach(self) -> bool:
        """Attach to the runtime of ``session_id`` if it is running or paused (resuming a
        paused one); whether there was one. Does not wait until it is alive."""
        try:
            data = await self._request("GET", f"/sessions/{self.session_id}")
        except ProviderError as exc:
            if exc.status_code == 404:
                return False
            raise
        status = data.get("status")
        if status not in ("running", "paused"):
            return False
        self._adopt(data)
        if status == "paused":
            await self._resume_call()
        return True

    async def start(self) -> ServerEndpoint:
        """Attach to the session's runtime or start one; wait until it is alive. On any
        failure the runtime is cleaned up as :meth:`stop` would, then the error raised."""
        try:
            if not await self.attach():
                logger.info("starting a runtime from %s", self.server_image)
                self._adopt(
                    await self._request(
                        "POST", "/start", json=self.start_request(), timeout=self.init_timeout
                    )
                )
            await self.wait_until_alive()
        except BaseException:
            await self.stop()
            raise
        assert self._endpoint is not None
        return self._endpoint

    async def wait_until_alive(self, timeout: float | None = None) -> None:
        """Poll the session until its pod is ``ready`` and the server's ``/health`` answers
        2xx (at most ``timeout`` s, default ``startup_wait_timeout``); a failed pod
        (``failed``, ``unknown``, ``crashloopbackoff``) raises at once, with its logs."""
        if self._endpoint is None:
            raise ProviderError("no runtime: start() or attach() first")
        limit = self.startup_wait_timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        backoff = Backoff(initial=0.5, cap=10.0)
        while True:
            why = await self._alive_once()
            if why is None:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ProviderError(f"runtime {self.runtime_id} not alive after {limit:g} s: {why}")
            await asyncio.sleep(min(backoff.next_delay(), remaining))

    async def _alive_once(self) -> str | None:
        """One readiness check: ``None`` if alive, else why not (a failed pod raises)."""
        data = await self._request("GET", f"/sessions/{self.session_id}")
        pod_status = str(data.get("pod_status", "")).lower()
        if pod_status in _FAILED:
            if pod_status == "crashloopbackoff":
                message = "runtime crashed and is restarting (possibly out of memory)"
            else:
                message = f"runtime failed (pod status {pod_status})"
            logs = data.get("pod_logs")
            raise ProviderError(message + (f"\npod logs: {logs}" if logs else ""), body=data)
        if pod_status != "ready":
            known = "" if pod_status in _STARTING else " (unknown)"
            return f"pod status {pod_status or 'missing'}{known}"
        assert self._endpoint is not None
        try:
            health = await self._http().get(f"{self._endpoint.url}/health", timeout=5.0)
        except httpx.HTTPError as exc:
            return f"/health failed: {exc!r}"
        return None if health.is_success else f"/health answered {health.status_code}"

    async def _resume_call(self) -> None:
        await self._request(
            "POST", "/resume", json={"runtime_id": self.runtime_id}, timeout=self.init_timeout
        )

    async def pause(self) -> None:
        """Pause the runtime (``POST /pause``), keeping its state."""
        if self.runtime_id is None:
            raise ProviderError("cannot pause: no runtime")
        await self._request("POST", "/pause", json={"runtime_id": self.runtime_id}, timeout=30.0)

    async def resume(self) -> None:
        """Resume the paused runtime (``POST /resume``) and wait until it is alive."""
        if self.runtime_id is None:
            raise ProviderError("cannot resume: no runtime")
        await self._resume_call()
        await self.wait_until_alive()

    async def stop(self) -> None:
        """Stop the runtime (``POST /stop``), or pause or keep it (``on_stop``); forget it.
        A failure is logged, not raised: the runtime may be gone already (idempotent)."""
        runtime_id, self.runtime_id, self._endpoint = self.runtime_id, None, None
        try:
            if runtime_id is not None and self.on_stop != "keep":
                body = {"runtime_id": runtime_id}
                await self._request("POST", f"/{self.on_stop}", json=body, timeout=30.0)
        except ProviderError as exc:
            logger.warning("could not %s runtime %s: %s", self.on_stop, runtime_id, exc)
        finally:
            client, self._client = self._client, None
            if client is not None:
                await client.aclose()

    def __repr__(self) -> str:
        return (
            f"AsyncRuntimeAPIServer({redact_url(self.runtime_api_url)!r}, "
            f"session_id={self.session_id!r}, runtime_id={self.runtime_id!r})"
        )
