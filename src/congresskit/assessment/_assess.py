"""Duty assessment: each deputy against a duty standard, with points and a ranking.

>>> import datetime as dt
>>> from congresskit import (Activity, ActivityKind, Count, Deputy, Level, Membership,
...     MembershipKind, STANDARD_12345, assess)
>>> zhang = Deputy(id="d1", name="张华", levels=(Level.TOWN,), memberships=(
...     Membership(kind=MembershipKind.TERM, of="t19", start=dt.date(2016, 12, 1)),))
>>> visits = [Activity(id=f"a{m}", kind=ActivityKind.VOTER_VISIT, title="走访选民",
...     start=dt.date(2020, m, 5), participants=("d1",), households_contacted=Count(2))
...     for m in (3, 4, 5)]
>>> result = assess([zhang, *visits], "2020", standard=STANDARD_12345)
>>> [(r.rule.code, str(r.figure), r.threshold, r.verdict.value)
...  for r in result.deputy("d1").results]
[('2', '0', 2, 'not_met'), ('4', '3', 4, 'not_met'), ('5', '6', 5, 'met')]

(Rule 1, once a term, has no window here because no term record was given;
rule 3 has none because no session was held.)

How windows work, as of the end of the assessed period:

- a ``year`` rule is judged for each calendar year the period touches, a
  ``term`` rule for each term, a ``session`` rule for each session held in the
  period; the figure counts the deputy's records from the window's start to
  the period's end (or the window's end, if sooner);
- a window that has not ended by the end of the period and is not met yet is
  ``pending``, never failed;
- a deputy who served only part of a window (per their dated term
  memberships) has the threshold scaled to the share served, rounded up
  (``pro_rata``), or is marked ``part_served`` instead of failed (``mark``),
  as the standard says; a deputy not serving in a window is not judged in it,
  and a session counts only if the deputy belonged to its term that day;
- a record counts only if the deputy held a term membership on its date (of
  the window's term, for a ``term`` or ``session`` rule): the membership in
  force then, so that a later change does not rewrite a past assessment; a
  record whose vague date may fall on either side of a membership's first or
  last day is left out, and the figure says "at least";
- points are counted over the period itself;
- households contacted: a deputy's own figure where given, otherwise a part of
  the activity's total as the standard's ``crediting`` says (see ``credited``);
- a standard's criteria assess collectives (groups of deputies) over the
  period itself (see :mod:`congresskit.assessment.criteria`).
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import warnings
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import Any, cast

import attrs

from congresskit.assessment._collectives import Scores, check_scores, collectives
from congresskit.assessment._ledger import Ledger, Spans, term_spans
from congresskit.assessment._results import Assessment, DeputyAssessment, RuleResult
from congresskit.assessment.standards import (
    DEFAULT_STANDARD,
    DutyRule,
    DutyStandard,
    DutyWindow,
    PartService,
)
from congresskit.errors import FieldError, FieldTypeError
from congresskit.records.dates import earliest
from congresskit.records.enums import MembershipKind, Verdict
from congresskit.records.kinds import DeductionBasis
from congresskit.records.people import Deputy
from congresskit.summary._state_help import SummaryError
from congresskit.summary._term_lookup import find_term
from congresskit.summary.periods import Period

__all__ = ["Assessment", "Assessor", "DeputyAssessment", "RuleResult", "Verdict", "assess"]


def _served(deputy: Deputy, window: Period, term: str | None = None) -> Fraction:
    """The share of ``window``'s days ``deputy`` was a deputy (of ``term``, if given)."""
    spans = sorted(
        (max(m.start, window.start), min(m.end or window.end, window.end))
        for m in deputy.memberships
        if m.kind is MembershipKind.TERM and (term is None or m.of == term)
    )
    days, reached = 0, None
    for start, end in spans:
        # Overlapping memberships (which check() reports) are not counted twice.
        # (No day before the window's start is computed: it may be 0001-01-01.)
        if reached is not None:
            if reached >= end:
                continue
            start = max(start, reached + dt.timedelta(days=1))
        if start <= end:
            days += (end - start).days + 1
            reached = end
    return Fraction(days, window.days)


@functools.lru_cache(maxsize=10_000)  # every year of the calendar, at most
def _year(year: int) -> Period:
    return Period.year(year)


def _windows(
    rule: DutyRule, deputy: Deputy, period: Period, ledger: Ledger, spans: Spans
) -> Iterator[tuple[Period, str | None, Fraction, Spans]]:
    if rule.window is DutyWindow.YEAR:
        # Only the years the deputy served in: a period may span the whole calendar.
        held = [m for m in deputy.memberships if m.kind is MembershipKind.TERM]
        if not held:
            return
        first = max(period.start.year, min(m.start for m in held).year)
        ends = [m.end for m in held]
        last = period.end.year
        if None not in ends:
            last = min(last, max(e for e in ends if e is not None).year)
        for year in range(first, last + 1):
            window = _year(year)
            yield window, None, _served(deputy, window), spans
    elif rule.window is DutyWindow.TERM:
        # A term whose dates are not stated has no window to judge a per-term rule in.
        dated = (t for t in ledger.terms.values() if t.start is not None and t.end is not None)
        for term in sorted(dated, key=lambda t: (t.start or dt.date.min, t.id)):
            if term.start is not None and period.overlaps(term.start, term.end):
                window = Period.of_term(term)
                yield window, None, _served(deputy, window, term.id), term_spans(deputy, term.id)
    else:
        for s in sorted(ledger.sessions.values(), key=lambda s: (s.start, s.id)):
            if period.contains(s.start) and deputy.member_of(MembershipKind.TERM, s.term, s.start):
                window = Period.between(s.start, s.last_day)
                yield window, s.id, Fraction(1), term_spans(deputy, s.term)


def _judge(
    rule: DutyRule,
    deputy: Deputy,
    period: Period,
    standard: DutyStandard,
    ledger: Ledger,
    spans: Spans,
) -> Iterator[RuleResult]:
    for window, session, served, counted in _windows(rule, deputy, period, ledger, spans):
        if not served:
            continue  # not a deputy in this window: nothing to judge
        days = (window.start, min(window.end, period.end))
        # Only records of days the deputy served (in the window's term, if any) count.
        kinds = rule.activity_kinds
        figure = ledger.figure(deputy.id, rule.metric, kinds, days, session, counted)
        threshold = rule.threshold
        if served < 1 and standard.part_service is PartService.PRO_RATA:
            threshold = math.ceil(rule.threshold * served)
        if figure.value >= threshold:
            verdict = Verdict.MET
        elif window.end > period.end:
            verdict = Verdict.PENDING
        elif served < 1 and standard.part_service is PartService.MARK:
            verdict = Verdict.PART_SERVED
        elif session is not None and ledger.excused(session, deputy.id):
            verdict = Verdict.EXCUSED
        else:
            verdict = Verdict.NOT_MET
        yield RuleResult(
            rule=rule,
            window=window,
            session=session,
            figure=figure,
            threshold=threshold,
            served=served,
            verdict=verdict,
        )


def assess(
    records: Iterable[Any],
    period: Period | str,
    standard: DutyStandard | None = DEFAULT_STANDARD,
    *,
    scores: Scores | None = None,
) -> Assessment:
    """Assess every deputy serving in ``period`` against ``standard``.

    The arguments are in :func:`~congresskit.summarize`'s order: records, then
    period. The order of earlier releases, ``assess(records, standard,
    period)``, still works for one release, with a :class:`DeprecationWarning`.

    Args:
        records: any iterable of records (read once).
        period: the period, or its text (``"2020"``); the assessment is as of
            its last day. ``"term-19"`` is looked up in the records' own term
            19, as :func:`~congresskit.summarize` does.
        standard: the duty standard; :data:`~congresskit.DEFAULT_STANDARD`
            (the "12345" rules with the example points table) when not given
            or ``None``.
        scores: the scores of manual criteria (those the records cannot
            measure), by collective id and criterion code:
            ``{"v1": {"A": 30}}``; a score not given is not stated.

    Returns:
        The assessment, deputies in rank order: more points first, then more
        rules met, then by id; collectives by score.

    Raises:
        FieldTypeError: ``standard`` is not a :class:`~congresskit.DutyStandard`,
            or ``period`` not a period or its text, or ``scores`` not a
            mapping of mappings of integers.
        FieldError: a score for a criterion that is not manual, or outside
            its criterion's floor and points; or the period ends before the
            standard's ``in_force_from``.
        PeriodError: ``period`` is text that is not a period, or a term the
            records do not hold.
    """
    given: Any = period
    old_order = isinstance(given, DutyStandard) or (given is None and standard is not None)
    if old_order and not isinstance(standard, DutyStandard):
        # The order of earlier releases: assess(records, standard, period).
        old = "assess(records, standard, period) is deprecated; write assess(records, period,"
        msg = f"{old} standard=standard) (旧参数顺序已弃用)"
        warnings.warn(msg, DeprecationWarning, stacklevel=2)
        period, standard = cast("Period | str", standard), given
    if standard is None:
        standard = DEFAULT_STANDARD
    if not isinstance(standard, DutyStandard):
        raise FieldTypeError("assess", "standard", standard, "a DutyStandard")
    period, records = find_term(period, records)
    return Assessor(standard, period, scores=scores).update(records).assessment()


class Assessor:
    """Read records into an assessment one at a time, in any order, or in parts.

    What :func:`assess` does in one pass, split so that parts of a record set
    can be read apart (in other processes or on other machines: an assessor
    pickles) and merged, each part once. Only what the period needs is kept:
    one counter per deputy, day and kind of credit up to the period's end, and
    the deputy, term and session records by id.

    >>> from congresskit import DEFAULT_STANDARD, example_records
    >>> records = list(example_records())
    >>> parts = [Assessor(DEFAULT_STANDARD, "2020").update(records[i::2]) for i in (0, 1)]
    >>> parts[0].merge(parts[1]).assessment() == assess(records, "2020")
    True
    """

    def __init__(
        self, standard: DutyStandard, period: Period | str, *, scores: Scores | None = None
    ) -> None:
        """Start an empty assessment of ``period`` against ``standard``.

        ``scores`` are the manual criteria's scores, as :func:`assess` takes them.

        Raises:
            FieldTypeError: ``standard`` is not a :class:`~congresskit.DutyStandard`,
                or ``period`` not a period or its text.
            PeriodError: ``period`` is text that is not a period, or a bare
                ``"term-N"`` (look it up first: ``Period.parse("term-19",
                terms=...)``).
            FieldError: the period ends before the standard first applies
                (its ``in_force_from``).
        """
        if not isinstance(standard, DutyStandard):
            raise FieldTypeError("assess", "standard", standard, "a DutyStandard")
        if isinstance(period, str):
            period = Period.parse(period)
        if not isinstance(period, Period):
            raise FieldTypeError("assess", "period", period, "a Period or its text")
        starts = standard.in_force_from
        if starts is not None and period.end < earliest(starts):
            msg = (
                f"the standard {standard.name!r} first applies on {starts}, after the period "
                f"{period} ends (考核期间在标准施行之前)"
            )
            raise FieldError("assess", "period", period, "in_force", msg)
        self.standard = standard
        self.period = period
        self.scores = check_scores(standard, scores)
        absence = DeductionBasis.PER_ABSENCE
        roll = any(d.basis is absence for c in standard.criteria for d in c.deductions)
        self._ledger = Ledger(period, standard.crediting, roll=roll)

    def add(self, record: Any) -> None:
        """Add one record (records that count for nothing are passed over)."""
        self._ledger.add(record)

    def update(self, records: Iterable[Any]) -> Assessor:
        """Add every record of ``records``; returns the assessor."""
        add = self._ledger.add
        for record in records:
            add(record)
        return self

    def merge(self, *others: Assessor) -> Assessor:
        """Add the records of other assessors of the same period; returns this one.

        Raises:
            SummaryError: another assessor is of a different period or
                standard, or already merged into this one.
            FieldTypeError: an argument is not an :class:`Assessor`.
        """
        for i, other in enumerate(others):
            if not isinstance(other, Assessor):
                raise FieldTypeError("Assessor.merge", f"others[{i}]", other, "an Assessor")
            if other.standard != self.standard or other.scores != self.scores:
                msg = "cannot merge assessments against different standards or scores"
                raise SummaryError(msg)
            self._ledger.check_mergeable(other._ledger)
            self._ledger.merge(other._ledger)
        return self

    def assessment(self) -> Assessment:
        """The assessment of the records added so far."""
        result = _assessment(self._ledger, self.standard, self.period)
        found = collectives(self._ledger, self.standard, self.scores)
        return attrs.evolve(result, collectives=found) if found else result


def _assessment(ledger: Ledger, standard: DutyStandard, period: Period) -> Assessment:
    serving = [
        d
        for _, d in sorted(ledger.deputies.items())
        if any(
            m.kind is MembershipKind.TERM and period.overlaps(m.start, m.end) for m in d.memberships
        )
    ]
    items = standard.points.items if standard.points is not None else ()
    unranked = []
    for deputy in serving:
        spans = term_spans(deputy)
        results = tuple(
            r
            for rule in standard.rules
            for r in _judge(rule, deputy, period, standard, ledger, spans)
        )
        days = (period.start, period.end)
        scores = tuple(
            item.score(
                ledger.figure(deputy.id, item.metric, item.activity_kinds, days, None, spans).value
            )
            for item in items
        )
        unranked.append((deputy, results, scores))
    unranked.sort(key=lambda e: (-sum(e[2]), -sum(r.met for r in e[1]), e[0].id))
    ranked: list[DeputyAssessment] = []
    for deputy, results, scores in unranked:
        place = len(ranked) + 1
        if ranked:
            before = ranked[-1]
            if (before.points, before.rules_met) == (sum(scores), sum(r.met for r in results)):
                place = before.rank
        ranked.append(
            DeputyAssessment(
                deputy=deputy.id,
                name=deputy.name,
                results=results,
                points=sum(scores),
                points_by_item=scores,
                rank=place,
            )
        )
    return Assessment(period=period, standard=standard, deputies=tuple(ranked))
