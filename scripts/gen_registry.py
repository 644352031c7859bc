"""Write ``openhands_api/registry.py``: the tables of ``openapi.yaml`` the facade reads at run time.

The event kinds (the ``Event`` union's discriminator mapping), the generated class and module of
each, the stream-only kinds (members marked ``x-stream-only`` by the curation overlay) and the
conversation execution statuses. ``scripts/regen.py`` calls :func:`render` on every generation,
so ``make check-drift`` covers the result and a new event kind is typed after ``make regen``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

REF_PREFIX = "#/components/schemas/"
EVENT_UNION = "Event"
STATUS_ENUM = "ConversationExecutionStatus"
STREAM_ONLY = "x-stream-only"
DOCSTRING = (
    "Tables of openapi.yaml the facade reads at run time (written by scripts/gen_registry.py)."
)


class RegistryError(Exception):
    """The spec lacks the union or enum the registry is built from."""


def _normalised(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def model_modules(models_init: str) -> dict[str, str]:
    """Class name -> module name, read from the generated ``models/__init__.py``'s ``_MODULES``."""
    for node in ast.parse(models_init).body:
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "_MODULES":
            table = ast.literal_eval(node.value)
            return {name: module.lstrip(".") for name, module in table.items()}
    raise RegistryError("the generated models/__init__.py has no _MODULES table")


def event_members(spec: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """``(kind, schema name, stream only)`` for each member of the ``Event`` union, by kind."""
    schemas = spec["components"]["schemas"]
    union = schemas.get(EVENT_UNION, {})
    mapping = union.get("discriminator", {}).get("mapping")
    if not mapping:
        raise RegistryError(f"components/schemas/{EVENT_UNION} has no discriminator mapping")
    members = []
    for kind, ref in sorted(mapping.items()):
        name = ref[len(REF_PREFIX) :]
        members.append((kind, name, bool(schemas[name].get(STREAM_ONLY))))
    return members


def render(spec: dict[str, Any], models_init: str) -> str:
    """The source of ``registry.py`` for ``spec`` and the generated models' module table."""
    modules = model_modules(models_init)
    by_normalised = {_normalised(name): name for name in modules}
    events = []
    for kind, schema, stream_only in event_members(spec):
        cls = by_normalised.get(_normalised(schema))
        if cls is None:
            raise RegistryError(f"no generated class for event schema {schema!r}")
        events.append((kind, cls, modules[cls], stream_only))
    statuses = spec["components"]["schemas"].get(STATUS_ENUM, {}).get("enum")
    if not statuses:
        raise RegistryError(f"components/schemas/{STATUS_ENUM} has no enum values")
    lines = [
        f'"""{DOCSTRING}"""',
        "",
        "from typing import TYPE_CHECKING, Union",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .models.{module} import {cls}" for _, cls, module, _ in events),
        "",
        "EVENT_CLASSES: dict[str, tuple[str, str]] = {",
        *(
            f'    "{k}": ("openhands_api.models.{module}", "{cls}"),'
            for k, cls, module, _ in events
        ),
        "}",
        '"""Event ``kind`` -> (module, class name) of its generated class."""',
        "",
        "STREAM_ONLY_KINDS: frozenset[str] = frozenset(",
        "    {",
        *(f'        "{kind}",' for kind, _, _, stream_only in events if stream_only),
        "    }",
        ")",
        f'"""Event kinds the server streams but never persists (``{STREAM_ONLY}`` in the spec)."""',
        "",
        "EXECUTION_STATUSES: tuple[str, ...] = (",
        *(f'    "{status}",' for status in statuses),
        ")",
        f'"""The values of ``{STATUS_ENUM}``, in the spec\'s order."""',
        "",
        "EventModel = Union[",
        *(f'    "{cls}",' for _, cls, _, _ in events),
        "]",
        '"""Any generated event class (the ``Event`` union of openapi.yaml)."""',
        "",
    ]
    return "\n".join(lines)


def write(spec: dict[str, Any], package: Path) -> Path:
    """Write ``registry.py`` into the generated ``package``; return its path."""
    models_init = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    path = package / "registry.py"
    path.write_text(render(spec, models_init), encoding="utf-8")
    return path
