"""The presidium meetings of a period: their agenda and the documents they adopted.

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
from collections.abc import Iterable

import attrs

from congresskit.records.agenda import AgendaItem
from congresskit.records.cycle import ElectionPlan
from congresskit.records.kinds import DocumentKind
from congresskit.records.plans import WorkPlan
from congresskit.records.rulebook import RuleDocument
from congresskit.records.sessions import AdoptedDocument, PresidiumMeeting

__all__ = ["MeetingSummary", "meeting_summaries"]

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
