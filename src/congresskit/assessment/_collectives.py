"""Collectives against a standard's criteria: per criterion the score, per rule what it took off.

>>> import datetime as dt
>>> from congresskit import (Activity, ActivityKind, Criterion, Deduction, DeductionBasis,
...     Deputy, DeputyGroup, DutyMetric, DutyStandard, Membership, MembershipKind, assess)
>>> standard = DutyStandard(name="村两委考核", total=40, criteria=(
...     Criterion(code="A", points=20, manual=True),
...     Criterion(code="D", points=20, deductions=(Deduction(
...         basis=DeductionBasis.PER_ABSENCE, points=2, metric=DutyMetric.ACTIVITIES),)),))
>>> joined = dt.date(2015, 1, 1)
>>> people = [Deputy(id=d, name=d, memberships=(Membership(
...     kind=MembershipKind.GROUP, of="v1", start=joined),)) for d in ("d1", "d2", "d3")]
>>> meetings = [Activity(id=f"a{m}", kind=ActivityKind.STUDY, title="学习",
...     start=dt.date(2015, m, 1), participants=("d1", "d2")) for m in (3, 6)]
>>> village = DeputyGroup(id="v1", name="一村")
>>> result = assess([village, *people, *meetings], "2015", standard, scores={"v1": {"A": 15}})
>>> v1 = result.collective("v1")
>>> [(r.criterion.code, r.score) for r in v1.results], v1.score
([('A', 15), ('D', 16)], 31)
>>> v1.results[1].deductions[0].count, v1.results[1].deductions[0].short
(2, ('d3',))
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from congresskit.assessment._ledger import Ledger
from congresskit.assessment.criteria import Criterion, Deduction, DeductionBasis
from congresskit.assessment.standards import DutyStandard
from congresskit.errors import FieldError, FieldTypeError
from congresskit.records.counts import Count
from congresskit.records.enums import MembershipKind
from congresskit.records.people import Deputy
from congresskit.summary.periods import Period

__all__ = [
    "CollectiveAssessment",
    "CriterionResult",
    "DeductionResult",
    "Scores",
    "check_scores",
    "collectives",
]

#: Manual scores: collective id -> criterion code -> score.
Scores = Mapping[str, Mapping[str, int]]


@attrs.frozen(kw_only=True)
class DeductionResult:
    """What one deduction rule found in a collective's records.

    Attributes:
        deduction: the rule.
        count: what it counts: deputies short (``per_deputy``), absences
            (``per_absence``), 1 or 0 (``in_part``: some deputy short;
            ``none_done``: no deputy did any).
        points: the points it took off (``none_done``: 0; the criterion
            scores 0 instead).
        short: the ids of the deputies who fell short (or missed an activity).
    """

    deduction: Deduction
    count: int
    points: int
    short: tuple[str, ...]


@attrs.frozen(kw_only=True)
class CriterionResult:
    """One criterion for one collective: the score, and what each rule took off.

    Attributes:
        criterion: the criterion.
        score: the points scored; ``None`` for a manual criterion whose
            score was not given (not stated, never 0).
        deductions: one result per deduction of a measured criterion.
        none_done: a ``none_done`` rule applied: no deputy did any of it.
    """

    criterion: Criterion
    score: int | None
    deductions: tuple[DeductionResult, ...]
    none_done: bool


@attrs.frozen(kw_only=True)
class CollectiveAssessment:
    """A collective's assessment: every criterion, the total and the rank.

    Attributes:
        collective, name: the group's id and name.
        deputies: the ids of its deputies in the period.
        results: one per criterion, in the standard's order.
        score: the sum of the scores; ``None`` when a manual score is missing.
        rank: the place by score (1 is first; equal scores share a place;
            collectives without a score come last).
    """

    collective: str
    name: str
    deputies: tuple[str, ...]
    results: tuple[CriterionResult, ...]
    score: int | None
    rank: int

    @property
    def known(self) -> int:
        """The sum of the scores known (the total when no manual score is missing)."""
        return sum(r.score for r in self.results if r.score is not None)


def check_scores(standard: DutyStandard, scores: Scores | None) -> dict[str, dict[str, int]]:
    """The manual scores as plain dicts, each checked against its criterion.

    Raises:
        FieldTypeError: not a mapping of mappings of integers.
        FieldError: a code that is not a manual criterion of the standard,
            or a score outside the criterion's floor and points.
    """
    if scores is None:
        return {}
    if not isinstance(scores, Mapping):
        raise FieldTypeError("assess", "scores", scores, "a mapping of collective ids")
    manual = {c.code: c for c in standard.criteria if c.manual}
    checked: dict[str, dict[str, int]] = {}
    for collective, given in scores.items():
        path = f"scores[{collective!r}]"
        if not isinstance(given, Mapping):
            raise FieldTypeError("assess", path, given, "a mapping of criterion codes")
        for code, score in given.items():
            where = f"{path}[{code!r}]"
            if code not in manual:
                msg = f"not a manual criterion of {standard.name!r}; manual ones: {sorted(manual)}"
                raise FieldError("assess", where, code, "manual", msg)
            if type(score) is not int:
                raise FieldTypeError("assess", where, score, "an integer")
            criterion = manual[code]
            low = criterion.floor
            if score > criterion.points or (low is not None and score < low):
                least = "any score" if low is None else f"a score from {low}"
                msg = f"{least} to {criterion.points} is expected"
                raise FieldError("assess", where, score, "range", msg)
            checked.setdefault(str(collective), {})[str(code)] = score
    return checked


def _members(ledger: Ledger, group: str, period: Period) -> list[Deputy]:
    return [
        d
        for _, d in sorted(ledger.deputies.items())
        if any(
            m.kind is MembershipKind.GROUP and m.of == group and period.overlaps(m.start, m.end)
            for m in d.memberships
        )
    ]


def _absences(ledger: Ledger, d: Deduction, group: str, deputy: Deputy) -> int:
    missed = 0
    for day, kind, of, present in ledger.calls.values():
        if d.activity_kinds and kind not in d.activity_kinds:
            continue
        if of not in (None, group):
            continue  # another group's activity: not one this group's deputies were called to
        if deputy.id not in present and deputy.member_of(MembershipKind.GROUP, group, day):
            missed += 1
    return missed


def _deduct(ledger: Ledger, d: Deduction, group: str, members: list[Deputy]) -> DeductionResult:
    days = (ledger.period.start, ledger.period.end)
    if d.basis is DeductionBasis.PER_ABSENCE:
        missed = {m.id: _absences(ledger, d, group, m) for m in members}
        count = sum(missed.values())
        short = tuple(k for k, n in missed.items() if n)
        points = count * (d.points or 0)
        return DeductionResult(deduction=d, count=count, points=points, short=short)
    assert d.metric is not None  # a measured criterion's rules have one (Criterion checks)
    figures: dict[str, Count] = {
        m.id: ledger.figure(m.id, d.metric, d.activity_kinds, days) for m in members
    }
    if d.basis is DeductionBasis.NONE_DONE:
        none = all(not f.value and not f.at_least for f in figures.values())
        return DeductionResult(deduction=d, count=int(none), points=0, short=())
    short = tuple(k for k, f in figures.items() if f.value < d.threshold)
    count = len(short) if d.basis is DeductionBasis.PER_DEPUTY else int(bool(short))
    return DeductionResult(deduction=d, count=count, points=count * (d.points or 0), short=short)


def _judge(
    criterion: Criterion,
    ledger: Ledger,
    group: str,
    members: list[Deputy],
    given: Mapping[str, int],
) -> CriterionResult:
    if criterion.manual:
        score = given.get(criterion.code)
        return CriterionResult(criterion=criterion, score=score, deductions=(), none_done=False)
    found = tuple(_deduct(ledger, d, group, members) for d in criterion.deductions)
    none_done = any(r.deduction.basis is DeductionBasis.NONE_DONE and r.count for r in found)
    score = 0 if none_done else criterion.points - sum(r.points for r in found)
    if criterion.floor is not None:
        score = max(score, criterion.floor)
    return CriterionResult(criterion=criterion, score=score, deductions=found, none_done=none_done)


def collectives(
    ledger: Ledger, standard: DutyStandard, scores: Mapping[str, Mapping[str, int]]
) -> tuple[CollectiveAssessment, ...]:
    """Every group with deputies in the period, against the standard's criteria, ranked."""
    if not standard.criteria:
        return ()
    judged = []
    for group in sorted(ledger.groups.values(), key=lambda g: g.id):
        members = _members(ledger, group.id, ledger.period)
        if not members:
            continue  # no deputy to answer for: nothing to judge
        given = scores.get(group.id, {})
        results = tuple(_judge(c, ledger, group.id, members, given) for c in standard.criteria)
        known = [r.score for r in results if r.score is not None]
        total = sum(known) if len(known) == len(results) else None
        judged.append((group, tuple(m.id for m in members), results, total))
    judged.sort(key=lambda e: (e[3] is None, -(e[3] or 0), e[0].id))
    ranked: list[CollectiveAssessment] = []
    for group, members_, results, total in judged:
        place = len(ranked) + 1
        if ranked and ranked[-1].score == total:
            place = ranked[-1].rank
        ranked.append(
            CollectiveAssessment(
                collective=group.id,
                name=group.name,
                deputies=members_,
                results=results,
                score=total,
                rank=place,
            )
        )
    return tuple(ranked)
