"""Write the lock files every environment ``make`` builds installs from, or check a fresh resolve.

``python scripts/lock.py write`` (``make lock``) resolves, with uv, and writes ``scripts/locks/``:

- ``dev.txt``: the client with its ``dev`` extra, one universal lock for every Python the package
  claims (markers choose per Python);
- ``lowest.txt``: the runtime dependencies at the lowest versions ``pyproject.toml`` allows,
  the test tools as in ``dev.txt`` (the oldest claimed Python);
- ``server-<version>.txt``: each tested agent server from ``scripts/servers/<version>.in``
  (Python 3.12), constrained by ``scripts/servers/known-breakage.txt`` and, where the input says
  ``# exclude-newer: DATE``, resolved as of that day.

``python scripts/lock.py latest DIR`` resolves the client and the pinned server afresh, as a
user's ``pip install`` would today (no lock, no known-breakage constraints), into DIR;
``compare DIR`` prints which packages that resolve pins otherwise than the locks
(``make test-latest``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import tempfile
from pathlib import Path

from packaging.markers import Marker

ROOT = Path(__file__).resolve().parents[1]
LOCKS = ROOT / "scripts" / "locks"
SERVERS = ROOT / "scripts" / "servers"
KNOWN_BREAKAGE = SERVERS / "known-breakage.txt"
OLDEST_PYTHON = "3.10"
SERVER_PYTHON = "3.12"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)(?:\s*;\s*(.+?))?\s*$")
DEV_INPUTS = ["pyproject.toml", "--extra", "dev"]
DEV_OPTIONS = ("--universal", "--python-version", OLDEST_PYTHON)
EXCLUDE_NEWER = re.compile(r"^#\s*exclude-newer:\s*(\S+)", re.M)


def uv() -> str:
    """The uv executable: ``$UV``, else the one ``make`` installs into ``.venv-tools``."""
    return os.environ.get("UV") or str(ROOT / ".venv-tools" / "bin" / "uv")


def compile_lock(inputs: list[str], output: Path, *options: str) -> None:
    """Resolve ``inputs`` with ``uv pip compile`` into ``output``, headed "make lock"."""
    command = [uv(), "pip", "compile", "--quiet", "--no-annotate", *inputs, "-o", str(output)]
    command += ["--custom-compile-command", "make lock", *options]
    subprocess.run(command, check=True, cwd=ROOT)


def pins(lock: Path, python: str | None = None) -> dict[str, str]:
    """``name (marker)`` -> version for every ``name==version`` line of a lock; with ``python``
    (X.Y), ``name`` -> version for the lines whose marker admits that Python."""
    found: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line.strip())
        if not match:
            continue
        name, version, marker = match.groups()
        name = name.lower().replace("_", "-")
        if python is None:
            found[name + (f" ({marker})" if marker else "")] = version
        elif marker is None or Marker(marker).evaluate(
            {"python_version": python, "python_full_version": f"{python}.0"}
        ):
            found[name] = version
    return found


def differences(locked: dict[str, str], fresh: dict[str, str]) -> list[str]:
    """One line per package whose version differs between two locks (or that only one has)."""
    lines = []
    for name in sorted(locked.keys() | fresh.keys()):
        old, new = locked.get(name, "absent"), fresh.get(name, "absent")
        if old != new:
            lines.append(f"  {name}: {old} (lock) -> {new} (fresh)")
    return lines


def tested_servers() -> list[str]:
    """The server versions that have an input in ``scripts/servers``."""
    return sorted(path.stem for path in SERVERS.glob("*.in"))


def pinned_server() -> str:
    """The pinned server's version: ``PINNED_SERVER`` in the Makefile."""
    match = re.search(r"^PINNED_SERVER := (\S+)$", (ROOT / "Makefile").read_text("utf-8"), re.M)
    if match is None:
        raise SystemExit("Makefile: no PINNED_SERVER")
    return match.group(1)


def lock_server(version: str, output: Path, *, constrained: bool = True) -> None:
    """Resolve one server's input (Python 3.12); ``constrained``: as of its era, and with the
    known-breakage constraints."""
    source = SERVERS / f"{version}.in"
    options = ["--python-version", SERVER_PYTHON]
    date = EXCLUDE_NEWER.search(source.read_text(encoding="utf-8"))
    if constrained:
        options += ["-c", str(KNOWN_BREAKAGE)]
        if date:
            options += ["--exclude-newer", date.group(1)]
    compile_lock([str(source)], output, *options)


def lowest_inputs(dev_lock: Path, directory: Path) -> Path:
    """A requirements file: the runtime dependencies as declared, the test tools as in ``dev``."""
    import tomllib  # the Python 3.11 of .venv, which runs this script

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    locked = pins(dev_lock, OLDEST_PYTHON)
    lines = list(project["dependencies"])
    for requirement in project["optional-dependencies"]["test"]:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        lines.append(f"{name}=={locked[name]}")
    path = directory / "lowest.in"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write() -> None:
    """``make lock``: every lock file, from a resolve."""
    LOCKS.mkdir(exist_ok=True)
    dev = LOCKS / "dev.txt"
    compile_lock(DEV_INPUTS, dev, *DEV_OPTIONS)
    with tempfile.TemporaryDirectory() as scratch:
        lowest = lowest_inputs(dev, Path(scratch))
        compile_lock(
            [str(lowest)],
            LOCKS / "lowest.txt",
            "--resolution",
            "lowest-direct",
            "--python-version",
            OLDEST_PYTHON,
        )
    for version in tested_servers():
        lock_server(version, LOCKS / f"server-{version}.txt")
    print(f"wrote {', '.join(sorted(p.name for p in LOCKS.glob('*.txt')))} in {LOCKS}")


def latest(directory: Path) -> None:
    """``make test-latest``'s resolve: the client and the pinned server afresh, into a directory."""
    directory.mkdir(parents=True, exist_ok=True)
    server = pinned_server()
    compile_lock(DEV_INPUTS, directory / "dev.txt", *DEV_OPTIONS)
    lock_server(server, directory / f"server-{server}.txt", constrained=False)


def compare(directory: Path) -> None:
    """Print, for the client and the pinned server, the packages a fresh resolve pins otherwise."""
    for name in ("dev.txt", f"server-{pinned_server()}.txt"):
        lines = differences(pins(LOCKS / name), pins(directory / name))
        print(f"{name}: {len(lines)} package(s) differ from scripts/locks/{name}")
        print("\n".join(lines))


def main() -> None:
    """Command line: ``write``, ``latest DIR`` or ``compare DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("write", help="write scripts/locks/ from a resolve (make lock)")
    for name, text in (
        ("latest", "resolve the client and the pinned server afresh into DIR"),
        ("compare", "print what DIR's fresh resolve pins otherwise than scripts/locks/"),
    ):
        sub.add_parser(name, help=text).add_argument("directory", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        write()
    elif args.command == "latest":
        latest(args.directory)
    else:
        compare(args.directory)


if __name__ == "__main__":
    main()
