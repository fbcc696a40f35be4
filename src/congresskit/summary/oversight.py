"""Oversight in a period summary: evaluations, and handling totals with rates that name their base.

Two sections of :class:`~congresskit.PeriodSummary`:

- :class:`EvaluationFigures` (from :mod:`congresskit.summary.evaluation_figures`):
  evaluations held in the period, the subjects evaluated and their grades,
  issues raised and rectified, ratings, and each evaluation listed.
- :class:`HandlingFigures`: the handling of the period's suggestions, taken
  from the itemised suggestions when the records hold any for the period, and
  otherwise from the totals of aggregate :class:`~congresskit.HandlingReport`
  records, never from both: items, handling units, replies and the completion
  rate, outcomes, ratings, the subject areas and the steps taken. A
  :class:`Rate` always says its base: of all items, or of the items rated.

A figure no record states is ``None`` (shown as 未载明 / "not stated"); a sum
over records of which some do not state it is a lower bound.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import (
    Implementation,
    NonResolutionReason,
    Outcome,
    Satisfaction,
)
from congresskit.records.evaluation_parts import StatedRate
from congresskit.records.handling_reports import HandlingReport
from congresskit.records.kinds import HandlingMeasure
from congresskit.summary._sums import Rate, Sum, merge_sums, ratings_of, sum_into
from congresskit.summary.evaluation_figures import (
    EvaluationFigures,
    EvaluationLine,
    EvaluationTally,
)

__all__ = [
    "EvaluationFigures",
    "EvaluationLine",
    "EvaluationTally",
    "HandlingFigures",
    "Rate",
    "ReportedTotals",
]

#: What a handling section's figures come from.
Basis = Literal["itemised", "reported", "none"]


class ReportedTotals:
    """The totals of aggregate handling reports, added up (mergeable)."""

    def __init__(self) -> None:
        self.reports = 0
        self.items = Sum()
        self.replied = Sum()
        self.on_time = Sum()
        self.ratings: dict[Satisfaction, Sum] = {}
        self.pooled = Sum()  # satisfied or basically, where reports pool them
        self.outcomes: dict[Outcome, Sum] = {}
        self.implementation: dict[Implementation, Sum] = {}
        self.reasons: dict[NonResolutionReason, Sum] = {}
        self.reasons_named: set[NonResolutionReason] = set()
        self.units = Sum()
        # Completion over the reports that state both the items and the replies.
        self.completed = Sum()
        self.completable = Sum()
        self.topics: set[str] = set()
        self.topics_incomplete = False
        self.by_topic: dict[str, Sum] = {}
        self.measures: set[HandlingMeasure] = set()
        # Percentages without counts cannot be added up: each report's, by its id.
        self.rates: dict[str, tuple[StatedRate, ...]] = {}

    def add(self, r: HandlingReport) -> None:
        self.reports += 1
        total = r.total
        self.items.add(total)
        self.replied.add(r.replied)
        self.units.add(r.units)
        if total is not None and r.replied is not None:
            self.completed.add(r.replied)
            self.completable.add(total)
        self.topics.update(r.topics)
        self.topics_incomplete = self.topics_incomplete or r.topics_incomplete
        for area in r.by_topic:
            sum_into(self.by_topic, area.topic, area.count)
        self.measures.update(r.measures)
        if r.rates:
            self.rates[r.id] = r.rates
        self.on_time.add(r.replied_on_time)
        for rating in r.ratings:
            sum_into(self.ratings, rating.level, rating.count)
        self.pooled.add(r.satisfied_or_basically)
        for o in r.outcomes:
            sum_into(self.outcomes, o.outcome, o.count)
        for i in r.implementation:
            sum_into(self.implementation, i.status, i.count)
        for reason in r.reasons:
            self.reasons_named.add(reason.reason)
            sum_into(self.reasons, reason.reason, reason.count)

    def merge(self, other: ReportedTotals) -> None:
        self.reports += other.reports
        for name in ("items", "replied", "on_time", "pooled", "units", "completed", "completable"):
            getattr(self, name).merge(getattr(other, name))
        for name in ("ratings", "outcomes", "implementation", "reasons", "by_topic"):
            merge_sums(getattr(self, name), getattr(other, name))
        self.reasons_named |= other.reasons_named
        self.topics |= other.topics
        self.topics_incomplete = self.topics_incomplete or other.topics_incomplete
        self.measures |= other.measures
        self.rates |= other.rates

    def _key(self) -> tuple[Any, ...]:
        names = ("reports", "items", "replied", "on_time", "pooled", "ratings", "outcomes")
        more: tuple[str, ...] = ("units", "completed", "completable", "topics")
        more += ("topics_incomplete", "measures", "rates")
        return (
            *(getattr(self, n) for n in names),
            self.implementation,
            self.reasons,
            self.reasons_named,
            self.by_topic,
            *(getattr(self, n) for n in more),
        )

    def completion(self) -> Rate | None:
        """Replied of all items, over the reports that state both; ``None`` if none does."""
        if not self.completed.stated:
            return None
        n = self.completed.stated
        part, base = self.completed.figure(n), self.completable.figure(n)
        assert part is not None
        assert base is not None
        return Rate(part=part, base=base, of="all")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReportedTotals) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


@attrs.frozen(kw_only=True)
class HandlingFigures:
    """How the period's suggestions were handled, from items or from reported totals.

    Attributes:
        basis: ``"itemised"`` (counted from the suggestions raised in the
            period), ``"reported"`` (the totals of handling reports covering
            the period, used when no suggestion is itemised, or when the
            reports count more items than are itemised: the itemised ones are
            then only some of them), or ``"none"``.
        reports: how many handling reports the totals come from (0 when itemised).
        items: motions, suggestions, criticisms and opinions handled.
        units: how many handling units took part, as the reports state it
            (``None`` when itemised: the scorecards per unit say it).
        replied: how many were replied to; ``replied_on_time`` within the deadline.
        completion: replied (办结) of all items; from reports, over those that
            state both figures.
        outcomes: counts per reply class.
        stated_rates: the rates each report states only as a percentage
            (满意率93% with no counts), by report id in id order; percentages
            of unstated bases are never added up or averaged.
        ratings: counts per satisfaction level.
        implementation: counts per implementation status.
        reasons: reasons given for items not resolved, each with its count
            (``None``: the reason is named without a count).
        satisfaction_of_all: satisfied or basically satisfied, of all items.
        satisfaction_of_rated: the same, of the items rated.
        outcome_shares: each reply class's count as a share of all items
            (14 of 81, printed 17.3%; 已解决的33件，占36%); left out when the
            items are not stated.
        rating_shares: each satisfaction level's count as a share of all items.
        topics: the subject areas the reports name, sorted.
        topics_incomplete: a report names only some of its areas (…等).
        by_topic: items per subject area, as the reports count them, in the
            order the reports give the areas (a lower bound where some report
            does not count that area).
        measures: the steps the reports say were taken.
    """

    basis: Basis
    reports: int
    items: Count | None
    units: Count | None
    replied: Count | None
    completion: Rate | None
    replied_on_time: Count | None
    outcomes: Mapping[Outcome, Count]
    ratings: Mapping[Satisfaction, Count]
    implementation: Mapping[Implementation, Count]
    reasons: Mapping[NonResolutionReason, Count | None]
    satisfaction_of_all: Rate | None
    satisfaction_of_rated: Rate | None
    topics: tuple[str, ...] = ()
    topics_incomplete: bool = False
    outcome_shares: Mapping[Outcome, Rate] = attrs.field(factory=dict)
    rating_shares: Mapping[Satisfaction, Rate] = attrs.field(factory=dict)
    by_topic: Mapping[str, Count] = attrs.field(factory=dict)
    measures: tuple[HandlingMeasure, ...] = ()
    stated_rates: Mapping[str, tuple[StatedRate, ...]] = attrs.field(factory=dict)


def _rates(
    items: Count | None, ratings: Mapping[Satisfaction, Count], pooled: Count | None = None
) -> tuple[Rate | None, Rate | None]:
    if not ratings:
        # A pooled figure is a share of all items; of the items rated, it is not known.
        if pooled is None or items is None:
            return None, None
        return Rate(part=pooled, base=items, of="all"), None
    part = Count.total(
        ratings.get(s) for s in (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)
    )
    rated = Count.total(ratings.values())
    of_all = Rate(part=part, base=items, of="all") if items is not None else None
    return of_all, Rate(part=part, base=rated, of="rated")


def shares_of(counts: Mapping[Any, Count], items: Count | None) -> dict[Any, Rate]:
    """Each count as a share of all ``items``; none when the items are not stated."""
    if items is None:
        return {}
    return {k: Rate(part=n, base=items, of="all") for k, n in counts.items()}


def handling_figures(
    itemised: int,
    by: Mapping[type[Any], Mapping[Any, int]],
    replied: tuple[int, int],
    reported: ReportedTotals,
) -> HandlingFigures:
    """The handling section: from the items, unless reports count more (or there are none).

    Args:
        itemised: suggestions raised in the period, itemised.
        by: their counts by Outcome, Satisfaction and Implementation.
        replied: (replied, replied on time) among them.
        reported: the totals of the handling reports covering the period.
    """
    total = reported.items.figure(reported.reports)
    # Items that are some of those the reports count (a check naming 3 of 19) are no basis.
    if itemised and not (total is not None and total > itemised):
        ratings = {k: Count(n) for k, n in by[Satisfaction].items()}
        of_all, of_rated = _rates(Count(itemised), ratings)
        outcomes = {k: Count(n) for k, n in by[Outcome].items()}
        return HandlingFigures(
            basis="itemised",
            reports=0,
            items=Count(itemised),
            units=None,
            replied=Count(replied[0]),
            completion=Rate(part=Count(replied[0]), base=Count(itemised), of="all"),
            replied_on_time=Count(replied[1]),
            outcomes=outcomes,
            ratings=ratings,
            implementation={k: Count(n) for k, n in by[Implementation].items()},
            reasons={},
            satisfaction_of_all=of_all,
            satisfaction_of_rated=of_rated,
            outcome_shares=shares_of(outcomes, Count(itemised)),
            rating_shares=shares_of(ratings, Count(itemised)),
        )
    n = reported.reports
    ratings = ratings_of(reported.ratings, n)
    of_all, of_rated = _rates(total, ratings, reported.pooled.figure(n))

    def by_member(sums: Mapping[Any, Sum], cls: type[Any]) -> dict[Any, Count]:
        result = {}
        for m in cls:
            figure = sums[m].figure(n) if m in sums else None
            if figure is not None:
                result[m] = figure
        return result

    outcomes = by_member(reported.outcomes, Outcome)
    return HandlingFigures(
        basis="reported" if n else "none",
        reports=n,
        items=total,
        units=reported.units.figure(n),
        replied=reported.replied.figure(n),
        completion=reported.completion(),
        replied_on_time=reported.on_time.figure(n),
        outcomes=outcomes,
        stated_rates=dict(sorted(reported.rates.items())),
        ratings=ratings,
        implementation=by_member(reported.implementation, Implementation),
        reasons={
            m: (reported.reasons[m].figure(n) if m in reported.reasons else None)
            for m in NonResolutionReason
            if m in reported.reasons_named
        },
        satisfaction_of_all=of_all,
        satisfaction_of_rated=of_rated,
        outcome_shares=shares_of(outcomes, total),
        rating_shares=shares_of(ratings, total),
        topics=tuple(sorted(reported.topics)),
        topics_incomplete=reported.topics_incomplete,
        by_topic={
            area: figure
            for area, total in reported.by_topic.items()
            if (figure := total.figure(n)) is not None
        },
        measures=tuple(m for m in HandlingMeasure if m in reported.measures),
    )
