"""The suggestion sections of a period summary: figures over suggestions, and the whole.

Re-exported by :mod:`congresskit.summary.figures`.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import Outcome, Satisfaction, Status, SuggestionKind

__all__ = ["SuggestionFigures", "SuggestionSummary"]

_ZERO = Count(0)


@attrs.frozen(kw_only=True)
class SuggestionFigures:
    """Suggestions and their handling, as they stood at the end of the period.

    Attributes:
        suggestions: how many (itemised suggestion records).
        by_kind, by_category, by_unit: how many of each kind, subject category
            and lead handling unit (unassigned ones have no unit).
        by_status: how many in each status at the end of the period.
        replied_on_time: first reply made by the deadline of the first round.
        replied_late: first reply made after that deadline.
        overdue: a reply awaited at the end of the period, past its deadline.
        open: not closed at the end of the period.
        rehandled: sent back for re-handling at least once.
        replied_in_period: replied at least once within the period.
        outcomes: the class (A/B/C) of each suggestion's latest reply.
        satisfaction: the deputy's latest rating of the handling work
            (``Evaluated.handling``, or the only rating), one per rated suggestion.
        result_satisfaction: the deputy's latest rating of the result
            (``Evaluated.result``), one per suggestion whose result was rated
            apart; a suggestion rated once has none here.

    The rates say which rating they use: :attr:`satisfied_rate` and
    :attr:`satisfied_or_basically_rate` the handling,
    :attr:`result_satisfied_rate` and :attr:`result_satisfied_or_basically_rate`
    the result.
    """

    suggestions: int = 0
    by_kind: Mapping[SuggestionKind, int] = attrs.field(factory=dict)
    by_category: Mapping[str, int] = attrs.field(factory=dict)
    by_unit: Mapping[str, int] = attrs.field(factory=dict)
    by_status: Mapping[Status, int] = attrs.field(factory=dict)
    replied_on_time: int = 0
    replied_late: int = 0
    overdue: int = 0
    open: int = 0
    rehandled: int = 0
    replied_in_period: int = 0
    outcomes: Mapping[Outcome, int] = attrs.field(factory=dict)
    satisfaction: Mapping[Satisfaction, int] = attrs.field(factory=dict)
    result_satisfaction: Mapping[Satisfaction, int] = attrs.field(factory=dict)

    @property
    def evaluated(self) -> int:
        """How many suggestions the deputies have rated (their handling)."""
        return sum(self.satisfaction.values())

    @property
    def result_evaluated(self) -> int:
        """How many suggestions have a rating of their result."""
        return sum(self.result_satisfaction.values())

    @property
    def satisfied_rate(self) -> Fraction | None:
        """The share of rated suggestions whose handling is rated 'satisfied' (or ``None``)."""
        return _rate(self.satisfaction, Satisfaction.SATISFIED)

    @property
    def satisfied_or_basically_rate(self) -> Fraction | None:
        """The share whose handling is rated 'satisfied' or 'basically satisfied' (or ``None``)."""
        return _rate(self.satisfaction, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)

    @property
    def result_satisfied_rate(self) -> Fraction | None:
        """The share of result ratings that are 'satisfied' (``None`` if no result is rated)."""
        return _rate(self.result_satisfaction, Satisfaction.SATISFIED)

    @property
    def result_satisfied_or_basically_rate(self) -> Fraction | None:
        """The share of result ratings 'satisfied' or 'basically satisfied' (or ``None``)."""
        return _rate(
            self.result_satisfaction, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED
        )


def _rate(counts: Mapping[Satisfaction, int], *ratings: Satisfaction) -> Fraction | None:
    rated = sum(counts.values())
    if not rated:
        return None
    return Fraction(sum(counts.get(r, 0) for r in ratings), rated)


@attrs.frozen(kw_only=True)
class SuggestionSummary:
    """The suggestions of a period.

    Attributes:
        raised: suggestions raised in the period: each session's reported
            total (or its itemised suggestions, never both) plus itemised
            suggestions raised elsewhere.
        itemised: the itemised suggestions raised in the period.
        in_hand: every itemised suggestion in hand during the period (raised
            in it or before it, and not closed before it began), as it stood
            at the end of the period.
        lead_not_stated: how many of the itemised suggestions raised in the
            period have no stated lead deputy: they count for no deputy, group
            or station, so those figures leave them out (a deputy's may be
            higher); never credited to a guessed deputy.
    """

    raised: Count = _ZERO
    itemised: SuggestionFigures = attrs.field(factory=SuggestionFigures)
    in_hand: SuggestionFigures = attrs.field(factory=SuggestionFigures)
    lead_not_stated: int = 0
