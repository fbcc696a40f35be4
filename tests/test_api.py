"""The public front: what ``congresskit`` exports."""

from __future__ import annotations

import enum
import importlib
import inspect
import subprocess
import sys

import pytest

import congresskit
from congresskit import LABELS, _lazy, label


def _exported() -> dict[str, object]:
    """Every public name of the package and its value (each name is loaded on first use)."""
    return {
        name: getattr(congresskit, name)
        for name in dir(congresskit)
        if not name.startswith("_") and name != "annotations"
    }


def test_all_is_sorted_and_complete() -> None:
    """``__all__`` is sorted (constants, classes, functions), and names every public name."""

    def group(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert list(congresskit.__all__) == sorted(congresskit.__all__, key=group)
    public = {name for name, value in _exported().items() if not inspect.ismodule(value)}
    assert public | {"__version__"} == set(congresskit.__all__)


def test_every_enum_member_has_both_labels() -> None:
    """Each member of each exported enum has a non-empty zh and en label."""
    enums = [v for v in _exported().values() if isinstance(v, type) and issubclass(v, enum.Enum)]
    assert enums
    for cls in enums:
        for member in cls:
            zh, en = LABELS[member]
            assert zh.strip()
            assert en.strip()
            assert label(member) == zh
            assert label(member, "en") == en


def test_enum_values_are_lowercase_ascii() -> None:
    """Enum values are the exchange format: lowercase ASCII identifiers."""
    for value in _exported().values():
        if isinstance(value, type) and issubclass(value, enum.Enum):
            for member in value:
                assert isinstance(member.value, str)
                assert member.value.isascii()
                assert member.value == member.value.lower()
                assert member.value.replace("_", "").isalnum()


def test_import_loads_no_module_until_a_name_is_used() -> None:
    """A fresh ``import congresskit`` imports none of its modules; using a name imports its own."""
    code = (
        "import sys, congresskit\n"
        "print(sorted(m for m in sys.modules if m.startswith('congresskit.')))\n"
        "congresskit.Count\n"
        "print(sorted(m for m in sys.modules if m.startswith('congresskit.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    before, after = out.stdout.splitlines()
    assert before == "[]"
    assert "'congresskit.records.counts'" in after
    assert "'congresskit.summary'" not in after


def test_every_name_comes_from_the_module_its_import_line_names() -> None:
    """The lazy map is the TYPE_CHECKING imports: one entry per name of ``__all__``."""
    origins = _lazy.origins()
    assert set(origins) == set(congresskit.__all__) - {"__version__"}
    for name, module in origins.items():
        assert getattr(congresskit, name) is getattr(importlib.import_module(module), name)


def test_unknown_names_and_submodules() -> None:
    """An unknown name is an AttributeError; a submodule is reached as it always was."""
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        congresskit.nothing_here  # noqa: B018 - the attribute access is the test
    with pytest.raises(AttributeError):
        congresskit._private_thing  # noqa: B018
    assert congresskit.exchange.converters is importlib.import_module(
        "congresskit.exchange.converters"
    )
