"""Doctor's REST checks: call the contract's operations and validate each answer.

:class:`RestChecks` holds one diagnosis's connection, contract and report; the socket checks
(:mod:`._doctor_socket`) and the diagnosis itself (:mod:`.doctor`) build on it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx

from ._connection import Connection
from ._doctor_report import DoctorReport, Mismatch
from ._schema_check import SchemaValidator, load_contract
from ._terminal_text import redact_url
from .errors import AuthenticationError, MessageTooLargeError, TransportError


@dataclass(frozen=True)
class NotJson:
    """An answer (body or frame) that does not parse as JSON, or nests too deeply to."""

    text: str

    def __str__(self) -> str:
        return f"{self.text[:80]!r}, not JSON"


def parse_json(content: str | bytes) -> Any:
    """``content`` as JSON, or :class:`NotJson` (never an exception: the server wrote it)."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        text = content if isinstance(content, str) else content.decode("utf-8", "replace")
        return NotJson(text)


class RestChecks:
    """A diagnosis's REST side: call an operation of ``openapi.yaml`` over the client's own
    connection (its size limit, TLS context, no redirects) and record in one report every way
    its answer breaks the contract."""

    def __init__(self, connection: Connection, timeout: float):
        self.connection, self.timeout = connection, timeout
        self.url, self.api_key, self.http = connection.base_url, connection.api_key, connection.http
        contract = load_contract()
        self.operations: dict[str, Any] = contract["operations"]
        self.validator = SchemaValidator(contract["schemas"])
        self.report = DoctorReport(redact_url(self.url))

    def mismatch(self, operation: str, path: str, expected: str, got: str) -> None:
        """Record one way an answer breaks the contract."""
        self.report.mismatches.append(Mismatch(operation, path, expected, got))

    def within_limit(self, what: str) -> str:
        """A report's ``expected`` for a body or frame bounded by max_message_size."""
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
        """Send an operation by its id (path parameters by name, the rest as the query)."""
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
        body = parse_json(response.content)
        if isinstance(body, NotJson):
            kind = response.headers.get("content-type", "no content type")
            self.mismatch(operation_id, "$", "a JSON body", f"{kind} {body}")
            return None
        self.validate(operation_id, body, schema)
        return body


__all__ = ["NotJson", "RestChecks", "parse_json"]
