"""The server providers' keyword options, declared once: what :class:`AsyncLocalServer` and
:class:`AsyncRuntimeAPIServer` take, and their synchronous twins with them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal, TypedDict

import httpx

ImagePullPolicy = Literal["Always", "IfNotPresent", "Never"]
"""When the Runtime API pulls the server image (Kubernetes' ``imagePullPolicy``)."""
OnStop = Literal["stop", "pause", "keep"]
"""What :meth:`AsyncRuntimeAPIServer.stop` does with the runtime."""
TargetType = Literal["binary", "source"]
"""How the runtime's image runs the server: its binary or from source."""


class LocalServerOptions(TypedDict, total=False):
    """The keyword options of :class:`AsyncLocalServer` and :class:`LocalServer`; each may be
    left out."""

    workdir: str | os.PathLike[str] | None
    """The server's directory: its state and ``server.log`` (default: a new temporary
    directory, kept after ``stop()``)."""
    port: int | None
    """The port on 127.0.0.1, 1 to 65535 (default: a free one, chosen once)."""
    api_key: str | None
    """The session key (default: a generated one); not with ``require_key=False``."""
    require_key: bool
    """Whether the server requires a session key (default True)."""
    secret_key: str | None
    """The server's ``OH_SECRET_KEY`` (default: a generated one); pass the same one to a
    later server on the same ``workdir`` to decrypt what it stored."""
    max_concurrent_runs: int | None
    """How many runs the server runs at once, at least 1 (default: the server's own)."""
    environment: Mapping[str, str] | None
    """Variables added to the server's environment (default: none)."""
    ready_timeout: float
    """Seconds ``start()`` waits for the server to be ready (default 120)."""


class RuntimeAPIOptions(TypedDict, total=False):
    """The keyword options of :class:`AsyncRuntimeAPIServer` and :class:`RuntimeAPIServer`
    besides ``server_image``; each may be left out."""

    session_id: str | None
    """The Runtime API session: ``start()`` attaches to its runtime if it has one (default: a
    new ``agent-server-<uuid>``)."""
    resource_factor: int
    """The runtime's resources: 1, 2, 4 or 8 (default 1)."""
    runtime_class: str | None
    """The runtime class (default ``"sysbox-runc"``)."""
    image_pull_policy: ImagePullPolicy
    """When the image is pulled (default ``"IfNotPresent"``)."""
    target_type: TargetType
    """How the image runs the server: ``"binary"`` (default) or ``"source"``."""
    environment: Mapping[str, str] | None
    """Variables set in the runtime (default: none)."""
    init_timeout: float
    """Seconds the start request may take (default 300)."""
    startup_wait_timeout: float
    """Seconds ``start()`` waits for the runtime to be alive (default 300)."""
    api_timeout: float
    """Seconds to read each other Runtime API answer (default 60)."""
    on_stop: OnStop
    """What ``stop()`` does: stop the runtime (default), ``"pause"`` or ``"keep"`` it."""
    transport: httpx.AsyncBaseTransport | None
    """An httpx transport in place of the network (tests)."""
