"""The rules of rule documents, honours, election plans and ballots.

References of rule documents, honours and election plans to their records (a
congress honoured may be another's: only recipients of a kind congresskit keeps
are looked up), and each ballot's rule held against its tallies (see
:mod:`congresskit.checking._ballots`): a selection against the rule is an error
whether or not warnings are asked for; a tie is a warning. A presidium
meeting's adopted documents name records of the kind they state, and a
document's record never places its adoption at another meeting or on another
day (``adoption_mismatch``). A by-election fills vacancies in a term already
elected, so its vote falls within that term (``by_election_outside_term``); a
general election elects a term that has not begun, and no such rule holds it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from congresskit.checking._ballots import ballot_problems
from congresskit.records.body import Place, Term, Unit
from congresskit.records.cycle import ElectionPlan
from congresskit.records.dates import certainly_before
from congresskit.records.enums import ElectionKind
from congresskit.records.kinds import DocumentKind
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.rulebook import RuleDocument
from congresskit.records.sessions import PresidiumMeeting

if TYPE_CHECKING:
    from congresskit.checking._rules import Checker

__all__ = ["check_rulebook"]

#: The record types an adopted document of each kind may name.
_DOCUMENTS: dict[DocumentKind | None, tuple[type[Any], ...]] = {
    DocumentKind.ELECTION_PLAN: (ElectionPlan,),
    DocumentKind.RULE: (RuleDocument,),
    DocumentKind.WORK_PLAN: (WorkPlan,),
}
_ANY_DOCUMENT = (ElectionPlan, RuleDocument, WorkPlan)

_RECIPIENTS: dict[str, type[Any]] = {
    "unit": Unit,
    "deputy": Deputy,
    "group": DeputyGroup,
    "station": Station,
}


def check_rulebook(checker: Checker) -> None:
    """Add the problems of rule documents, honours, election plans and ballots."""
    rs = checker.rs
    for i, r in enumerate(rs.rules):
        checker.refs(f"$.rules[{i}].stations", r.id, r.stations, Station)
    for i, e in enumerate(rs.election_plans):
        checker.ref(f"$.election_plans[{i}].term", e.id, e.term, Term)
        checker.ref(f"$.election_plans[{i}].adopted_at", e.id, e.adopted_at, PresidiumMeeting)
        for j, d in enumerate(e.districts):
            checker.refs(f"$.election_plans[{i}].districts[{j}].places", e.id, d.places, Place)
    _by_elections(checker)
    for i, h in enumerate(rs.honours):
        kind = _RECIPIENTS.get(h.recipient_kind.value)
        if kind is not None:
            checker.ref(f"$.honours[{i}].recipient", h.id, h.recipient, kind)
    for problem in ballot_problems(rs):
        checker.add(problem.path, problem.record, problem.rule, problem.message)
    _adoptions(checker)


def _differ(a: dt.date | None, b: dt.date | None) -> bool:
    """Whether two stated days certainly differ, however vague either is."""
    return a is not None and b is not None and (certainly_before(a, b) or certainly_before(b, a))


def _adoptions(checker: Checker) -> None:
    """A meeting's adopted documents name records of their kind, which agree on where
    and when they were adopted; an election plan's meeting agrees on the day."""
    rs = checker.rs
    meetings = {m.id: m for m in rs.presidium_meetings}
    plans = {e.id: e for e in rs.election_plans}
    rules = {r.id: r for r in rs.rules}
    for i, m in enumerate(rs.presidium_meetings):
        for j, d in enumerate(m.adopted):
            path = f"$.presidium_meetings[{i}].adopted[{j}]"
            checker.ref(f"{path}.record", m.id, d.record, *_DOCUMENTS.get(d.kind, _ANY_DOCUMENT))
            plan = plans.get(d.record or "")
            if plan is not None and plan.adopted_at not in (None, m.id):
                checker.add(
                    f"{path}.record",
                    m.id,
                    "adoption_mismatch",
                    f"election plan {plan.id!r} is adopted at meeting {m.id!r}, but its record "
                    f"says at {plan.adopted_at!r}",
                )
            # A plan that names its meeting has its day checked below, once.
            record: ElectionPlan | RuleDocument | None = rules.get(d.record or "")
            if plan is not None and plan.adopted_at is None:
                record = plan
            if record is not None and _differ(record.adopted_on, m.on):
                checker.add(
                    f"{path}.record",
                    m.id,
                    "adoption_mismatch",
                    f"{record.id!r} is adopted at the meeting of {m.on}, but its record says "
                    f"on {record.adopted_on}",
                )
    for i, e in enumerate(rs.election_plans):
        meeting = meetings.get(e.adopted_at or "")
        if meeting is not None and _differ(e.adopted_on, meeting.on):
            checker.add(
                f"$.election_plans[{i}].adopted_on",
                e.id,
                "adoption_mismatch",
                f"adopted on {e.adopted_on}, but at meeting {meeting.id!r}, held on {meeting.on}",
            )


def _by_elections(checker: Checker) -> None:
    """A by-election's vote falls within the term whose vacancies it fills."""
    terms = {t.id: t for t in checker.rs.terms}
    for i, e in enumerate(checker.rs.election_plans):
        term = terms.get(e.term or "")
        if e.kind is not ElectionKind.BY_ELECTION or term is None or e.election_day is None:
            continue
        if term.excludes(e.election_day):
            checker.add(
                f"$.election_plans[{i}].election_day",
                e.id,
                "by_election_outside_term",
                f"a by-election on {e.election_day} fills vacancies in term {term.id!r}, "
                f"which runs {term.start or '(start not stated)'} to "
                f"{term.end or '(end not stated)'}: correct the day or the term",
            )
