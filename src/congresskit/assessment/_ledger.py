"""What an assessment is judged from: per-deputy dated credits and reference records.

A :class:`Ledger` reads records in any order, keeps only what the assessed
period needs (nothing dated after its end; one counter per deputy, day and
kind of credit, not the records), and merges with the ledger of another part
of the same records. Like a summary's state it has an identity, the set of
parts it holds, so that a part merged twice is an error rather than counted
twice; reference records (deputies, terms, sessions) are kept by id, so that
parts that each carry one count it once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from congresskit.assessment.standards import DutyMetric
from congresskit.records.activities import Activity
from congresskit.records.body import Term
from congresskit.records.counts import Count
from congresskit.records.crediting import credited
from congresskit.records.dates import earliest, latest, placed
from congresskit.records.enums import ActivityKind, Crediting, MembershipKind
from congresskit.records.people import Deputy, DeputyGroup
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Suggestion
from congresskit.summary._state_help import SummaryError
from congresskit.summary.periods import Period

_WHAT = {
    DutyMetric.SUGGESTIONS_RAISED: ("led", "cosigned"),
    DutyMetric.SUGGESTIONS_LED: ("led",),
    DutyMetric.ACTIVITIES: ("activity",),
    DutyMetric.REPORTS_TO_VOTERS: ("activity",),
    DutyMetric.HOUSEHOLDS_CONTACTED: ("households",),
}

Key = tuple[dt.date, str, Any]
#: Stretches of days (first, last) a deputy served, joined where they follow on.
Spans = tuple[tuple[dt.date, dt.date], ...]


def term_spans(deputy: Deputy, term: str | None = None) -> Spans:
    """The stretches of days ``deputy`` held a term membership (of ``term``, if given)."""
    held = sorted(
        (m.start, m.end or dt.date.max)
        for m in deputy.memberships
        if m.kind is MembershipKind.TERM and (term is None or m.of == term)
    )
    joined: list[tuple[dt.date, dt.date]] = []
    for start, end in held:
        if joined and (joined[-1][1] == dt.date.max or start <= joined[-1][1] + _DAY):
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return tuple(joined)


def serving_on(day: dt.date, spans: Spans) -> bool | None:
    """Whether ``day`` (which may be vague) falls in ``spans``: ``None`` if only in part."""
    maybe = False
    for start, end in spans:
        where = placed(day, start, end)
        if where:
            return True
        maybe = maybe or where is None
    return None if maybe else False


class Ledger:
    """Per-deputy dated credits of one period, read in one pass over the records."""

    def __init__(
        self, period: Period, crediting: Crediting = Crediting.SHARED, roll: bool = False
    ) -> None:
        self.period = period
        self.crediting = crediting
        self.deputies: dict[str, Deputy] = {}
        self.groups: dict[str, DeputyGroup] = {}
        # With ``roll``, who took part in each activity of the period, by id, for
        # a standard that counts missed activities: (day, kind, group, participants).
        self.roll = roll
        self.calls: dict[str, tuple[dt.date, ActivityKind, str | None, frozenset[str]]] = {}
        self.terms: dict[str, Term] = {}
        self.sessions: dict[str, Session] = {}
        # deputy -> (day, what, detail) -> figure; lower bounds apart, being rare.
        self.credits: dict[str, dict[Key, int]] = {}
        self.lower: set[tuple[str, Key]] = set()
        # (day, session) of suggestions whose lead is not stated: credited to nobody, they
        # make every deputy's suggestion figure over their day a lower bound.
        self.unled: set[tuple[dt.date, str | None]] = set()
        self.parts = frozenset((uuid.uuid4().hex,))

    def _keys(self) -> tuple[Any, ...]:
        return (
            self.period,
            self.crediting,
            self.deputies,
            self.groups,
            self.calls,
            self.terms,
            self.sessions,
            self.credits,
            self.lower,
            self.unled,
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ledger) and self._keys() == other._keys()

    __hash__ = None  # type: ignore[assignment]

    def credit(self, deputy: str, key: Key, count: Count | None) -> None:
        if count is None or (not count.value and not count.at_least):
            return  # nothing to count: no entry, so that memory holds only figures
        mine = self.credits.get(deputy)
        if mine is None:
            mine = self.credits[deputy] = {}
        mine[key] = mine.get(key, 0) + count.value
        if count.at_least:
            self.lower.add((deputy, key))

    def households(self, a: Activity) -> Callable[[str], Count | None]:
        """Each participant's households of ``a``, as the standard credits them."""
        if a.participant_figures:
            return credited(a, "households_contacted", self.crediting).get
        # Without own figures every participant gets the same: worked out once, as credited().
        total = a.households_contacted
        if total is None or self.crediting is Crediting.NONE:
            share = None
        elif self.crediting is Crediting.FULL:
            share = total
        else:
            share = Count(total.value // a.participations, at_least=total.at_least)
        return lambda _: share

    def add(self, record: Any) -> None:
        kind = type(record)
        end = self.period.end
        if kind is Activity:
            if record.start > end or not record.participants:
                return  # judged as of the period's end: later records do not count
            key = (record.start, "activity", record.kind)
            households = (record.start, "households", None)
            share = self.households(record)
            if self.roll and record.start >= self.period.start:
                calls = (record.start, record.kind, record.group, frozenset(record.participants))
                self.calls[record.id] = calls
            for d in record.participants:
                self.credit(d, key, _ONE)
                self.credit(d, households, share(d))
        elif kind is Suggestion:
            if record.raised_on > end:
                return
            if record.lead is None:  # credited to nobody, never to a guessed deputy
                self.unled.add((record.raised_on, record.session))
            else:
                self.credit(record.lead, (record.raised_on, "led", record.session), _ONE)
            for d in record.cosigners:
                self.credit(d, (record.raised_on, "cosigned", record.session), _ONE)
        elif kind is Deputy:
            self.deputies[record.id] = record
        elif kind is DeputyGroup:
            self.groups[record.id] = record
        elif kind is Term:
            self.terms[record.id] = record
        elif kind is Session:
            self.sessions[record.id] = record

    def check_mergeable(self, other: Ledger) -> None:
        """Raise :class:`~congresskit.SummaryError` unless ``other`` can be merged in."""
        if (self.period.start, self.period.end) != (other.period.start, other.period.end):
            msg = (
                f"cannot merge the assessment of {other.period} into that of {self.period}: "
                "assess both parts over the same period"
            )
            raise SummaryError(msg)
        if self.parts & other.parts:
            msg = (
                "cannot merge an assessment's part into one that already holds it: "
                "its records would count twice (merge each part once)"
            )
            raise SummaryError(msg)

    def merge(self, other: Ledger) -> None:
        """Add ``other``'s records (call :meth:`check_mergeable` first)."""
        self.parts = self.parts | other.parts
        self.deputies.update(other.deputies)
        self.groups.update(other.groups)
        self.calls.update(other.calls)
        self.terms.update(other.terms)
        self.sessions.update(other.sessions)
        for deputy, theirs in other.credits.items():
            mine = self.credits.setdefault(deputy, {})
            for key, figure in theirs.items():
                mine[key] = mine.get(key, 0) + figure
        self.lower |= other.lower
        self.unled |= other.unled

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
        spans: Spans | None = None,
    ) -> Count:
        """The deputy's figure of ``metric`` from ``days[0]`` to ``days[1]``.

        With ``spans``, only records dated while the deputy served count (the
        membership in force on the record's date, not today's); a record
        whose vague date may fall either side of a span's edge is left out
        and makes the figure a lower bound ("at least"), never a guess.
        """
        start, end = days
        value, lower = 0, False
        if metric is DutyMetric.SPEECHES:
            held = [self.sessions[session]] if session else self.sessions.values()
            for s in held:
                if start <= s.start <= end:
                    where = True if spans is None else serving_on(s.start, spans)
                    if where:
                        value += s.speeches_by(deputy)
                    elif where is None and s.speeches_by(deputy):
                        lower = True
            return Count(value, at_least=lower)
        what = _WHAT[metric]
        if metric is DutyMetric.REPORTS_TO_VOTERS:
            kinds = (ActivityKind.REPORT_TO_VOTERS,)
        elif "led" in what:  # a suggestion of nobody stated may be this deputy's
            lower = any(
                latest(day) >= start and earliest(day) <= end and session in (None, s)
                for day, s in self.unled
            )
        for key, figure in self.credits.get(deputy, {}).items():
            day, name, detail = key
            if name not in what or not start <= day <= end:
                continue
            if name == "activity" and kinds and detail not in kinds:
                continue
            if session is not None and detail != session:
                continue
            if spans is not None:
                where = serving_on(day, spans)
                if not where:
                    lower = lower or where is None
                    continue
            value += figure
            lower = lower or (deputy, key) in self.lower
        return Count(value, at_least=lower)


_ONE = Count(1)
_DAY = dt.timedelta(days=1)
