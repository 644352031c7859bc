"""A stateless, scripted OpenAI-compatible chat-completions server for contract tests.

The model name picks the script and the message history picks the step, so the server keeps no
per-conversation state and survives agent-server restarts. Scripts (an ``openai/`` prefix is
ignored):

- ``think-N``: N ``think`` tool calls, then a ``finish`` tool call.
- ``slow-think-N-MS``: the same, sleeping MS milliseconds before each answer.
- ``finish``: a ``finish`` tool call at once.
- ``error``: HTTP 500 with an OpenAI error body.
- ``confirm-N`` / ``confirm-N-MS``: N answers of two parallel ``think`` calls (a pair needs
  confirmation under a confirmation policy, a single think never does), then ``finish``;
  with MS, sleeping MS milliseconds before each answer.
- ``code`` / ``code-MS``: real work with the ``terminal`` tool (the agent needs it): write a
  small program (``primes.py``), run it, then ``finish`` with its output as the answer.
- ``edit``: real work with the ``file_editor`` tool: create the file whose absolute path the
  last user message names (``EDIT_TEXT``), replace a word in it (``EDITED_TEXT``), then
  ``finish``.
- ``read``: ``read_file`` on the absolute path the last user message names, then ``finish``
  quoting what it read.
- ``talk`` / ``talk-MS``: a plain text answer (``STREAM_TEXT``, which ends the run), no tool
  call; streamed (``stream: true``) a word a chunk, with MS milliseconds between chunks.
- ``hostile``: like ``think-1``, but the thought, the answer and any plain text (the title)
  are ``HOSTILE_TEXT``: terminal control sequences a client must not pass to a terminal.

A request without tools (title generation, condensation summaries) or whose last user message
forbids tool calls (the server's ``ask_agent`` prompt) gets the plain text ``TEXT_ANSWER``
(``HOSTILE_TEXT`` for ``hostile``).
A streamed answer (``stream: true``) is sent as server-sent ``chat.completion.chunk`` events,
its text a word a chunk.
Run standalone with ``python -m harness.scripted_llm --port P``.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType
from typing import Any

from harness.service import Service

TEXT_ANSWER = "scripted answer"
# A window title, a clipboard write, a screen clear, C1 controls, a right-to-left override:
# short enough to be a whole title (the server cuts titles at 47 characters).
HOSTILE_TEXT = "\x1b]0;owned\x07\x1b]52;c;aGk=\x07\x1b[2J\x9b2J\x9d0;t\x9c\u202eesrever"
FINISH_MESSAGE = "done"
STREAM_TEXT = "A streamed answer, sent word by word by the scripted LLM."
COMPLETION_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
NO_TOOLS_HINT = "do not make any tool call"

_CODE = re.compile(r"code(-(?P<ms>\d+))?")
_TALK = re.compile(r"talk(-(?P<ms>\d+))?")
_WORD = re.compile(r"\S+\s*|\s+")
_CONFIRM = re.compile(r"confirm-(?P<n>\d+)(-(?P<ms>\d+))?")
_THINK = re.compile(r"(?P<slow>slow-)?think-(?P<n>\d+)(?(slow)-(?P<ms>\d+))")


@dataclass(frozen=True)
class Reply:
    """What to answer: an HTTP status and an OpenAI message (tool call or text), after a delay."""

    status: int = 200
    tool: str | None = None
    arguments: Mapping[str, str] | None = None
    text: str | None = None
    delay: float = 0.0
    calls: int = 1
    chunk_delay: float = 0.0
    """Seconds between a streamed answer's chunks."""


def script_name(model: str) -> str:
    """The script a model name selects: the name without any ``openai/`` prefix."""
    return model.removeprefix("openai/")


def _text(message: Mapping[str, Any]) -> str:
    """The text of a message whose content is a string or a list of parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    parts = content if isinstance(content, list) else []
    return "".join(str(part.get("text", "")) for part in parts if isinstance(part, dict))


def wants_text(body: Mapping[str, Any]) -> bool:
    """Whether the request offers no tools or its last message asks for none."""
    messages = list(body.get("messages") or [])
    last = messages[-1] if messages else {}
    return not body.get("tools") or (
        last.get("role") == "user" and NO_TOOLS_HINT in _text(last).lower()
    )


def tool_calls_since_last_user(messages: list[dict[str, Any]]) -> int:
    """Count the assistant tool calls after the last user message."""
    count = 0
    for message in messages:
        if message.get("role") == "user":
            count = 0
        elif message.get("role") == "assistant":
            count += len(message.get("tool_calls") or [])
    return count


PROGRAM_NAME = "primes.py"
PROGRAM = (
    '"""The first ten primes."""\n\n\n'
    "def primes(count: int) -> list[int]:\n"
    "    found: list[int] = []\n"
    "    n = 2\n"
    "    while len(found) < count:\n"
    "        if all(n % p for p in found):\n"
    "            found.append(n)\n"
    "        n += 1\n"
    "    return found\n\n\n"
    'print(" ".join(map(str, primes(10))))\n'
)
CODE_STEPS = (
    f"cat > {PROGRAM_NAME} <<'EOF'\n{PROGRAM}EOF",
    f"python3 {PROGRAM_NAME}",
)


def _last_tool_output(messages: list[dict[str, Any]]) -> str:
    """The text of the last tool result in the history (the terminal's output)."""
    for message in reversed(messages):
        if message.get("role") == "tool":
            return _text(message).strip()
    return ""


def _code_reply(messages: list[dict[str, Any]], delay: float) -> Reply:
    step = tool_calls_since_last_user(messages)
    if step < len(CODE_STEPS):
        return Reply(tool="terminal", arguments={"command": CODE_STEPS[step]}, delay=delay)
    output = _last_tool_output(messages).splitlines()
    answer = output[0] if output else ""
    for line in output:  # the terminal adds its own lines around the program's output
        if line.strip() and line.strip()[0].isdigit():
            answer = line.strip()
            break
    message = f"I wrote {PROGRAM_NAME} and ran it; it prints the first ten primes: {answer}"
    return Reply(tool="finish", arguments={"message": message}, delay=delay)


EDIT_TEXT = "hello from the preset\n"
EDITED_TEXT = "hello from the coding preset\n"
_PATH = re.compile(r"(/[\w./@+-]+)")  # pytest runs under make test live in contract-<v>@<py>


def _named_path(messages: list[dict[str, Any]]) -> str:
    """The first absolute path in the last user message ("" if none)."""
    for message in reversed(messages):
        if message.get("role") == "user":
            found = _PATH.search(_text(message))
            return found.group(1).rstrip(".") if found else ""  # not a sentence's full stop
    return ""


def _file_reply(script: str, messages: list[dict[str, Any]]) -> Reply:
    """The ``edit`` and ``read`` scripts' next step."""
    step, path = tool_calls_since_last_user(messages), _named_path(messages)
    if script == "read":
        if step < 1:
            return Reply(tool="read_file", arguments={"file_path": path})
        return Reply(tool="finish", arguments={"message": f"read: {_last_tool_output(messages)}"})
    steps = (
        {"command": "create", "path": path, "file_text": EDIT_TEXT},
        {
            "command": "str_replace",
            "path": path,
            "old_str": "the preset",
            "new_str": "the coding preset",
        },
    )
    if step < len(steps):
        return Reply(tool="file_editor", arguments=steps[step])
    return Reply(tool="finish", arguments={"message": f"edited {path}"})


def plan_reply(body: Mapping[str, Any]) -> Reply:
    """Decide the answer to a chat-completions request from the request alone."""
    script = script_name(str(body.get("model", "")))
    if script == "error":
        return Reply(status=500, text="scripted failure")
    match = _THINK.fullmatch(script)
    delay = int(match["ms"]) / 1000 if match and match["ms"] else 0.0
    if wants_text(body):
        return Reply(text=HOSTILE_TEXT if script == "hostile" else TEXT_ANSWER, delay=delay)
    step = tool_calls_since_last_user(list(body.get("messages") or []))
    if script == "hostile":
        if step < 1:
            return Reply(tool="think", arguments={"thought": HOSTILE_TEXT})
        return Reply(tool="finish", arguments={"message": HOSTILE_TEXT})
    if script == "finish":
        return Reply(tool="finish", arguments={"message": FINISH_MESSAGE})
    talk = _TALK.fullmatch(script)
    if talk is not None:
        return Reply(text=STREAM_TEXT, chunk_delay=int(talk["ms"] or 0) / 1000)
    if script in ("edit", "read"):
        return _file_reply(script, list(body.get("messages") or []))
    code = _CODE.fullmatch(script)
    if code is not None:
        wait = int(code["ms"] or 0) / 1000
        return _code_reply(list(body.get("messages") or []), wait)
    pair = _CONFIRM.fullmatch(script)
    if pair is not None:
        wait = int(pair["ms"] or 0) / 1000
        if step // 2 < int(pair["n"]):
            thought = {"thought": f"pair {step // 2 + 1}"}
            return Reply(tool="think", arguments=thought, calls=2, delay=wait)
        return Reply(tool="finish", arguments={"message": FINISH_MESSAGE}, delay=wait)
    if match is None:
        return Reply(status=400, text=f"unknown script {script!r}")
    if step < int(match["n"]):
        return Reply(tool="think", arguments={"thought": f"step {step + 1}"}, delay=delay)
    return Reply(tool="finish", arguments={"message": FINISH_MESSAGE}, delay=delay)


def _usage(body: Mapping[str, Any], reply: Reply) -> dict[str, int]:
    """Plausible token counts: about four characters a token."""
    prompt = max(1, len(json.dumps(body.get("messages") or [])) // 4)
    completion = max(1, len(json.dumps(reply.arguments or reply.text or "")) // 4)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _message(reply: Reply) -> tuple[dict[str, Any], str]:
    """The assistant message of a reply and its finish_reason."""
    if reply.tool is None:
        return {"role": "assistant", "content": reply.text}, "stop"
    calls = [
        {
            "id": f"call_{uuid.uuid4().hex[:24]}",
            "type": "function",
            "function": {"name": reply.tool, "arguments": json.dumps(reply.arguments)},
        }
        for _ in range(reply.calls)
    ]
    return {"role": "assistant", "content": None, "tool_calls": calls}, "tool_calls"


def completion_body(body: Mapping[str, Any], reply: Reply) -> dict[str, Any]:
    """A non-streaming ``chat.completion`` object."""
    message, finish_reason = _message(reply)
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": str(body.get("model", "")),
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason}],
        "usage": _usage(body, reply),
    }


def stream_chunks(body: Mapping[str, Any], reply: Reply) -> list[dict[str, Any]]:
    """The ``chat.completion.chunk`` objects of a streamed answer, usage last."""
    message, finish_reason = _message(reply)
    head = {
        "id": f"chatcmpl-{uuid.uuid4().hex}",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": str(body.get("model", "")),
    }
    if reply.tool is None:
        words = _WORD.findall(reply.text or "") or [reply.text]
        deltas: list[dict[str, Any]] = [{"role": "assistant", "content": words[0]}]
        deltas += [{"content": word} for word in words[1:]]
    else:
        deltas = [{"role": "assistant", "content": None}] + [
            {"tool_calls": [{"index": i, **call}]} for i, call in enumerate(message["tool_calls"])
        ]
    chunks = [
        {**head, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
        for delta in deltas
    ]
    chunks.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": finish_reason}]})
    chunks.append({**head, "choices": [], "usage": _usage(body, reply)})
    return chunks


def error_body(status: int, message: str) -> dict[str, Any]:
    """An OpenAI-style error object."""
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


class _Server(ThreadingHTTPServer):
    # The standard library's listen backlog (5) resets connections when many conversations
    # call the LLM at once, and the agent's LLM client then backs off for seconds.
    request_queue_size = 1024
    daemon_threads = True


Planner = Callable[[Mapping[str, Any]], "Reply | None"]
"""Extra scripts: a reply for a request, or None to leave it to :func:`plan_reply`."""


class ScriptedLLM(Service):
    """An OpenAI-compatible chat-completions endpoint on 127.0.0.1, answering from scripts.

    ``extra`` is asked first for every request (the bench adds its own scripts with it).
    """

    def __init__(self, port: int = 0, *, extra: Planner | None = None) -> None:
        self._port = port
        self._extra = extra
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._requests = 0

    @property
    def requests(self) -> int:
        """How many chat-completions requests have been answered."""
        with self._lock:
            return self._requests

    @property
    def port(self) -> int:
        """The bound port (only once started)."""
        if self._server is None:
            raise RuntimeError("ScriptedLLM is not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The OpenAI base URL, ending in ``/v1``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ScriptedLLM:
        """Bind and serve from a daemon thread."""
        if self._server is not None:
            return self
        self._server = _Server(("127.0.0.1", self._port), self._handler_class())
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.1,), name="scripted-llm", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def _plan(self, body: Mapping[str, Any]) -> Reply:
        reply = self._extra(body) if self._extra is not None else None
        return reply if reply is not None else plan_reply(body)

    def _count(self) -> None:
        with self._lock:
            self._requests += 1

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        llm = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.split("?")[0] not in COMPLETION_PATHS:
                    self._send(404, error_body(404, f"no route {self.path}"))
                    return
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._send(400, error_body(400, "request body is not JSON"))
                    return
                reply = llm._plan(body)
                time.sleep(reply.delay)
                llm._count()
                if reply.status != 200:
                    self._send(reply.status, error_body(reply.status, reply.text or ""))
                elif body.get("stream"):
                    chunks = [*map(json.dumps, stream_chunks(body, reply)), "[DONE]"]
                    events = [f"data: {chunk}\n\n".encode() for chunk in chunks]
                    if reply.chunk_delay:
                        self._trickle(events, reply.chunk_delay)
                    else:
                        self._write(200, "text/event-stream", b"".join(events))
                else:
                    self._send(200, completion_body(body, reply))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                self._write(status, "application/json", json.dumps(payload).encode())

            def _write(self, status: int, content_type: str, data: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except ConnectionError:  # the caller gave up (e.g. its server was stopped)
                    self.close_connection = True

            def _trickle(self, events: list[bytes], delay: float) -> None:
                """Send ``events`` one at a time, ``delay`` seconds apart, then close."""
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.send_header("Connection", "close")
                    self.end_headers()
                    for index, event in enumerate(events):
                        if index:
                            time.sleep(delay)
                        self.wfile.write(event)
                        self.wfile.flush()
                except ConnectionError:
                    pass
                self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:
                """Stay quiet: tests read the agent server's log, not this one."""

        return Handler


def main() -> None:
    """Serve until SIGTERM or SIGINT, printing the base URL first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free)")
    args = parser.parse_args()
    stopped = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stopped.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with ScriptedLLM(args.port) as llm:
        print(llm.base_url, flush=True)
        stopped.wait()


if __name__ == "__main__":
    main()
