"""Streamed file transfer: uploads and downloads move in chunks, hashed on the way.

A transfer never holds the whole file in memory. Local files are opened (or created)
before the request is sent, so a local path that cannot be read or written raises
``OSError`` without touching the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import hashlib
import io
import os
import stat
from collections.abc import AsyncGenerator, Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any
from uuid import uuid4

import httpx

from openhands_api import models as _models

from ._connection import UNBOUNDED, within
from ._http import check, ensure_open
from ._routes import SERVER, Routes
from .errors import MessageTooLargeError, ProtocolError, TransportError

CHUNK_SIZE = 1 << 20
"""Bytes read from disk, or buffered from the network, at a time."""

MAX_DOWNLOAD_BYTES = 4 * 2**30
"""The largest download accepted by default (4 GiB): a body that never ends stops there."""

DOWNLOAD_TIMEOUT = 3600.0
"""The most seconds a download may take, whole."""

LocalFile = str | os.PathLike[str] | IO[bytes]
"""A local file: a path, or a binary file object (read from / written at its position)."""

ProgressCallback = Callable[[int, int | None], object]
"""Called as ``progress(bytes_so_far, total_bytes_or_None)`` after every chunk."""


@dataclass(frozen=True)
class TransferResult:
    """What an upload or download moved: the remote path, the byte count and its SHA-256.

    ``sha256`` is the hex digest of the bytes sent (upload) or received (download).
    """

    remote_path: str
    size: int
    sha256: str


# Older servers (1.55 and before, the tested 1.52.0 among them) answer an upload with this,
# not the stored size.
_OLD_UPLOAD_ANSWER = {"success": True}


@contextlib.contextmanager
def _transport_errors(what: str) -> Iterator[None]:
    try:
        yield
    except httpx.TransportError as exc:
        raise TransportError(f"{what}: {type(exc).__name__}: {exc}") from exc


def _path_or_file(local: LocalFile, mode: str) -> str | IO[bytes]:
    """``local`` as a path string, or as a file object checked for ``mode`` (r or w)."""
    if isinstance(local, (str, os.PathLike)):
        return os.fspath(local)
    if isinstance(local, io.TextIOBase):
        raise TypeError("the local file must be opened in binary mode")
    method = "read" if mode == "r" else "write"
    if not callable(getattr(local, method, None)):
        raise TypeError(
            f"local must be a path or a binary file object with .{method}(), "
            f"not {type(local).__name__}"
        )
    able = getattr(local, "readable" if mode == "r" else "writable", None)
    if callable(able) and not able():
        raise io.UnsupportedOperation(f"the local file is not {mode}-able")
    return local


def _remaining_size(source: IO[bytes]) -> int | None:
    """Bytes left to read from ``source``, when it can tell."""
    try:
        if not source.seekable():
            return None
        position = source.tell()
        end = source.seek(0, io.SEEK_END)
        source.seek(position)
    except (OSError, AttributeError):
        return None
    return max(end - position, 0)


class _Progress:
    """Counts and hashes the bytes of one transfer and reports them."""

    def __init__(self, total: int | None, callback: ProgressCallback | None) -> None:
        self.total = total
        self.count = 0
        self._callback = callback
        self._digest = hashlib.sha256()

    def add(self, chunk: bytes) -> None:
        self._digest.update(chunk)
        self.count += len(chunk)
        if self._callback is not None:
            self._callback(self.count, self.total)

    def result(self, remote_path: str) -> TransferResult:
        return TransferResult(remote_path, self.count, self._digest.hexdigest())


async def upload(
    http: httpx.AsyncClient,
    local: LocalFile,
    remote_path: str,
    progress: ProgressCallback | None,
    routes: Routes = SERVER,
) -> TransferResult:
    """Send ``local`` to ``remote_path`` (absolute) as a streamed multipart body."""
    given = _path_or_file(local, "r")
    ensure_open(http)
    source = open(given, "rb") if isinstance(given, str) else given  # noqa: SIM115
    try:
        counter = _Progress(_remaining_size(source), progress)
        boundary = uuid4().hex
        head = (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="upload"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()

        async def body() -> AsyncGenerator[bytes, None]:
            yield head
            while chunk := await asyncio.to_thread(source.read, CHUNK_SIZE):
                counter.add(chunk)
                yield chunk
            yield tail

        # Only the URL and query are taken from the generated request: its body would need
        # the whole file up front, and its fixed multipart boundary could occur in the data.
        kwargs = routes.upload_file(remote_path).request
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        if counter.total is not None:
            headers["Content-Length"] = str(len(head) + counter.total + len(tail))
        stream = body()
        try:
            with _transport_errors("upload"):
                response = await http.request(
                    kwargs["method"],
                    kwargs["url"],
                    params=kwargs["params"],
                    headers=headers,
                    content=stream,
                    extensions={UNBOUNDED: True},
                )
        finally:
            await stream.aclose()
    finally:
        if isinstance(given, str):
            source.close()
    check(response, "upload")
    try:
        answer = response.json()
        if answer == _OLD_UPLOAD_ANSWER:  # no stored size to compare
            return counter.result(remote_path)
        stored = _models.FileUploadResult.from_dict(answer).file_size
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(f"upload: unexpected response body ({exc})") from exc
    if stored != counter.count:
        raise ProtocolError(
            f"upload: sent {counter.count} bytes but the server stored {stored}",
            status_code=response.status_code,
        )
    return counter.result(remote_path)


class _Sink:
    """Where a download goes: a caller's file object, or a temp file renamed on success."""

    def __init__(self, local: LocalFile) -> None:
        given = _path_or_file(local, "w")
        self.target: str | None = None
        if not isinstance(given, str):
            self.file, self._temp = given, None
            return
        target = os.path.abspath(given)
        if os.path.isdir(target):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), target)
        if os.path.exists(target) and not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), target)
        self.target = target
        self._temp = f"{target}.{uuid4().hex[:12]}.part"
        # Replacing a file (which may be private), the temp file is its owner's alone until
        # it takes the file's mode on commit; a new file gets open()'s mode (umask applied).
        mode = 0o600 if os.path.exists(target) else 0o666
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(self._temp, flags, mode)
        self.file = os.fdopen(descriptor, "wb")

    def commit(self) -> None:
        """Make the received bytes the local file (an existing file keeps its mode)."""
        if self._temp is None:
            self.file.flush()
            return
        self.file.close()
        assert self.target is not None
        with contextlib.suppress(FileNotFoundError):
            os.chmod(self._temp, stat.S_IMODE(os.stat(self.target).st_mode))
        os.replace(self._temp, self.target)

    def abort(self) -> None:
        """Drop a partial download written to a temp file."""
        if self._temp is not None:
            self.file.close()
            with contextlib.suppress(OSError):
                os.unlink(self._temp)


def check_download_bounds(max_bytes: int, timeout: float) -> None:
    """``TypeError``/``ValueError`` for a ``max_bytes`` or ``timeout`` no download can keep."""
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int):
        raise TypeError(f"max_bytes must be an int, not {type(max_bytes).__name__}")
    if max_bytes < 0:
        raise ValueError(f"max_bytes must not be negative, got {max_bytes}")
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")


async def download(
    http: httpx.AsyncClient,
    request: dict[str, Any],
    remote_path: str,
    local: LocalFile,
    progress: ProgressCallback | None,
    what: str = "download",
    *,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
    timeout: float = DOWNLOAD_TIMEOUT,
) -> TransferResult:
    """Stream the body of ``request`` (a generated ``build_request``) into ``local``.

    A local path is replaced only on success, and a partial download is removed on any
    failure; ``remote_path`` names what was fetched. Streamed to disk, not buffered:
    ``max_message_size`` does not apply, but ``max_bytes`` does (:class:`MessageTooLargeError`
    past it), and the download ends within ``timeout`` seconds (:class:`TransportError`).
    """
    check_download_bounds(max_bytes, timeout)
    ensure_open(http)
    sink = _Sink(local)

    async def receive() -> _Progress:
        async with http.stream(**request, extensions={UNBOUNDED: True}) as response:
            if not 200 <= response.status_code < 300:
                await response.aread()
                check(response, what)
            length = response.headers.get("Content-Length")
            counter = _Progress(int(length) if length and length.isdigit() else None, progress)
            if counter.total is not None and counter.total > max_bytes:
                raise MessageTooLargeError(
                    f"{what}: {remote_path} is {counter.total} bytes, over max_bytes={max_bytes}"
                )
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                if counter.count + len(chunk) > max_bytes:
                    raise MessageTooLargeError(
                        f"{what}: {remote_path} is over max_bytes={max_bytes}"
                    )
                await asyncio.to_thread(sink.file.write, chunk)
                counter.add(chunk)
        return counter

    try:
        with _transport_errors(what):
            try:
                counter = await within(receive(), timeout)
            except asyncio.TimeoutError:
                raise TransportError(f"{what}: not complete within {timeout:g} s") from None
        if counter.total is not None and counter.count != counter.total:
            raise TransportError(f"{what}: got {counter.count} of {counter.total} bytes")
        sink.commit()
    except BaseException:
        sink.abort()
        raise
    return counter.result(remote_path)
