"""The client options, declared once: what ``AsyncAgentServer``, ``AgentServer`` and the
connection under them take, with their defaults and checks."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import TypedDict, Union

import httpx

from . import _checks
from ._version import __version__

DEFAULT_URL = "http://127.0.0.1:8000"
"""The server URL used when ``AGENT_SERVER_URL`` is not set (``from_env()``, the CLI)."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, read=60.0)
"""Every REST call's timeout: 30 s to connect, write and wait for the pool, 60 s to read.

Calls that wait on the agent's LLM (``ask_agent``, ``condense``) take their own ``timeout=``
(600 s by default) instead; transfers keep their own deadline."""

LLM_TIMEOUT = 600.0
"""The default ``timeout=`` (seconds) of the calls that wait on the agent's LLM."""

DEFAULT_MAX_MESSAGE_SIZE = 64 * 2**20
"""The largest socket frame or response body accepted (64 MiB, far above any real event)."""

DEFAULT_MAX_RETRIES = 0
"""Retries of a refused request by default: none, as before ``max_retries`` existed (a 429
or 503 raises at once, but ``start_conversation`` still waits out a full server)."""

MAX_RETRY_AFTER = 60.0
"""The longest ``Retry-After`` waited for, in seconds; a longer one ends the retries."""

Verify = Union[bool, str, "os.PathLike[str]", ssl.SSLContext]
"""httpx's ``verify=`` convention: True (system trust), False, a CA bundle path, an SSLContext."""


class ClientOptions(TypedDict, total=False):
    """The keyword options of :class:`AsyncAgentServer` and :class:`AgentServer` (and their
    ``from_env()``); each may be left out."""

    timeout: httpx.Timeout | float
    """Each REST call's httpx timeout (default 60 s to read, 30 s to connect, write and wait
    for the pool); a call whose whole answer takes longer fails with
    :class:`TransportError`. ``ask_agent`` and ``condense`` take their own."""
    transport: httpx.AsyncBaseTransport | None
    """An httpx transport for REST (tests, ``httpx.MockTransport``); not with ``http_client``."""
    verify: Verify
    """TLS for REST and the event socket alike: ``True`` (system trust, default), ``False``,
    a CA bundle path or an ``ssl.SSLContext``. Off, it logs a warning once."""
    max_message_size: int
    """The largest socket frame or buffered response body, in bytes (default 64 MiB, at least
    1024); a larger one raises :class:`MessageTooLargeError`."""
    max_retries: int
    """How often a refused request is sent again (default 0); see "Retries" in the README:
    a 429 (any request), a 503 (GET, HEAD, OPTIONS, PUT, DELETE) and a connection that could
    not be made, each after the answer's ``Retry-After`` (up to 60 s) or a
    jittered backoff."""
    default_headers: Mapping[str, str]
    """Headers sent with every REST request and the socket handshake (they may replace the
    ``User-Agent``; the session key is ``api_key``'s, never a header here)."""
    http_client: httpx.AsyncClient | httpx.Client | None
    """Your own httpx client (proxies, client certificates, limits, event hooks) that sends
    every REST request: an ``httpx.AsyncClient``, or an ``httpx.Client`` (sent from worker
    threads); you close it. The event socket uses its TLS context (that of its default
    transport; otherwise pass ``verify=``)."""
    interrupt_on_exit: bool
    """Interrupt, before the client lets go, the runs its conversations started with
    ``run()`` that may still be going: when the client or the conversation closes, when the
    task awaiting ``run()`` is cancelled (Ctrl-C), and at ``run(timeout=)`` unless that run
    says ``on_timeout="leave"`` (default False: runs go on, as the CLI without
    ``--interrupt-on-exit``)."""


def check_client_options(options: Mapping[str, object], what: str) -> None:
    """Raise ``TypeError`` naming an option ``what`` (the callable) does not take."""
    _checks.keywords(options, ClientOptions.__optional_keys__, what)


def check_max_message_size(value: object) -> int:
    """``value`` if it is a valid ``max_message_size``; TypeError/ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_message_size must be an int, not {type(value).__name__}")
    if value < 1024:
        raise ValueError(f"max_message_size must be at least 1024, got {value}")
    return value


def check_max_retries(value: object) -> int:
    """``value`` if it is a valid ``max_retries``; TypeError/ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_retries must be an int, not {type(value).__name__}")
    if not 0 <= value <= 10:
        raise ValueError(f"max_retries must be 0 to 10, got {value}")
    return value


def check_headers(headers: object) -> dict[str, str]:
    """``default_headers`` as a dict; TypeError/ValueError (before any request) for a header
    that cannot be sent, or that would carry the session key."""
    if not isinstance(headers, Mapping):
        raise TypeError(f"default_headers must be a mapping, not {type(headers).__name__}")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("default_headers must map str to str")
        if name.lower() == "x-session-api-key":
            raise ValueError("pass the session key as api_key=, not in default_headers")
        if not name or not all("!" <= c <= "~" and c != ":" for c in name):
            raise ValueError(f"default_headers: {name!r} is not a valid header name")
        if not all(" " <= c <= "~" or c == "\t" for c in value):
            # The value is not shown: it may be a credential.
            raise ValueError(f"default_headers: the value of {name!r} is not printable ASCII")
        checked[name] = value
    return checked


def user_agent() -> str:
    """``openhands-client/<version>``: ``openhands_client.__version__``, the wheel's too."""
    return f"openhands-client/{__version__}"


def from_env(environ: Mapping[str, str] | None = None) -> tuple[str, str | None]:
    """``(url, api_key)`` from ``AGENT_SERVER_URL`` (default :data:`DEFAULT_URL`) and
    ``SESSION_API_KEY`` (unset or empty: no key)."""
    env = os.environ if environ is None else environ
    return env.get("AGENT_SERVER_URL") or DEFAULT_URL, env.get("SESSION_API_KEY") or None
