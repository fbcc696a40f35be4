"""Duty assessment: each deputy against a duty standard, with points and a ranking.

>>> import datetime as dt
>>> from congresskit import (Activity, ActivityKind, Count, Deputy, Level, Membership,
...     MembershipKind, STANDARD_12345, assess)
>>> zhang = Deputy(id="d1", name="张华", levels=(Level.TOWN,), memberships=(
...     Membership(kind=MembershipKind.TERM, of="t19", start=dt.date(2016, 12, 1)),))
>>> visits = [Activity(id=f"a{m}", kind=ActivityKind.VOTER_VISIT, title="走访选民",
...     start=dt.date(2020, m, 5), participants=("d1",), households_contacted=Count(2))
...     for m in (3, 4, 5)]
>>> result = assess([zhang, *visits], STANDARD_12345, "2020")
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
- points are counted over the period itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import Any

import attrs

from congresskit.assessment.standards import (
    DutyMetric,
    DutyRule,
    DutyStandard,
    DutyWindow,
    PartService,
)
from congresskit.errors import FieldTypeError, UnknownRecordError
from congresskit.records.activities import Activity
from congresskit.records.body import Term
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, MembershipKind, Verdict
from congresskit.records.people import Deputy
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Suggestion
from congresskit.summary._term_lookup import find_term
from congresskit.summary.periods import Period

__all__ = ["Assessment", "DeputyAssessment", "RuleResult", "Verdict", "assess"]


@attrs.frozen(kw_only=True)
class RuleResult:
    """One rule in one window, for one deputy.

    Attributes:
        rule: the rule.
        window: the window (a year, a term, or a session's days).
        session: the session's id, for a per-session rule.
        figure: what the deputy's records show in the window, up to the
            period's end.
        threshold: the figure needed: the rule's, or scaled pro rata.
        served: the share of the window the deputy served (1 when whole).
        verdict: met, not met, pending, or part served.
    """

    rule: DutyRule
    window: Period
    session: str | None
    figure: Count
    threshold: int
    served: Fraction
    verdict: Verdict

    @property
    def met(self) -> bool:
        """Whether the rule is met in this window."""
        return self.verdict is Verdict.MET


@attrs.frozen(kw_only=True)
class DeputyAssessment:
    """A deputy's assessment: every rule in every window, points and rank.

    Attributes:
        deputy, name: the deputy's id and name.
        results: the results, rule by rule in the standard's order, windows in date order.
        points: the points the standard's table gives (0 without a table).
        points_by_item: the points of each line of the table, in order.
        rank: the place in the ranking (1 is first; equal points and rules
            met share a place).
    """

    deputy: str
    name: str
    results: tuple[RuleResult, ...]
    points: int
    points_by_item: tuple[int, ...]
    rank: int

    @property
    def rules_met(self) -> int:
        """How many results are met."""
        return sum(r.met for r in self.results)

    @property
    def rules_failed(self) -> int:
        """How many results are not met (pending and part-served results are not failures)."""
        return sum(r.verdict is Verdict.NOT_MET for r in self.results)

    @property
    def all_met(self) -> bool:
        """Whether every result is met (pending and part-served results are not)."""
        return all(r.met for r in self.results)


@attrs.frozen(kw_only=True)
class Assessment:
    """The assessment of every serving deputy over a period.

    Attributes:
        period: the period assessed.
        standard: the standard applied.
        deputies: one assessment per deputy serving in the period, in rank order.
    """

    period: Period
    standard: DutyStandard
    deputies: tuple[DeputyAssessment, ...]

    def deputy(self, deputy_id: str) -> DeputyAssessment:
        """The assessment of ``deputy_id``.

        Raises:
            UnknownRecordError: the deputy was not assessed (not serving, or unknown).
        """
        for d in self.deputies:
            if d.deputy == deputy_id:
                return d
        raise UnknownRecordError("assessed deputy", deputy_id)

    def excellent(self, limit: int | None = None) -> tuple[DeputyAssessment, ...]:
        """Candidates for excellent deputy: none of their results failed, in rank order.

        A result still pending (its window goes on, as a term usually does at
        the end of a year) or marked as part service does not disqualify.

        Args:
            limit: how many to return at most (all when ``None``).
        """
        chosen = tuple(d for d in self.deputies if not d.rules_failed)
        return chosen if limit is None else chosen[:limit]


class _Ledger:
    """Per-deputy dated credits, read in one pass over the records."""

    def __init__(self) -> None:
        self.deputies: dict[str, Deputy] = {}
        self.terms: dict[str, Term] = {}
        self.sessions: dict[str, Session] = {}
        # deputy -> (day, what, detail) -> [figure, lower bound?]
        self.credits: dict[str, dict[tuple[dt.date, str, Any], list[Any]]] = {}

    def credit(self, deputy: str, key: tuple[dt.date, str, Any], count: Count | None) -> None:
        entry = self.credits.setdefault(deputy, {}).setdefault(key, [0, False])
        if count is not None:
            entry[0] += count.value
            entry[1] = entry[1] or count.at_least

    def add(self, record: Any) -> None:
        if isinstance(record, Activity):
            for d in record.participants:
                self.credit(d, (record.start, "activity", record.kind), Count(1))
                self.credit(d, (record.start, "households", None), record.households_contacted)
        elif isinstance(record, Suggestion):
            self.credit(record.lead, (record.raised_on, "led", record.session), Count(1))
            for d in record.cosigners:
                self.credit(d, (record.raised_on, "cosigned", record.session), Count(1))
        elif isinstance(record, Deputy):
            self.deputies[record.id] = record
        elif isinstance(record, Term):
            self.terms[record.id] = record
        elif isinstance(record, Session):
            self.sessions[record.id] = record

    def excused(self, session: str, deputy: str) -> bool:
        """Whether the session's roll names ``deputy`` as on leave."""
        attendance = self.sessions[session].attendance
        return attendance is not None and deputy in attendance.excused

    def figure(
        self,
        deputy: str,
        metric: DutyMetric,
        kinds: tuple[ActivityKind, ...],
        days: tuple[dt.date, dt.date],
        session: str | None = None,
    ) -> Count:
        start, end = days
        if metric is DutyMetric.SPEECHES:
            held = [self.sessions[session]] if session else self.sessions.values()
            return Count(sum(s.speeches_by(deputy) for s in held if start <= s.start <= end))
        what = _WHAT[metric]
        if metric is DutyMetric.REPORTS_TO_VOTERS:
            kinds = (ActivityKind.REPORT_TO_VOTERS,)
        value, lower = 0, False
        for (day, name, detail), (figure, at_least) in self.credits.get(deputy, {}).items():
            if name not in what or not start <= day <= end:
                continue
            if name == "activity" and kinds and detail not in kinds:
                continue
            if session is not None and detail != session:
                continue
            value, lower = value + figure, lower or at_least
        return Count(value, at_least=lower)


_WHAT = {
    DutyMetric.SUGGESTIONS_RAISED: ("led", "cosigned"),
    DutyMetric.SUGGESTIONS_LED: ("led",),
    DutyMetric.ACTIVITIES: ("activity",),
    DutyMetric.REPORTS_TO_VOTERS: ("activity",),
    DutyMetric.HOUSEHOLDS_CONTACTED: ("households",),
}


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
    rule: DutyRule, deputy: Deputy, period: Period, ledger: _Ledger
) -> Iterator[tuple[Period, str | None, Fraction]]:
    if rule.window is DutyWindow.YEAR:
        # Only the years the deputy served in: a period may span the whole calendar.
        spans = [m for m in deputy.memberships if m.kind is MembershipKind.TERM]
        if not spans:
            return
        first = max(period.start.year, min(m.start for m in spans).year)
        ends = [m.end for m in spans]
        last = period.end.year
        if None not in ends:
            last = min(last, max(e for e in ends if e is not None).year)
        for year in range(first, last + 1):
            window = _year(year)
            yield window, None, _served(deputy, window)
    elif rule.window is DutyWindow.TERM:
        for term in sorted(ledger.terms.values(), key=lambda t: (t.start, t.id)):
            if period.overlaps(term.start, term.end):
                window = Period.of_term(term)
                yield window, None, _served(deputy, window, term.id)
    else:
        for s in sorted(ledger.sessions.values(), key=lambda s: (s.start, s.id)):
            if period.contains(s.start) and deputy.member_of(MembershipKind.TERM, s.term, s.start):
                yield Period.between(s.start, s.last_day), s.id, Fraction(1)


def _judge(
    rule: DutyRule, deputy: Deputy, period: Period, standard: DutyStandard, ledger: _Ledger
) -> Iterator[RuleResult]:
    for window, session, served in _windows(rule, deputy, period, ledger):
        if not served:
            continue  # not a deputy in this window: nothing to judge
        days = (window.start, min(window.end, period.end))
        figure = ledger.figure(deputy.id, rule.metric, rule.activity_kinds, days, session)
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


def assess(records: Iterable[Any], standard: DutyStandard, period: Period | str) -> Assessment:
    """Assess every deputy serving in ``period`` against ``standard``.

    Args:
        records: any iterable of records (read once).
        standard: the duty standard, e.g. :data:`~congresskit.DEFAULT_STANDARD`.
        period: the period, or its text (``"2020"``); the assessment is as of
            its last day. ``"term-19"`` is looked up in the records' own term
            19, as :func:`~congresskit.summarize` does.

    Returns:
        The assessment, deputies in rank order: more points first, then more
        rules met, then by id.

    Raises:
        FieldTypeError: ``standard`` is not a :class:`~congresskit.DutyStandard`,
            or ``period`` not a period or its text.
        PeriodError: ``period`` is text that is not a period, or a term the
            records do not hold.
    """
    if not isinstance(standard, DutyStandard):
        raise FieldTypeError("assess", "standard", standard, "a DutyStandard")
    period, records = find_term(period, records)
    if isinstance(period, str):
        period = Period.parse(period)
    if not isinstance(period, Period):
        raise FieldTypeError("assess", "period", period, "a Period or its text")
    ledger = _Ledger()
    for record in records:
        ledger.add(record)
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
        results = tuple(
            r for rule in standard.rules for r in _judge(rule, deputy, period, standard, ledger)
        )
        days = (period.start, period.end)
        scores = tuple(
            item.score(ledger.figure(deputy.id, item.metric, item.activity_kinds, days).value)
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
