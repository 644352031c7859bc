"""Which refused requests are sent again (``max_retries=``), and after how long.

Retried, each at most ``max_retries`` times: a 429 (the server refused the request, whatever
its method, without acting on it); a 503 to a request safe to repeat (GET, HEAD, OPTIONS, PUT,
DELETE); a connection that could not be made (the request never left). Each waits for the
answer's ``Retry-After`` (seconds or an HTTP date) when it has one, up to
:data:`~._options.MAX_RETRY_AFTER` (a longer one ends the retries: the error is raised), else
for a jittered exponential backoff (0.5 s, 1 s, 2 s, ... up to 8 s). Never retried: any other
status; a request whose body is streamed from a file (an upload); a POST that may have reached
the server (its answer lost). The event socket reconnects on its own.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from ._backoff import Backoff
from ._options import MAX_RETRY_AFTER

logger = logging.getLogger("openhands_client.connection")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures that prove the request never left: the server cannot have acted on it.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_sleep = asyncio.sleep  # tests replace it to see the waits


async def pause(seconds: float) -> None:
    """Wait ``seconds`` before sending a refused request again."""
    await _sleep(seconds)


def retry_after(headers: httpx.Headers) -> float | None:
    """The seconds a ``Retry-After`` header asks to wait (0 for a date past); None without
    one, or with one that is neither a number nor an HTTP date."""
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value)) if value.isascii() else None
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _replayable(request: httpx.Request) -> bool:
    """Whether the request's body is in memory (sent again as it was), not a stream."""
    return isinstance(request.stream, httpx.ByteStream)


def _status_delay(
    request: httpx.Request, response: httpx.Response, backoff: Backoff
) -> float | None:
    """How long to wait before sending ``request`` again after ``response``; None: do not."""
    status = response.status_code
    if status != 429 and not (status == 503 and request.method in IDEMPOTENT_METHODS):
        return None
    asked = retry_after(response.headers)
    if asked is None:
        return backoff.next_delay()
    return asked if asked <= MAX_RETRY_AFTER else None


async def send_with_retries(
    send: Callable[[], Awaitable[httpx.Response]], request: httpx.Request, max_retries: int
) -> httpx.Response:
    """``send()`` the request, again after a refusal (see the module), ``max_retries`` times
    at most; the last answer (or failure) is the caller's."""
    if max_retries == 0 or not _replayable(request):
        return await send()
    backoff = Backoff(initial=0.5, cap=8.0)
    for attempt in range(1, max_retries + 1):
        try:
            response = await send()
        except NOT_SENT as exc:
            delay = backoff.next_delay()
            reason = type(exc).__name__
        else:
            wait = _status_delay(request, response, backoff)
            if wait is None:
                return response
            delay, reason = wait, f"HTTP {response.status_code}"
            await response.aclose()
        logger.info(
            "%s %s: %s; retry %d of %d in %.1f s",
            request.method,
            request.url.path,
            reason,
            attempt,
            max_retries,
            delay,
        )
        await pause(delay)
    return await send()
