"""Where each public name of :mod:`congresskit` lives, read from the package's own imports.

``congresskit/__init__.py`` imports its public names under ``TYPE_CHECKING``:
type checkers see them, and at run time nothing is imported until a name is
used. This module reads those import statements (once, on first use) to know
which module to load for a name, so the list of names is written in one place.
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.resources
import importlib.util
import pkgutil
from typing import Any

__all__ = ["attribute", "origins"]

_PACKAGE = "congresskit"


def _is_type_checking(test: ast.expr) -> bool:
    name = test.attr if isinstance(test, ast.Attribute) else getattr(test, "id", None)
    return name == "TYPE_CHECKING"


@functools.cache
def origins() -> dict[str, str]:
    """Each public name, mapped to the module it is imported from in ``__init__.py``."""
    try:
        source = importlib.resources.files(_PACKAGE).joinpath("__init__.py").read_text("utf-8")
    except OSError:  # pragma: no cover - an installation without sources
        return _searched()
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.module:
                    for alias in statement.names:
                        found[alias.asname or alias.name] = statement.module
    return found


def _searched() -> dict[str, str]:  # pragma: no cover - an installation without sources
    """The same map, found by importing every public module (slow, but never wrong)."""
    package = importlib.import_module(_PACKAGE)
    found = {}
    for info in pkgutil.iter_modules(package.__path__):
        if not info.name.startswith("_"):
            module = importlib.import_module(f"{_PACKAGE}.{info.name}")
            for name in package.__all__:
                if name not in found and hasattr(module, name):
                    found[name] = module.__name__
    return found


def attribute(name: str) -> Any:
    """The public name ``name`` of congresskit, or its submodule ``name``, imported now.

    Raises:
        AttributeError: congresskit has no such name and no such submodule.
    """
    origin = origins().get(name)
    if origin is not None:
        return getattr(importlib.import_module(origin), name)
    if importlib.util.find_spec(f"{_PACKAGE}.{name}") is not None:
        # ``congresskit.exchange.converters`` after a bare ``import congresskit`` works as
        # it did when the package imported its modules eagerly.
        return importlib.import_module(f"{_PACKAGE}.{name}")
    msg = f"module {_PACKAGE!r} has no attribute {name!r}"
    raise AttributeError(msg)
