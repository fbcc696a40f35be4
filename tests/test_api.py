"""The public front: what ``congresskit`` exports."""

from __future__ import annotations

import enum
import inspect

import congresskit
from congresskit import LABELS, label


def test_all_is_sorted_and_complete() -> None:
    """``__all__`` is sorted (constants, classes, functions), and names every public name."""

    def group(name: str) -> tuple[int, str]:
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert list(congresskit.__all__) == sorted(congresskit.__all__, key=group)
    public = {
        name
        for name, value in vars(congresskit).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    assert public | {"__version__"} == set(congresskit.__all__)


def test_every_enum_member_has_both_labels() -> None:
    """Each member of each exported enum has a non-empty zh and en label."""
    enums = [
        v for v in vars(congresskit).values() if isinstance(v, type) and issubclass(v, enum.Enum)
    ]
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
    for value in vars(congresskit).values():
        if isinstance(value, type) and issubclass(value, enum.Enum):
            for member in value:
                assert isinstance(member.value, str)
                assert member.value.isascii()
                assert member.value == member.value.lower()
                assert member.value.replace("_", "").isalnum()
