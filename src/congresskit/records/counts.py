"""Counts that may be approximate.

Work reports often give a figure as a lower bound: "200 余人次" means "more than
200 people". congresskit keeps such a figure as ``Count(200, at_least=True)``
rather than inventing an exact number, and carries the "at least" through sums.

>>> from congresskit import Count
>>> Count(200, at_least=True) + Count(12)
Count(value=212, at_least=True)
>>> str(Count(200, at_least=True))
'200+'
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from congresskit.records import _validators as v

__all__ = ["Count", "reported_or_itemised"]


@attrs.frozen
class Count:
    """A non-negative count, possibly only a lower bound.

    Args:
        value: the figure.
        at_least: ``True`` when the source gives the figure as a lower bound
            ("200 余", "20 多条"); the true count is ``value`` or more.
    """

    value: int = attrs.field(validator=v.non_negative)
    at_least: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"), kw_only=True)

    def __add__(self, other: Count) -> Count:
        if not isinstance(other, Count):
            return NotImplemented
        return Count(self.value + other.value, at_least=self.at_least or other.at_least)

    def __str__(self) -> str:
        return f"{self.value}+" if self.at_least else str(self.value)

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
