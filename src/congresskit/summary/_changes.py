"""How a summary's headline figures changed from one period to another."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from congresskit.records.counts import Count

if TYPE_CHECKING:
    from congresskit.summary._summarize import PeriodSummary

__all__ = ["FigureChange", "changes"]


@attrs.frozen(kw_only=True)
class FigureChange:
    """A headline figure in two periods.

    Attributes:
        before: the figure in the earlier summary; after: in the later one.
    """

    before: Count
    after: Count

    @property
    def delta(self) -> int:
        """``after - before`` (of the values; a lower bound makes it approximate)."""
        return self.after.value - self.before.value


def changes(before: PeriodSummary, after: PeriodSummary) -> Mapping[str, FigureChange]:
    """How each headline figure changed from one summary to another.

    >>> from congresskit import PeriodSummary, summarize
    >>> empty, s = PeriodSummary.empty("2020-H1"), summarize([], "2020-H2")
    >>> changes(empty, s)["activities"].delta
    0
    """
    old = before.headline
    return {
        name: FigureChange(before=old[name], after=figure)
        for name, figure in after.headline.items()
    }
