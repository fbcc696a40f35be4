"""The arithmetic of oversight figures: rates that state their base, sums that may be bounds.

Private machinery shared by :mod:`congresskit.summary.oversight` and
:mod:`congresskit.summary.evaluation_figures`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import Satisfaction

__all__ = ["Rate", "Sum", "figures_of", "merge_sums", "ratings_of", "sum_into"]

E = TypeVar("E", bound=enum.Enum)


@attrs.frozen(kw_only=True)
class Rate:
    """A share that states its base.

    Attributes:
        part: the items counted (e.g. satisfied or basically satisfied).
        base: the items it is a share of.
        of: ``"all"`` (of all items), ``"rated"`` (of the items rated),
            ``"replied"`` (of the items replied to), ``"due"`` (of the items
            whose reply was due by the period's end) or ``"graded"`` (of the
            subjects of evaluations given a grade).

    >>> r = Rate(part=Count(45), base=Count(46), of="all")
    >>> round(r.percent, 1)
    97.8
    """

    part: Count
    base: Count
    of: Literal["all", "rated", "replied", "due", "graded"]

    @property
    def percent(self) -> float | None:
        """The share in percent; ``None`` when the base is 0 or only a lower bound."""
        if self.base.value == 0 or self.base.at_least:
            return None
        return 100 * self.part.value / self.base.value


class Sum:
    """A sum over records some of which may not state the figure."""

    __slots__ = ("at_least", "stated", "value")

    def __init__(self) -> None:
        self.value, self.at_least, self.stated = 0, False, 0

    def add(self, count: Count | None) -> None:
        if count is not None:
            self.value += count.value
            self.at_least = self.at_least or count.at_least
            self.stated += 1

    def merge(self, other: Sum) -> None:
        self.value += other.value
        self.at_least = self.at_least or other.at_least
        self.stated += other.stated

    def figure(self, records: int) -> Count | None:
        if not self.stated:
            return None
        return Count(self.value, at_least=self.at_least or self.stated < records)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sum) and (self.value, self.at_least, self.stated) == (
            other.value,
            other.at_least,
            other.stated,
        )

    __hash__ = None  # type: ignore[assignment]


def sum_into(sums: dict[Any, Sum], key: Any, count: Count | None) -> None:
    if count is not None:
        sums.setdefault(key, Sum()).add(count)


def merge_sums(mine: dict[Any, Sum], theirs: dict[Any, Sum]) -> None:
    for key, s in theirs.items():
        mine.setdefault(key, Sum()).merge(s)


def ratings_of(sums: Mapping[Satisfaction, Sum], records: int) -> dict[Satisfaction, Count]:
    return figures_of(sums, records, Satisfaction)


def figures_of(sums: Mapping[E, Sum], records: int, members: type[E]) -> dict[E, Count]:
    """The figure of each member summed over ``records``, in the enum's order."""
    result = {}
    for member in members:
        if member in sums:
            figure = sums[member].figure(records)
            if figure is not None:
                result[member] = figure
    return result
