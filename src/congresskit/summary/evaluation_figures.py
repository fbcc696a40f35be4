"""Evaluations in a period summary: totals over the evaluations held, and each one listed.

:class:`EvaluationFigures` adds up the evaluations held in the period: by
subject kind, at sessions and between them, the subjects evaluated (units of a
站所评议, deputies reporting to voters) by kind and by grade, with each grade's
share of the subjects graded, the rectification notices sent, the issues
raised and rectified, the raters' votes overall and per rated aspect. Each
evaluation is also listed as an :class:`EvaluationLine` with its day and the
figures of its own that do not add up (the aspects rated, rates the source
states as percentages). Records of totals over several rounds (``since`` set:
the deputies who have reported so far) are listed apart, in ``to_date``, and
never added to the period's figures.

>>> import datetime as dt
>>> from congresskit import Count, Evaluation, Rating, Satisfaction, SubjectKind, summarize
>>> e = Evaluation(id="e1", subject_kind=SubjectKind.DEPARTMENT, title="站所评议",
...                on=dt.date(2009, 9, 10), subjects_reported=Count(20),
...                grades=(Rating(level=Satisfaction.SATISFIED, count=Count(17)),
...                        Rating(level=Satisfaction.DISSATISFIED, count=Count(3))))
>>> figures = summarize([e], "2009").evaluations
>>> str(figures.subjects), round(figures.grade_shares[Satisfaction.SATISFIED].percent)
('20', 85)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import Satisfaction, SubjectKind
from congresskit.records.evaluation_parts import StatedRate
from congresskit.records.evaluations import Evaluation
from congresskit.summary._sums import Rate, Sum, figures_of, merge_sums, ratings_of, sum_into

__all__ = ["EvaluationFigures", "EvaluationLine"]


@attrs.frozen(kw_only=True)
class EvaluationLine:
    """One evaluation in the period, with the figures of its own.

    Attributes:
        id: the evaluation's id.
        title: its title.
        on: its day (or vaguer date); for totals over several rounds, the day
            they were given.
        since: for totals over several rounds, when the span began.
        subject_kind: what was evaluated.
        subject: the subject's id, if one subject with a record.
        subject_name: the subject's name as the source gives it.
        constituency: for a report to voters, its constituency.
        subjects: how many subjects were evaluated.
        grades: how many subjects got each grade.
        notices: rectification notices sent (``None``: not stated).
        issues_raised: issues raised to the subject before it (``None``: not stated).
        dimensions: how many aspects were rated (``None``: not stated).
        dimension_names: the aspects named.
        results_announced: the results were announced on the spot.
        rates: rates the source states as percentages only.
    """

    id: str
    title: str
    on: dt.date
    since: dt.date | None
    subject_kind: SubjectKind
    subject: str | None
    subject_name: str | None
    constituency: str | None
    subjects: Count
    grades: Mapping[Satisfaction, Count]
    notices: Count | None
    issues_raised: Count | None
    dimensions: Count | None
    dimension_names: tuple[str, ...]
    results_announced: bool
    rates: tuple[StatedRate, ...]

    @classmethod
    def of(cls, e: Evaluation) -> EvaluationLine:
        """The line of evaluation ``e``."""
        return cls(
            id=e.id,
            title=e.title,
            on=e.on,
            since=e.since,
            subject_kind=e.subject_kind,
            subject=e.subject,
            subject_name=e.subject_name,
            constituency=e.constituency,
            subjects=e.subjects_figure,
            grades=e.grades_figure,
            notices=e.notices_figure,
            issues_raised=e.issues_raised_figure,
            dimensions=e.dimensions_figure,
            dimension_names=tuple(d.name for d in e.dimensions),
            results_announced=e.results_announced,
            rates=e.rates,
        )


def _in_order(lines: list[EvaluationLine]) -> tuple[EvaluationLine, ...]:
    return tuple(sorted(lines, key=lambda line: (line.on.toordinal(), line.id)))


class EvaluationTally:
    """Evaluations added up (mergeable; the order of adding does not matter)."""

    def __init__(self) -> None:
        self.by_kind: dict[SubjectKind, int] = {}
        self.at_session = 0
        self.sums: dict[str, Sum] = {}
        self.ratings: dict[Satisfaction, Sum] = {}
        self.subjects_by_kind: dict[SubjectKind, Sum] = {}
        self.grades: dict[Satisfaction, Sum] = {}
        self.graded = 0  # evaluations that give grades
        self.by_dimension: dict[str, dict[Satisfaction, Sum]] = {}
        self.opinions = 0
        self.lines: list[EvaluationLine] = []
        self.to_date: list[EvaluationLine] = []

    @property
    def evaluations(self) -> int:
        return sum(self.by_kind.values())

    def add(self, e: Evaluation) -> None:
        if e.cumulative:
            self.to_date.append(EvaluationLine.of(e))
            return
        self.by_kind[e.subject_kind] = self.by_kind.get(e.subject_kind, 0) + 1
        self.at_session += e.at_session
        sum_into(self.sums, "issues_raised", e.issues_raised_figure)
        sum_into(self.sums, "issues_found", e.issues_found_figure)
        sum_into(self.sums, "rectified", e.rectified_figure)
        sum_into(self.sums, "voters_present", e.voters_present)
        sum_into(self.sums, "rated", e.rated)
        sum_into(self.sums, "subjects", e.subjects_figure)
        sum_into(self.sums, "notices", e.notices_figure)
        for r in e.ratings:
            sum_into(self.ratings, r.level, r.count)
        for kind, count in e.subjects_by_kind.items():
            sum_into(self.subjects_by_kind, kind, count)
        grades = e.grades_figure
        self.graded += bool(grades)
        for level, count in grades.items():
            sum_into(self.grades, level, count)
        for d in e.dimensions:
            levels = self.by_dimension.setdefault(d.name, {})
            for r in d.ratings:
                sum_into(levels, r.level, r.count)
        self.opinions += len(e.opinions)
        self.lines.append(EvaluationLine.of(e))

    def merge(self, other: EvaluationTally) -> None:
        for kind, n in other.by_kind.items():
            self.by_kind[kind] = self.by_kind.get(kind, 0) + n
        self.at_session += other.at_session
        merge_sums(self.sums, other.sums)
        merge_sums(self.ratings, other.ratings)
        merge_sums(self.subjects_by_kind, other.subjects_by_kind)
        merge_sums(self.grades, other.grades)
        self.graded += other.graded
        for name, levels in other.by_dimension.items():
            merge_sums(self.by_dimension.setdefault(name, {}), levels)
        self.opinions += other.opinions
        self.lines += other.lines
        self.to_date += other.to_date

    def _key(self) -> tuple[Any, ...]:
        return (
            self.by_kind,
            self.at_session,
            self.sums,
            self.ratings,
            self.subjects_by_kind,
            self.grades,
            self.graded,
            self.by_dimension,
            self.opinions,
            _in_order(self.lines),
            _in_order(self.to_date),
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, EvaluationTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]

    def figures(self) -> EvaluationFigures:
        n = self.evaluations
        sums = self.sums

        def figure(name: str) -> Count | None:
            return sums[name].figure(n) if name in sums else None

        grades = ratings_of(self.grades, n)
        return EvaluationFigures(
            evaluations=n,
            by_subject_kind={k: self.by_kind[k] for k in SubjectKind if self.by_kind.get(k)},
            at_session=self.at_session,
            intersession=n - self.at_session,
            subjects=figure("subjects"),
            # Every evaluation states its subjects' kinds: the sums are not bounds.
            subjects_by_kind=figures_of(self.subjects_by_kind, 0, SubjectKind),
            grades=grades,
            grade_shares=_shares(self.grades, self.graded),
            notices=figure("notices"),
            issues_raised=figure("issues_raised"),
            issues_found=figure("issues_found"),
            rectified=figure("rectified"),
            ratings=ratings_of(self.ratings, n),
            rated=figure("rated"),
            by_dimension={
                name: ratings_of(self.by_dimension[name], 0) for name in sorted(self.by_dimension)
            },
            voters_present=figure("voters_present"),
            opinions=self.opinions,
            held=_in_order(self.lines),
            to_date=_in_order(self.to_date),
        )


def _shares(grades: Mapping[Satisfaction, Sum], graded: int) -> dict[Satisfaction, Rate]:
    """Each grade as a share of the subjects graded, over the evaluations that grade."""
    exact = ratings_of(grades, graded)
    if not exact:
        return {}
    base = Count.total(exact.values())
    return {level: Rate(part=count, base=base, of="graded") for level, count in exact.items()}


@attrs.frozen(kw_only=True)
class EvaluationFigures:
    """Evaluations held in the period.

    Attributes:
        evaluations: how many.
        by_subject_kind: how many of each subject kind.
        at_session: how many were held at a session (agenda items, not
            intersession activities); ``intersession`` how many between.
        subjects: the subjects evaluated in all (units, deputies).
        subjects_by_kind: the subjects evaluated, by kind.
        grades: how many subjects got each grade, over the evaluations that
            give grades.
        grade_shares: each grade's share of the subjects graded (base: the
            subjects of the evaluations that give grades).
        notices: rectification notices sent (``None``: not stated).
        issues_raised: issues raised to the subjects before (``None``: not stated).
        issues_found: issues the evaluations found.
        rectified: issues rectified.
        ratings: counts per satisfaction level, over the evaluations that give them.
        rated: the ratings given in all (raters' votes).
        by_dimension: the raters' votes per rated aspect, by level.
        voters_present: voters present at deputies' reports to voters.
        opinions: new opinions raised at reports to voters, itemised.
        held: each evaluation held, in date order.
        to_date: records of totals over several rounds given in the period
            (not added to the figures above).
    """

    evaluations: int
    by_subject_kind: Mapping[SubjectKind, int]
    at_session: int
    intersession: int
    subjects: Count | None
    subjects_by_kind: Mapping[SubjectKind, Count]
    grades: Mapping[Satisfaction, Count]
    grade_shares: Mapping[Satisfaction, Rate]
    notices: Count | None
    issues_raised: Count | None
    issues_found: Count | None
    rectified: Count | None
    ratings: Mapping[Satisfaction, Count]
    rated: Count | None
    by_dimension: Mapping[str, Mapping[Satisfaction, Count]]
    voters_present: Count | None
    opinions: int
    held: tuple[EvaluationLine, ...]
    to_date: tuple[EvaluationLine, ...]
