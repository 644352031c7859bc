"""Build the API reference from the docstrings with pdoc (``make docs``), strictly on request.

``python scripts/build_docs.py [--out DIR] [--strict]`` renders, as HTML into DIR (default
``build/docs``): the package ``openhands_client`` (every name it exports) and its public
modules, and the generated ``openhands_api`` (its client, its models, every API operation).
Docstrings are reStructuredText: pdoc renders ``:meth:`X.y``` and the other roles as links.
A class shows what it inherits from a base in a private module (``_commands``, ``_store``...)
as its own members: pdoc would leave them out, that module not being in the reference.

``--strict`` (what ``make test`` runs) fails, naming each, on

- a public name of ``openhands_client`` without a docstring (a module, class, function,
  method or property it shows; inherited members are their base's business, except those of
  a base in a private module, which the class shows as its own);
- a role (``:class:``, ``:meth:``, ``:func:``, ``:attr:``, ``:exc:``, ``:data:``, ``:mod:``,
  ``:obj:``) in a rendered docstring of ``openhands_client`` whose target the reference does not
  hold (nor Python's builtins or an importable module's name);
- any warning pdoc gives, except two notes on what it cannot trace: the generated event
  union, whose members are imported lazily (typing cannot evaluate the union's forward
  references in the facade's namespace; the union is rendered by name), and the keys a
  ``TypedDict`` inherits (rendered on the subclass all the same).

The generated code's docstrings come from the spec: they are rendered, not held to these rules.
"""

from __future__ import annotations

import argparse
import builtins
import functools
import importlib
import pkgutil
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdoc
import pdoc.doc
import pdoc.render

ROOT = Path(__file__).resolve().parents[1]
CLIENT = "openhands_client"

GENERATED = "openhands_api"
ROLE = re.compile(r"(?::py)?:(class|meth|func|attr|exc|data|mod|obj):`~?([^`<]+?)(?:\(\))?`")
# pdoc's notes on what it cannot trace (see the module docstring).
UNTRACEABLE = re.compile(
    r"Error parsing type annotation .* Import of \w+ failed: name '\w+' is not defined"
    r"|Cannot determine where [\w.]+ is taken from, assuming current file\."
)


# The generated package: its client, types, errors and models, and (with its subpackages) every
# operation module.
GENERATED_MODULES = [
    GENERATED,
    *(f"{GENERATED}.{name}" for name in ("client", "types", "errors", "models", "api")),
]


def public_modules(package: str) -> list[str]:
    """The package and its modules whose names do not start with ``_`` (the public ones:
    tests/unit/test_public_surface.py pins them)."""
    path = importlib.import_module(package).__path__
    names = sorted(m.name for m in pkgutil.iter_modules(path) if not m.name.startswith("_"))
    return [package] + [f"{package}.{name}" for name in names]


def from_private_base(cls: pdoc.doc.Class, origin: tuple[str, str]) -> bool:
    """Whether members taken from ``origin`` (module, class) come from a base class of ``cls``
    in a private module of ``cls``'s own package (not in the reference: shown on ``cls``)."""
    module = origin[0]
    package = cls.modulename.split(".")[0]
    return (
        origin not in (cls.taken_from, (cls.modulename, cls.qualname))
        and module.split(".")[0] == package
        and any(part.startswith("_") for part in module.split("."))
    )


def _show_private_bases() -> None:
    """Make pdoc's ``Class.own_members`` hold, after a class's own members, those it takes from
    a base in a private module (see :func:`from_private_base`)."""
    pdoc_own_members = vars(pdoc.doc.Class)["own_members"].func

    def own_members(cls: pdoc.doc.Class) -> list[pdoc.doc.Doc[Any]]:
        members = list(pdoc_own_members(cls))
        names = {member.name for member in members}
        for origin, inherited in cls._members_by_origin.items():
            if from_private_base(cls, origin):
                members += [member for member in inherited if member.name not in names]
                names.update(member.name for member in inherited)
        return members

    patched = functools.cached_property(own_members)
    patched.__set_name__(pdoc.doc.Class, "own_members")
    setattr(pdoc.doc.Class, "own_members", patched)  # noqa: B010 (typed: mypy refuses the assignment)


_show_private_bases()


def shown(doc: pdoc.doc.Module | pdoc.doc.Class) -> Iterator[tuple[object, pdoc.doc.Doc[Any]]]:
    """The members pdoc renders for a module (its ``__all__``, else what it defines) or a class
    (what it declares or takes from a base in a private module, not what it inherits from a
    documented base), recursively, each with the object holding it."""
    exported = getattr(doc.obj, "__all__", None) if isinstance(doc, pdoc.doc.Module) else None
    for member in doc.members.values():
        if isinstance(doc, pdoc.doc.Module):
            own = member.taken_from[0] == doc.modulename and not member.name.startswith("_")
            if not (member.name in exported if exported is not None else own):
                continue
        elif member.name.startswith("_") or (
            member.taken_from[1].rpartition(".")[0] != doc.qualname
            and not from_private_base(
                doc, (member.taken_from[0], member.taken_from[1].rpartition(".")[0])
            )
        ):
            continue  # private, or declared on a base class the reference shows
        yield doc.obj, member
        if isinstance(member, pdoc.doc.Class):
            yield from shown(member)


def needs_docstring(holder: object, doc: pdoc.doc.Doc[Any]) -> bool:
    """A module, class, function or method, or a property (a plain attribute may go without)."""
    if doc.kind in ("module", "class", "function"):
        return True
    declared = vars(holder).get(doc.name) if isinstance(holder, type) else None
    return isinstance(declared, (property, functools.cached_property))


def resolves(target: str, doc: pdoc.doc.Doc[Any], modules: dict[str, pdoc.doc.Module]) -> bool:
    """Whether a role's target names something the reference (or Python) holds: in the scope
    of the docstring's class or module, the package's top level, by its full name, a builtin,
    or an importable module's name."""
    target = target.strip().lstrip(".")
    owner = doc.qualname if doc.kind == "class" else doc.qualname.rpartition(".")[0]
    package = modules.get(doc.modulename.split(".")[0])
    for scope in (modules.get(doc.modulename), package):
        if scope is None:
            continue
        if any(
            scope.get(candidate) is not None
            for candidate in (f"{owner}.{target}" if owner else target, target)
        ):
            return True
    for name, documented in modules.items():
        if target == name or (
            target.startswith(name + ".") and documented.get(target[len(name) + 1 :]) is not None
        ):
            return True
    if "." not in target and hasattr(builtins, target):
        return True
    return _importable(target)


def _importable(target: str) -> bool:
    """A dotted name of an importable module (``httpx.Timeout``, ``asyncio.Task.cancel``)."""
    parts = target.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            value: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for part in parts[cut:]:
                value = getattr(value, part)
        except AttributeError:
            return False
        return True
    return False


def problems(modules: dict[str, pdoc.doc.Module], checked: list[str]) -> list[str]:
    """Every undocumented public name and unresolved role in the modules named ``checked``
    (their own objects: what they re-export from another package is that package's)."""
    found: list[str] = []
    for name in checked:
        module = modules[name]
        package = name.split(".")[0]
        docs: list[tuple[object, pdoc.doc.Doc[Any]]] = [(None, module), *shown(module)]
        for holder, doc in docs:
            if not doc.taken_from[0].startswith(package):
                continue  # e.g. a generated model: its docstrings are the spec's
            where = doc.fullname if doc.modulename == name else f"{name}.{doc.qualname}"
            if needs_docstring(holder, doc) and not doc.docstring.strip():
                found.append(f"{where}: no docstring")
            for match in ROLE.finditer(doc.docstring):
                if not resolves(match[2], doc, modules):
                    found.append(f"{where}: {match[0]} does not resolve")
    return sorted(set(found))


def build(out: Path, strict: bool, checked: list[str], rendered: list[str]) -> int:
    """Render ``rendered`` into ``out``; with ``strict``, check ``checked`` (and pdoc's warnings)
    and return 1 on any problem, naming each on stderr."""
    pdoc.render.configure(docformat="restructuredtext", show_source=False, search=True)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*rendered, output_directory=out)
        modules = {name: pdoc.doc.Module.from_name(name) for name in checked}
    print(f"API reference: {out / 'index.html'}")
    if not strict:
        return 0
    noted = sorted({str(w.message).splitlines()[0] for w in caught})
    found = problems(modules, checked)
    found += [f"pdoc: {message}" for message in noted if not UNTRACEABLE.search(message)]
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"the API reference has {len(found)} problem(s)", file=sys.stderr)
        return 1
    return 0


def main() -> None:
    """Command line: ``--out DIR``, ``--strict``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs")
    parser.add_argument("--strict", action="store_true", help="fail on any problem (make test)")
    args = parser.parse_args()
    client = public_modules(CLIENT)
    sys.exit(build(args.out, args.strict, client, client + GENERATED_MODULES))


if __name__ == "__main__":
    main()
