"""The rules of rule documents, honours, election plans and ballots.

References of rule documents, honours and election plans to their records (a
congress honoured may be another's: only recipients of a kind congresskit keeps
are looked up), and each ballot's rule held against its tallies (see
:mod:`congresskit.checking._ballots`): a selection against the rule is an error
whether or not warnings are asked for; a tie is a warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from congresskit.checking._ballots import ballot_problems
from congresskit.records.body import Place, Term, Unit
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.sessions import PresidiumMeeting

if TYPE_CHECKING:
    from congresskit.checking._rules import Checker

__all__ = ["check_rulebook"]

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
    for i, h in enumerate(rs.honours):
        kind = _RECIPIENTS.get(h.recipient_kind.value)
        if kind is not None:
            checker.ref(f"$.honours[{i}].recipient", h.id, h.recipient, kind)
    for problem in ballot_problems(rs):
        checker.add(problem.path, problem.record, problem.rule, problem.message)
