"""Counts that may be approximate.

Work reports often give a figure as a lower bound: "200 余人次" means "more than
200 people". congresskit keeps such a figure as ``Count(200, at_least=True)``
rather than inventing an exact number, and carries the "at least" through sums.

>>> from congresskit import Count
>>> Count(200, at_least=True) + Count(12)
Count(value=212, at_least=True)
>>> str(Count(200, at_least=True))
'200+'

A count is usable as a number: ``int()`` gives its figure (for a lower bound,
the bound), comparisons with numbers and counts compare figures, and ``sum()``
adds counts (and plain integers) into a count. Equality is stricter: an exact
count equals the integer it holds, but a lower bound equals no integer, since
"34 or more" is not 34:

>>> Count(34) == 34, Count(34, at_least=True) == 34, int(Count(34, at_least=True))
(True, False, 34)
>>> sum([Count(3), Count(4, at_least=True)])
Count(value=7, at_least=True)
>>> Count(200, at_least=True) >= 200, f"{Count(1200, at_least=True):,}"
(True, '1,200+')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from congresskit.records import _validators as v

__all__ = ["Count", "reported_or_itemised"]


def _figure(other: Any) -> int | None:
    """The figure of a count or a plain integer (not a bool), else ``None``."""
    if isinstance(other, Count):
        return other.value
    if isinstance(other, int) and not isinstance(other, bool):
        return other
    return None


@attrs.frozen(eq=False)
class Count:
    """A non-negative count, possibly only a lower bound.

    Args:
        value: the figure.
        at_least: ``True`` when the source gives the figure as a lower bound
            ("200 余", "20 多条"); the true count is ``value`` or more.

    As a number: ``int(count)`` and ``operator.index(count)`` give ``value``;
    ``<``, ``<=``, ``>``, ``>=`` compare ``value`` with another count's or an
    integer's; ``+`` adds counts or integers (the sum is a lower bound if any
    part is), so ``sum()`` works; ``format(count, spec)`` formats ``value``
    by ``spec`` and adds ``+`` for a lower bound. ``==`` compares counts by
    value *and* ``at_least``; against an integer, only an exact count can be
    equal (``Count(34, at_least=True) != 34``: it says 34 or more).
    """

    value: int = attrs.field(validator=v.non_negative)
    at_least: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"), kw_only=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Count):
            return self.value == other.value and self.at_least == other.at_least
        figure = _figure(other)
        if figure is None:
            return NotImplemented
        return not self.at_least and self.value == figure

    def __hash__(self) -> int:
        # Equal to an int exactly when exact, so hash like that int.
        return hash((self.value, True)) if self.at_least else hash(self.value)

    def __lt__(self, other: object) -> bool:
        figure = _figure(other)
        return NotImplemented if figure is None else self.value < figure

    def __le__(self, other: object) -> bool:
        figure = _figure(other)
        return NotImplemented if figure is None else self.value <= figure

    def __gt__(self, other: object) -> bool:
        figure = _figure(other)
        return NotImplemented if figure is None else self.value > figure

    def __ge__(self, other: object) -> bool:
        figure = _figure(other)
        return NotImplemented if figure is None else self.value >= figure

    def __int__(self) -> int:
        return self.value

    def __index__(self) -> int:
        return self.value

    def __add__(self, other: Count | int) -> Count:
        if isinstance(other, Count):
            return Count(self.value + other.value, at_least=self.at_least or other.at_least)
        figure = _figure(other)
        if figure is None:
            return NotImplemented
        return Count(self.value + figure, at_least=self.at_least)

    __radd__ = __add__

    def __str__(self) -> str:
        return f"{self.value}+" if self.at_least else str(self.value)

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        return f"{text}+" if self.at_least else text

    @classmethod
    def total(cls, counts: Iterable[Count | None]) -> Count:
        """Sum counts, skipping ``None``; the sum is a lower bound if any part is."""
        result = cls(0)
        for count in counts:
            if count is not None:
                result = result + count
        return result


def reported_or_itemised(reported: Count | None, itemised: int) -> Count:
    """The figure for something a source may give as a total, as items, or both.

    When a record carries a reported total (e.g. "63 suggestions were raised at
    the session") and some of those items are also recorded one by one, the
    items are part of the total, never added to it. The figure is the larger of
    the two, so nothing is counted twice and nothing recorded is lost.

    >>> reported_or_itemised(Count(63), 5)
    Count(value=63, at_least=False)
    >>> reported_or_itemised(None, 5)
    Count(value=5, at_least=False)
    """
    value, at_least = figure_pair(reported, itemised)
    return Count(value, at_least=at_least)


def figure_pair(reported: Count | None, itemised: int) -> tuple[int, bool]:
    """:func:`reported_or_itemised` as a ``(value, at_least)`` pair.

    The rule lives here once; hot loops that would rather not build a
    :class:`Count` per record call this directly.
    """
    if reported is None:
        return itemised, False
    if itemised > reported.value:
        return itemised, reported.at_least
    return reported.value, reported.at_least
