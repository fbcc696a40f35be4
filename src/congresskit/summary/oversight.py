"""Oversight in a period summary: evaluations, and handling totals with rates that name their base.

Two sections of :class:`~congresskit.PeriodSummary`:

- :class:`EvaluationFigures`: evaluations held in the period, by subject kind,
  at sessions and between them, issues raised and rectified, and ratings.
- :class:`HandlingFigures`: the handling of the period's suggestions, taken
  from the itemised suggestions when the records hold any for the period, and
  otherwise from the totals of aggregate :class:`~congresskit.HandlingReport`
  records, never from both. A :class:`Rate` always says its base: of all
  items, or of the items rated.

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
    SubjectKind,
)
from congresskit.records.evaluations import Evaluation
from congresskit.records.handling_reports import HandlingReport

__all__ = ["EvaluationFigures", "HandlingFigures", "Rate"]

#: What a handling section's figures come from.
Basis = Literal["itemised", "reported", "none"]


@attrs.frozen(kw_only=True)
class Rate:
    """A share that states its base.

    Attributes:
        part: the items counted (e.g. satisfied or basically satisfied).
        base: the items it is a share of.
        of: ``"all"`` (of all items), ``"rated"`` (of the items rated),
            ``"replied"`` (of the items replied to) or ``"due"`` (of the items
            whose reply was due by the period's end).

    >>> r = Rate(part=Count(45), base=Count(46), of="all")
    >>> round(r.percent, 1)
    97.8
    """

    part: Count
    base: Count
    of: Literal["all", "rated", "replied", "due"]

    @property
    def percent(self) -> float | None:
        """The share in percent; ``None`` when the base is 0 or only a lower bound."""
        if self.base.value == 0 or self.base.at_least:
            return None
        return 100 * self.part.value / self.base.value


class _Sum:
    """A sum over records some of which may not state the figure."""

    __slots__ = ("at_least", "stated", "value")

    def __init__(self) -> None:
        self.value, self.at_least, self.stated = 0, False, 0

    def add(self, count: Count | None) -> None:
        if count is not None:
            self.value += count.value
            self.at_least = self.at_least or count.at_least
            self.stated += 1

    def merge(self, other: _Sum) -> None:
        self.value += other.value
        self.at_least = self.at_least or other.at_least
        self.stated += other.stated

    def figure(self, records: int) -> Count | None:
        if not self.stated:
            return None
        return Count(self.value, at_least=self.at_least or self.stated < records)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Sum) and (self.value, self.at_least, self.stated) == (
            other.value,
            other.at_least,
            other.stated,
        )

    __hash__ = None  # type: ignore[assignment]


def _sum_into(sums: dict[Any, _Sum], key: Any, count: Count | None) -> None:
    if count is not None:
        sums.setdefault(key, _Sum()).add(count)


def _merge_sums(mine: dict[Any, _Sum], theirs: dict[Any, _Sum]) -> None:
    for key, s in theirs.items():
        mine.setdefault(key, _Sum()).merge(s)


def _ratings(sums: Mapping[Satisfaction, _Sum], records: int) -> dict[Satisfaction, Count]:
    result = {}
    for level in Satisfaction:
        if level in sums:
            figure = sums[level].figure(records)
            if figure is not None:
                result[level] = figure
    return result


class EvaluationTally:
    """Evaluations added up (mergeable; the order of adding does not matter)."""

    def __init__(self) -> None:
        self.by_kind: dict[SubjectKind, int] = {}
        self.at_session = 0
        self.sums: dict[str, _Sum] = {}
        self.ratings: dict[Satisfaction, _Sum] = {}
        self.opinions = 0

    @property
    def evaluations(self) -> int:
        return sum(self.by_kind.values())

    def add(self, e: Evaluation) -> None:
        self.by_kind[e.subject_kind] = self.by_kind.get(e.subject_kind, 0) + 1
        self.at_session += e.at_session
        _sum_into(self.sums, "issues_raised", e.issues_raised_figure)
        _sum_into(self.sums, "issues_found", e.issues_found_figure)
        _sum_into(self.sums, "rectified", e.rectified_figure)
        _sum_into(self.sums, "voters_present", e.voters_present)
        _sum_into(self.sums, "rated", e.rated)
        for r in e.ratings:
            _sum_into(self.ratings, r.level, r.count)
        self.opinions += len(e.opinions)

    def merge(self, other: EvaluationTally) -> None:
        for kind, n in other.by_kind.items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + n
        self.at_session += other.at_session
        _merge_sums(self.sums, other.sums)
        _merge_sums(self.ratings, other.ratings)
        self.opinions += other.opinions

    def _key(self) -> tuple[Any, ...]:
        return (self.by_kind, self.at_session, self.sums, self.ratings, self.opinions)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EvaluationTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def figures(self) -> EvaluationFigures:
        n = self.evaluations
        sums = self.sums

        def figure(name: str) -> Count | None:
            return sums[name].figure(n) if name in sums else None

        return EvaluationFigures(
            evaluations=n,
            by_subject_kind={k: self.by_kind[k] for k in SubjectKind if self.by_kind.get(k)},
            at_session=self.at_session,
            intersession=n - self.at_session,
            issues_raised=figure("issues_raised"),
            issues_found=figure("issues_found"),
            rectified=figure("rectified"),
            ratings=_ratings(self.ratings, n),
            rated=figure("rated"),
            voters_present=figure("voters_present"),
            opinions=self.opinions,
        )


@attrs.frozen(kw_only=True)
class EvaluationFigures:
    """Evaluations held in the period.

    Attributes:
        evaluations: how many.
        by_subject_kind: how many of each subject kind.
        at_session: how many were held at a session (agenda items, not
            intersession activities); ``intersession`` how many between.
        issues_raised: issues raised to the subjects before (``None``: not stated).
        issues_found: issues the evaluations found.
        rectified: issues rectified.
        ratings: counts per satisfaction level, over the evaluations that give them.
        rated: the ratings given in all (raters, or units rated).
        voters_present: voters present at deputies' reports to voters.
        opinions: new opinions raised at reports to voters, itemised.
    """

    evaluations: int
    by_subject_kind: Mapping[SubjectKind, int]
    at_session: int
    intersession: int
    issues_raised: Count | None
    issues_found: Count | None
    rectified: Count | None
    ratings: Mapping[Satisfaction, Count]
    rated: Count | None
    voters_present: Count | None
    opinions: int


class ReportedTotals:
    """The totals of aggregate handling reports, added up (mergeable)."""

    def __init__(self) -> None:
        self.reports = 0
        self.items = _Sum()
        self.replied = _Sum()
        self.on_time = _Sum()
        self.ratings: dict[Satisfaction, _Sum] = {}
        self.pooled = _Sum()  # satisfied or basically, where reports pool them
        self.outcomes: dict[Outcome, _Sum] = {}
        self.implementation: dict[Implementation, _Sum] = {}
        self.reasons: dict[NonResolutionReason, _Sum] = {}
        self.reasons_named: set[NonResolutionReason] = set()

    def add(self, r: HandlingReport) -> None:
        self.reports += 1
        self.items.add(r.total)
        self.replied.add(r.replied)
        self.on_time.add(r.replied_on_time)
        for rating in r.ratings:
            _sum_into(self.ratings, rating.level, rating.count)
        self.pooled.add(r.satisfied_or_basically)
        for o in r.outcomes:
            _sum_into(self.outcomes, o.outcome, o.count)
        for i in r.implementation:
            _sum_into(self.implementation, i.status, i.count)
        for reason in r.reasons:
            self.reasons_named.add(reason.reason)
            _sum_into(self.reasons, reason.reason, reason.count)

    def merge(self, other: ReportedTotals) -> None:
        self.reports += other.reports
        for name in ("items", "replied", "on_time", "pooled"):
            getattr(self, name).merge(getattr(other, name))
        for name in ("ratings", "outcomes", "implementation", "reasons"):
            _merge_sums(getattr(self, name), getattr(other, name))
        self.reasons_named |= other.reasons_named

    def _key(self) -> tuple[Any, ...]:
        names = ("reports", "items", "replied", "on_time", "pooled", "ratings", "outcomes")
        return (
            *(getattr(self, n) for n in names),
            self.implementation,
            self.reasons,
            self.reasons_named,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReportedTotals) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


@attrs.frozen(kw_only=True)
class HandlingFigures:
    """How the period's suggestions were handled, from items or from reported totals.

    Attributes:
        basis: ``"itemised"`` (counted from the suggestions raised in the
            period), ``"reported"`` (the totals of handling reports covering
            the period, used only when no suggestion is itemised), or
            ``"none"``.
        reports: how many handling reports the totals come from (0 when itemised).
        items: motions, suggestions, criticisms and opinions handled.
        replied: how many were replied to; ``replied_on_time`` within the deadline.
        outcomes: counts per reply class.
        ratings: counts per satisfaction level.
        implementation: counts per implementation status.
        reasons: reasons given for items not resolved, each with its count
            (``None``: the reason is named without a count).
        satisfaction_of_all: satisfied or basically satisfied, of all items.
        satisfaction_of_rated: the same, of the items rated.
    """

    basis: Basis
    reports: int
    items: Count | None
    replied: Count | None
    replied_on_time: Count | None
    outcomes: Mapping[Outcome, Count]
    ratings: Mapping[Satisfaction, Count]
    implementation: Mapping[Implementation, Count]
    reasons: Mapping[NonResolutionReason, Count | None]
    satisfaction_of_all: Rate | None
    satisfaction_of_rated: Rate | None


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


def handling_figures(
    itemised: int,
    by: Mapping[type[Any], Mapping[Any, int]],
    replied: tuple[int, int],
    reported: ReportedTotals,
) -> HandlingFigures:
    """The handling section: from the items when there are any, else from reported totals.

    Args:
        itemised: suggestions raised in the period, itemised.
        by: their counts by Outcome, Satisfaction and Implementation.
        replied: (replied, replied on time) among them.
        reported: the totals of the handling reports covering the period.
    """
    if itemised:
        ratings = {k: Count(n) for k, n in by[Satisfaction].items()}
        of_all, of_rated = _rates(Count(itemised), ratings)
        return HandlingFigures(
            basis="itemised",
            reports=0,
            items=Count(itemised),
            replied=Count(replied[0]),
            replied_on_time=Count(replied[1]),
            outcomes={k: Count(n) for k, n in by[Outcome].items()},
            ratings=ratings,
            implementation={k: Count(n) for k, n in by[Implementation].items()},
            reasons={},
            satisfaction_of_all=of_all,
            satisfaction_of_rated=of_rated,
        )
    n = reported.reports
    total = reported.items.figure(n)
    ratings = _ratings(reported.ratings, n)
    of_all, of_rated = _rates(total, ratings, reported.pooled.figure(n))

    def by_member(sums: Mapping[Any, _Sum], cls: type[Any]) -> dict[Any, Count]:
        result = {}
        for m in cls:
            figure = sums[m].figure(n) if m in sums else None
            if figure is not None:
                result[m] = figure
        return result

    return HandlingFigures(
        basis="reported" if n else "none",
        reports=n,
        items=total,
        replied=reported.replied.figure(n),
        replied_on_time=reported.on_time.figure(n),
        outcomes=by_member(reported.outcomes, Outcome),
        ratings=ratings,
        implementation=by_member(reported.implementation, Implementation),
        reasons={
            m: (reported.reasons[m].figure(n) if m in reported.reasons else None)
            for m in NonResolutionReason
            if m in reported.reasons_named
        },
        satisfaction_of_all=of_all,
        satisfaction_of_rated=of_rated,
    )
