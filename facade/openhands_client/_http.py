"""One place where HTTP responses become values or typed errors."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, NamedTuple, Protocol, TypeVar
from urllib.parse import unquote

import httpx

from openhands_api.client import AuthenticatedClient

from ._backoff import Backoff
from ._terminal_text import redact_url
from .errors import (
    AgentServerError,
    AuthenticationError,
    CapacityError,
    ClientClosedError,
    ConflictError,
    NotFoundError,
    ProtocolError,
    ServerError,
    StatusError,
    TransportError,
    ValidationError,
)

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")


def bare_400(detail: Any) -> bool:
    """The server's answer to an unknown id on pause, interrupt and delete before 1.58:
    ``HTTPException(400)`` without a detail, sent as ``{"detail": "Bad Request"}``."""
    return isinstance(detail, str) and detail == "Bad Request"


def missing_file(detail: Any) -> bool:
    """The server's answer to a git diff of a path that does not exist (``GitPathError``)."""
    return isinstance(detail, str) and detail.startswith("File does not exist: ")


def _decode(content: bytes) -> Any:
    try:
        return json.loads(content) if content else None
    except (ValueError, RecursionError):
        return content.decode("utf-8", "replace")


def _is_html(body: Any) -> bool:
    return isinstance(body, str) and "<html" in body[:1000].lower()


def _target(url: httpx.URL | None) -> str:
    """`` (GET /api/conversations/<id>)``-style: the request a message is about."""
    if url is None:
        return ""
    query = f"?{unquote(url.query.decode())}" if url.query else ""
    return f" ({unquote(url.path)}{query})"


def error_for(
    status: int,
    content: bytes,
    what: str,
    *,
    missing_on_400: Callable[[Any], bool] | None = None,
    url: httpx.URL | None = None,
    method: str | None = None,
) -> AgentServerError:
    """Return the typed error for a non-2xx response to ``what`` (a short description).

    ``url`` and ``method`` (the request's) name what was asked for: the id, the path. A 400
    is a :class:`NotFoundError` only if ``missing_on_400`` recognizes its detail as the route's
    answer to an unknown id or path (not, say, a provider's "model not found"). An HTML page
    (a proxy, another web server) becomes one line saying this is not an agent server.
    """
    body = _decode(content)
    detail = body.get("detail") if isinstance(body, dict) else body
    message = f"{what}: HTTP {status}: {detail}" if detail else f"{what}: HTTP {status}"
    message += _target(url)
    kind: type[StatusError] = StatusError
    if status in (401, 403):
        kind = AuthenticationError
        message += "; check the session API key (SESSION_API_KEY, api_key=, --api-key)"
    elif _is_html(body):
        origin = f"{url.scheme}://{url.netloc.decode()}" if url is not None else "the server"
        message = f"{what}: {origin} is not an agent server: HTTP {status}"
        kind = ServerError if status >= 500 else StatusError
    elif status == 404 or (status == 400 and missing_on_400 is not None and missing_on_400(detail)):
        kind = NotFoundError
    elif status == 409:
        kind = ConflictError
    elif status == 429:
        kind = CapacityError
    elif status == 422:
        kind = ValidationError
    elif status >= 500:
        kind = ServerError
    shown = redact_url(str(url)) if url is not None else None
    return kind(message, status_code=status, body=body, method=method, url=shown)


def as_json(value: Any, what: str) -> dict[str, Any]:
    """Return a dict or a generated model (anything with ``to_dict()``) as a JSON object."""
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    result = to_dict() if callable(to_dict) else None
    if not isinstance(result, dict):
        raise TypeError(f"{what} must be a dict or a generated model, not {type(value).__name__}")
    return result


def ensure_open(http: httpx.AsyncClient) -> None:
    """Raise :class:`ClientClosedError` (before any request) once the client was closed."""
    if http.is_closed:
        raise ClientClosedError("the client is closed; make a new one")


def check(
    response: httpx.Response, what: str, *, missing_on_400: Callable[[Any], bool] | None = None
) -> None:
    """Raise the typed error for ``response`` unless its status is 2xx (see :func:`error_for`)."""
    status = response.status_code
    if not 200 <= status < 300:
        raise error_for(
            status,
            response.content,
            what,
            missing_on_400=missing_on_400,
            url=response.request.url,
            method=response.request.method,
        )


# A pooled connection the server closed while it was idle fails the next request sent on it at
# once. Such a fast failure is retried once on a fresh connection, but only for a request that
# is safe to repeat: the server may have acted on it (a reset can also come after the server
# acted). A failure after this long is not retried, unless the request is idempotent whatever
# its timing (``retry_until``).
_STALE_CONNECTION_SECONDS = 1.0
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures that prove the request never left: the server cannot have acted on it.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _transport_error(what: str, exc: httpx.TransportError) -> TransportError:
    """The error for a request that got no answer, naming the server it was sent to."""
    try:
        url = exc.request.url
        where = f" {url.scheme}://{url.netloc.decode()}"
    except RuntimeError:  # an exception raised without its request
        where = ""
    verb = "cannot reach" if isinstance(exc, httpx.ConnectError) else "no answer from"
    return TransportError(f"{what}: {verb}{where or ' the server'}: {type(exc).__name__}: {exc}")


def _repeatable(http_kwargs: Mapping[str, Any]) -> bool:
    return str(http_kwargs.get("method", "")).upper() in _IDEMPOTENT_METHODS


async def _send(
    send: Callable[[], Awaitable[R]],
    what: str,
    *,
    repeatable: bool,
    retry_until: float | None = None,
) -> R:
    """Await ``send()``; an httpx failure becomes :class:`TransportError`.

    A fast reset of a ``repeatable`` request is retried once (a stale pooled connection).
    With ``retry_until`` (a ``time.monotonic()`` deadline, for a request idempotent whatever
    its timing), every failure after the request may have reached the server is retried with
    backoff until then: the caller learns what the server did instead of an unknown.
    """
    backoff = Backoff(initial=0.1, cap=2.0)
    may_have_arrived = stale_retry = False
    while True:
        started = time.monotonic()
        try:
            return await send()
        except httpx.LocalProtocolError:
            # Its text quotes the offending header value, which may be a secret.
            raise TransportError(f"{what}: the request could not be sent") from None
        except httpx.TransportError as exc:
            may_have_arrived = may_have_arrived or not isinstance(exc, _NOT_SENT)
            if retry_until is not None and may_have_arrived:
                delay = backoff.next_delay()
                if time.monotonic() + delay <= retry_until:
                    await asyncio.sleep(delay)
                    continue
            elif (
                repeatable
                and not stale_retry
                and isinstance(exc, (httpx.ReadError, httpx.RemoteProtocolError))
                and time.monotonic() - started < _STALE_CONNECTION_SECONDS
            ):
                stale_retry = True
                continue
            raise _transport_error(what, exc) from exc


async def retry_while_full(
    send: Callable[[], Awaitable[R]],
    deadline: float,
    *,
    also: tuple[type[AgentServerError], ...] = (),
) -> R:
    """Await ``send()``, retrying with jittered backoff while the server answers 429.

    Errors of the types in ``also`` are retried the same way (for idempotent requests).
    """
    retried: tuple[type[AgentServerError], ...] = (CapacityError, *also)
    backoff = Backoff(initial=0.1, cap=2.0)
    while True:
        try:
            return await send()
        except retried:
            delay = backoff.next_delay()
            if time.monotonic() + delay > deadline:
                raise
            await asyncio.sleep(delay)


class Parser(Protocol):
    """A generated endpoint module's ``parse_response``: the documented body of a response."""

    def __call__(self, *, client: AuthenticatedClient, response: httpx.Response) -> object: ...


class Prepared(NamedTuple):
    """A request built by a generated ``build_request``, with its module's parser."""

    request: dict[str, Any]
    parse: Parser


async def call(
    client: AuthenticatedClient,
    request: dict[str, Any],
    parse: Parser,
    expect: type[M],
    what: str,
    *,
    missing_on_400: Callable[[Any], bool] | None = None,
    retry_until: float | None = None,
) -> M:
    """Send ``request`` (built by a generated ``build_request``); return its body or raise.

    The module's own ``parse_response`` (``parse``) reads the body, with the status checked
    before: the generated parser would try to parse an error body as the documented one.
    Building the request at the call site lets the type checker check its arguments.
    ``missing_on_400`` recognizes the 400 that means :class:`NotFoundError` on this route
    (:func:`bare_400`, :func:`missing_file`). ``retry_until`` marks the request
    as safe to repeat whatever its timing (a create under a client-chosen id): a lost answer is
    retried until that ``time.monotonic()`` deadline. GET, PUT and DELETE are retried once
    after a fast connection reset.
    """
    http = client.get_async_httpx_client()
    ensure_open(http)
    response = await _send(
        lambda: http.request(**request),
        what,
        repeatable=_repeatable(request),
        retry_until=retry_until,
    )
    check(response, what, missing_on_400=missing_on_400)
    try:
        parsed = parse(client=client, response=response)
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        parsed = exc
    if not isinstance(parsed, expect):
        raise ProtocolError(
            f"{what}: unexpected response body for HTTP {response.status_code}",
            status_code=response.status_code,
            body=_decode(response.content),
        )
    return parsed


async def call_raw(
    client: httpx.AsyncClient,
    kwargs: dict[str, Any],
    what: str,
    *,
    retry_until: float | None = None,
) -> Any:
    """Send a request built by a generated ``build_request``; return its decoded JSON or raise.

    Used where the facade decodes the body itself (conversation bodies, kept as JSON). A 2xx
    body that is not JSON raises :class:`ProtocolError`. ``retry_until`` is as for :func:`call`.
    """
    return json_body(await call_response(client, kwargs, what, retry_until=retry_until), what)


async def call_response(
    client: httpx.AsyncClient,
    kwargs: dict[str, Any],
    what: str,
    *,
    retry_until: float | None = None,
) -> httpx.Response:
    """Like :func:`call_raw`, but return the (2xx) response, its body not yet decoded."""
    ensure_open(client)
    response = await _send(
        lambda: client.request(**kwargs),
        what,
        repeatable=_repeatable(kwargs),
        retry_until=retry_until,
    )
    check(response, what)
    return response


def json_body(response: httpx.Response, what: str) -> Any:
    """The response's JSON body (None if empty); :class:`ProtocolError` if it is not JSON."""
    try:
        return json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        raise ProtocolError(
            f"{what}: HTTP {response.status_code} with a body that is not JSON",
            status_code=response.status_code,
        ) from None
