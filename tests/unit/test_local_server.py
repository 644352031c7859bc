"""AsyncLocalServer with a stand-in ``openhands.agent_server`` module (no real server)."""

from __future__ import annotations

import base64
import gc
import hashlib
import json
import os
import sys
import time
from pathlib import Path

import httpx
import pytest

from openhands_client._local_server import new_secret_key
from openhands_client.providers import AsyncLocalServer, LocalServer, ProviderError

# Serves /ready, writes its environment and its child's pid to the workdir, starts a child
# that would outlive it; FAKE_EXIT makes it exit at once instead.
FAKE_SERVER = """
import http.server, json, os, subprocess, sys
if os.environ.get("FAKE_EXIT"):
    print("cannot start: FAKE_EXIT", flush=True)
    sys.exit(3)
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
with open("fake.json", "w") as out:
    json.dump({"env": dict(os.environ), "argv": sys.argv, "child": child.pid}, out)
class Ready(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200 if self.path == "/ready" else 404)
        self.end_headers()
    def log_message(self, *args):
        print("request", self.path, flush=True)
port = int(sys.argv[sys.argv.index("--port") + 1])
http.server.HTTPServer(("127.0.0.1", port), Ready).serve_forever()
"""


@pytest.fixture
def fake_path(tmp_path: Path) -> dict[str, str]:
    package = tmp_path / "fakepkg" / "openhands" / "agent_server"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "__main__.py").write_text(FAKE_SERVER)
    return {"PYTHONPATH": str(tmp_path / "fakepkg")}


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def wait_gone(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    return not alive(pid)


async def test_starts_with_a_key_and_a_secret_and_stops_everything_it_started(
    tmp_path: Path, fake_path: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OH_LEAKED_SETTING", "from the caller")
    server = AsyncLocalServer(
        sys.executable, workdir=tmp_path / "w", max_concurrent_runs=3, environment=fake_path
    )
    endpoint = await server.start()
    assert endpoint.url == server.url and server.url.startswith("http://127.0.0.1:")
    assert endpoint.api_key is not None and endpoint.api_key not in repr(endpoint)
    seen = json.loads((tmp_path / "w" / "fake.json").read_text())
    env = seen["env"]
    assert env["SESSION_API_KEY"] == endpoint.api_key
    assert env["OH_SECRET_KEY"] == server.secret_key and env["OH_MAX_CONCURRENT_RUNS"] == "3"
    assert "OH_LEAKED_SETTING" not in env and env["HOME"] == str(tmp_path / "w" / "home")
    assert seen["argv"][-2:] == ["--port", str(server.port)]
    pid = server.pid
    assert pid is not None and alive(seen["child"])
    await server.stop()
    assert wait_gone(pid) and wait_gone(seen["child"]) and server.endpoint is None
    assert "request /ready" in server.log_text()  # the server's output is captured
    await server.stop()  # idempotent


async def test_a_server_that_exits_raises_with_its_log(
    tmp_path: Path, fake_path: dict[str, str]
) -> None:
    server = AsyncLocalServer(
        sys.executable, workdir=tmp_path, environment={**fake_path, "FAKE_EXIT": "1"}
    )
    with pytest.raises(ProviderError, match=r"exited with 3(.|\n)*cannot start: FAKE_EXIT"):
        await server.start()


def test_an_unreferenced_server_is_killed(tmp_path: Path, fake_path: dict[str, str]) -> None:
    server = LocalServer(sys.executable, workdir=tmp_path, require_key=False, environment=fake_path)
    server.start()
    assert server.api_key is None
    assert httpx.get(f"{server.url}/ready").status_code == 200
    pid, child = server.pid, json.loads((tmp_path / "fake.json").read_text())["child"]
    assert pid is not None
    del server
    gc.collect()
    assert wait_gone(pid) and wait_gone(child)


def test_secret_keys_derive_url_safe_fernet_keys() -> None:
    for _ in range(50):
        derived = base64.b64encode(hashlib.sha256(new_secret_key().encode()).digest())
        assert b"+" not in derived and b"/" not in derived


def test_bad_arguments_fail_at_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no Python interpreter"):
        AsyncLocalServer(tmp_path / "nothing")
    with pytest.raises(ValueError, match="api_key was given with require_key=False"):
        AsyncLocalServer(workdir=tmp_path, api_key="k", require_key=False)
    with pytest.raises(ValueError, match="max_concurrent_runs"):
        AsyncLocalServer(workdir=tmp_path, max_concurrent_runs=0)
    with pytest.raises(TypeError, match=r"AsyncLocalServer\(\) got an unexpected .* 'prot'"):
        LocalServer(workdir=tmp_path, prot=8000)  # type: ignore[call-arg]
