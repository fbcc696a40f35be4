"""The presidium meetings of a period, the documents they adopted, and the election cycle.

A meeting's adopted documents are those its record lists, and besides them the
election plans among the summary's records that name the meeting as where
they were adopted (``ElectionPlan.adopted_at``), each once: a source may state
the adoption on either side.

>>> import datetime as dt
>>> from congresskit import ElectionPlan, PresidiumMeeting, summarize
>>> meeting = PresidiumMeeting(id="pm3", on=dt.date(2021, 8, 20), number=3)
>>> plan = ElectionPlan(id="e2021", title="换届选举实施方案", adopted_at="pm3",
...     adopted_on=dt.date(2021, 8, 20))
>>> (m,) = summarize([meeting, plan], "2021").meetings
>>> [(d.title, d.kind.value, d.record) for d in m.adopted]
[('换届选举实施方案', 'election_plan', 'e2021')]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable, Mapping

import attrs

from congresskit.records.agenda import AgendaItem
from congresskit.records.cycle import ElectionPlan
from congresskit.records.dates import placed
from congresskit.records.enums import ElectionKind, Level
from congresskit.records.kinds import DocumentKind
from congresskit.records.plans import WorkPlan
from congresskit.records.rulebook import RuleDocument
from congresskit.records.sessions import AdoptedDocument, PresidiumMeeting

__all__ = ["ElectionStanding", "MeetingSummary", "election_standings", "meeting_summaries"]

_KIND_OF = {
    ElectionPlan: DocumentKind.ELECTION_PLAN,
    RuleDocument: DocumentKind.RULE,
    WorkPlan: DocumentKind.WORK_PLAN,
}


@attrs.frozen(kw_only=True)
class MeetingSummary:
    """A presidium meeting held in the period, with its agenda and what it adopted.

    Attributes:
        id, on, number, term, subjects, agenda: from the meeting's record.
        adopted: the documents it adopted, as its record lists them, then
            the election plans that name it in ``adopted_at``; a document's
            ``kind`` is read off the record it names when the meeting's
            record does not state it.
    """

    id: str
    on: dt.date
    number: int | None = None
    term: str | None = None
    subjects: tuple[str, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    adopted: tuple[AdoptedDocument, ...] = ()


def _kind(document: AdoptedDocument, records: dict[str, object]) -> AdoptedDocument:
    if document.kind is not None or document.record is None:
        return document
    kind = _KIND_OF.get(type(records.get(document.record)))
    return document if kind is None else attrs.evolve(document, kind=kind)


def meeting_summaries(
    meetings: Iterable[PresidiumMeeting],
    plans: Iterable[ElectionPlan],
    rules: Iterable[RuleDocument] = (),
    work_plans: Iterable[WorkPlan] = (),
) -> tuple[MeetingSummary, ...]:
    """The meetings, by day then id, each with what it adopted (see the module)."""
    plans = sorted(plans, key=lambda p: p.id)
    records: dict[str, object] = {r.id: r for r in (*plans, *rules, *work_plans)}
    result = []
    for m in sorted(meetings, key=lambda m: (m.on, m.id)):
        adopted = [_kind(d, records) for d in m.adopted]
        named = {d.record for d in adopted if d.record is not None}
        adopted.extend(
            AdoptedDocument(title=p.title, kind=DocumentKind.ELECTION_PLAN, record=p.id)
            for p in plans
            if p.adopted_at == m.id and p.id not in named
        )
        result.append(
            MeetingSummary(
                id=m.id,
                on=m.on,
                number=m.number,
                term=m.term,
                subjects=m.subjects,
                agenda=m.agenda,
                adopted=tuple(adopted),
            )
        )
    return tuple(result)


@attrs.frozen(kw_only=True)
class ElectionStanding:
    """How an election plan (换届 or 补选) stands at the end of the period.

    Attributes:
        plan, title: the plan's id and title.
        kind: a general election or a by-election.
        in_period: whether the plan is of the period (adopted, or voted, in
            it); ``None`` when the records do not date it closely enough to
            say (a plan with no date at all is listed in every period's
            summary so).
        adopted_on: the day it was adopted: its own, else that of the meeting
            that adopted it (``None``: not stated).
        adopted_at: the id of that meeting, if stated.
        election_day: the day of the vote, if stated.
        election_day_passed: whether the day of the vote falls on or before
            the period's end (``None``: no day stated, or a vague one that
            may fall either side); the records say nothing of the vote's result.
        districts: how many districts the plan lists (a district electing at
            two levels counts once).
        seats_listed: the seats the listed districts allot, by level.
        seats_stated: the seats in all the plan states, by level.
        seats_unlisted: by level, the seats stated but in no listed district
            (only where some are, and only when the plan lists districts).
    """

    plan: str
    title: str
    kind: ElectionKind = ElectionKind.GENERAL
    in_period: bool | None = True
    adopted_on: dt.date | None = None
    adopted_at: str | None = None
    election_day: dt.date | None = None
    election_day_passed: bool | None = None
    districts: int = 0
    seats_listed: Mapping[Level, int] = attrs.field(factory=dict)
    seats_stated: Mapping[Level, int] = attrs.field(factory=dict)
    seats_unlisted: Mapping[Level, int] = attrs.field(factory=dict)


def election_standings(
    plans: Iterable[ElectionPlan],
    meetings: Mapping[str, PresidiumMeeting],
    end: dt.date,
    undated: Container[str] = (),
) -> tuple[ElectionStanding, ...]:
    """How each plan stands on ``end``, the plans by id (``undated``: the ids of those
    that may or may not be of the period).

    >>> plan = ElectionPlan(id="e2021", title="换届选举实施方案",
    ...     election_day=dt.date(2021, 11, 15))
    >>> (s,) = election_standings([plan], {}, dt.date(2021, 6, 30))
    >>> s.election_day_passed
    False
    """
    result = []
    for p in sorted(plans, key=lambda p: p.id):
        meeting = meetings.get(p.adopted_at or "")
        adopted_on = p.adopted_on or (meeting.on if meeting is not None else None)
        passed = None
        if p.election_day is not None:
            passed = placed(p.election_day, dt.date.min, end)
        stated = {s.level: s.seats for s in p.seats_reported}
        listed = dict(p.seats_by_level)
        result.append(
            ElectionStanding(
                plan=p.id,
                title=p.title,
                kind=p.kind,
                in_period=None if p.id in undated else True,
                adopted_on=adopted_on,
                adopted_at=p.adopted_at,
                election_day=p.election_day,
                election_day_passed=passed,
                districts=len({d.name for d in p.districts}),
                seats_listed=listed,
                seats_stated=stated,
                seats_unlisted={
                    level: n - listed.get(level, 0)
                    for level, n in stated.items()
                    if n > listed.get(level, 0) and p.districts
                },
            )
        )
    return tuple(result)
