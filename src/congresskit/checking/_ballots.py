"""The ballots' rules held against their tallies, and supervision visits' deputies.

A ballot whose rule and every candidate's tally are stated selects what the rule
derives: a project selected against it is an error (X024); projects tied for the
last place are a warning (W009), and either may be recorded as selected.
"""

from __future__ import annotations

from collections.abc import Iterator

from congresskit.checking.recordset import RecordSet
from congresskit.errors import Problem
from congresskit.records.agenda import ProjectBallot

__all__ = ["ballot_problems"]


def ballot_problems(rs: RecordSet) -> Iterator[Problem]:
    """Problems of the sessions' ballots against their rules, in document order."""
    for i, session in enumerate(rs.sessions):
        entitled = session.attendance.due if session.attendance is not None else None
        for j, item in enumerate(session.agenda):
            if not isinstance(item, ProjectBallot) or item.rule is None:
                continue
            yes = {c.project: c.yes for c in item.candidates}
            if not yes or any(n is None for n in yes.values()):
                continue
            derived = item.rule.select(
                {p: n or 0 for p, n in yes.items()},
                ballots_returned=item.ballots_returned,
                entitled=entitled,
            )
            if derived is None:
                continue
            path = f"$.sessions[{i}].agenda[{j}]"
            recorded = {c.project for c in item.candidates if c.selected}
            if derived.tied:
                yield Problem(
                    path=f"{path}.candidates",
                    record=session.id,
                    rule="ballot_tie",
                    message=f"projects {', '.join(derived.tied)} are tied for the last place",
                )
            must, may = set(derived.selected), set(derived.selected) | set(derived.tied)
            if not must <= recorded <= may:
                yield Problem(
                    path=f"{path}.candidates",
                    record=session.id,
                    rule="ballot_selection",
                    message=(
                        f"the rule selects {', '.join(derived.selected) or 'none'}, but "
                        f"{', '.join(sorted(recorded)) or 'none'} are recorded as selected"
                    ),
                )
