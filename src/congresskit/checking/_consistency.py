"""Rules that records agree with each other: numbers, votes, quorum, dates against terms.

Each rule has a stable code (:data:`CONSISTENCY_RULES`), given as the
:attr:`~congresskit.Problem.rule` of every problem it finds, so that a program
can tell the rules apart and a later format can attach a severity to each.
:class:`ConsistencyRules` is part of :class:`congresskit.checking._rules.Checker`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from congresskit.checking._part import CheckerPart
from congresskit.records.agenda import Election, Resolution
from congresskit.records.body import Term
from congresskit.records.dates import certainly_before
from congresskit.records.enums import MembershipKind
from congresskit.records.sessions import Session

if TYPE_CHECKING:
    pass

__all__ = ["CONSISTENCY_RULES", "ConsistencyRules"]

TERM_NUMBER_DUPLICATE = "term_number_duplicate"
RESOLUTION_WITHOUT_MAJORITY = "resolution_adopted_without_majority"
ELECTED_FEWER_VOTES = "election_elected_fewer_votes"
BELOW_QUORUM_ADOPTS = "session_below_quorum_adopts"
SPEECH_ON_LEAVE = "speech_by_deputy_on_leave"
MEMBERSHIP_BEFORE_TERM = "membership_before_term"
MEETING_OUTSIDE_TERM = "meeting_outside_term"
PROGRESS_BEFORE_VOTE = "progress_before_vote"

#: The consistency rules by code (the codes are stable: programs match on them).
CONSISTENCY_RULES: Mapping[str, str] = MappingProxyType(
    {
        TERM_NUMBER_DUPLICATE: "two terms of one congress have the same number",
        RESOLUTION_WITHOUT_MAJORITY: "a resolution marked adopted has no more yes than no votes",
        ELECTED_FEWER_VOTES: "a candidate elected has fewer votes than one not elected",
        BELOW_QUORUM_ADOPTS: "a session without a quorum (the policy's) adopts resolutions",
        SPEECH_ON_LEAVE: "a deputy named as on leave from a session speaks at it",
        MEMBERSHIP_BEFORE_TERM: "a deputy's term membership starts before the term",
        MEETING_OUTSIDE_TERM: "a presidium meeting is dated outside its term",
        PROGRESS_BEFORE_VOTE: "a livelihood project's progress is dated before the vote on it",
    }
)


class ConsistencyRules(CheckerPart):
    """The rules of :data:`CONSISTENCY_RULES`, over the record set ``rs`` under ``policy``."""

    def consistency(self) -> None:
        """Apply every consistency rule."""
        self.term_numbers()
        for i, s in enumerate(self.rs.sessions):
            self.session_votes(f"$.sessions[{i}]", s)
        self.memberships_in_terms()
        self.meetings_in_terms()
        self.progress_after_votes()

    def term_numbers(self) -> None:
        numbers = Counter((t.congress, t.number) for t in self.rs.terms)
        for i, t in enumerate(self.rs.terms):
            if numbers[(t.congress, t.number)] > 1:
                self.add(
                    f"$.terms[{i}].number",
                    t.id,
                    TERM_NUMBER_DUPLICATE,
                    f"term number {t.number} of congress {t.congress!r} is used by "
                    f"{numbers[(t.congress, t.number)]} terms; a period such as "
                    f"'term-{t.number}' would be ambiguous",
                )

    def session_votes(self, path: str, s: Session) -> None:
        a = s.attendance
        # A roll of nobody due, or with the deputies due not stated, says nothing of a quorum.
        below = a is not None and bool(a.due) and a.quorate(self.policy.quorum) is False
        excused = set(a.excused) if a is not None else set()
        for j, item in enumerate(s.agenda):
            where = f"{path}.agenda[{j}]"
            if isinstance(item, Resolution) and item.adopted:
                tally = item.tally
                if tally is not None and tally.yes <= tally.no:
                    self.add(
                        f"{where}.adopted",
                        s.id,
                        RESOLUTION_WITHOUT_MAJORITY,
                        f"resolution {item.title!r} is marked adopted with {tally.yes} yes "
                        f"and {tally.no} no votes",
                    )
                if below:
                    assert a is not None
                    self.add(
                        f"{where}.adopted",
                        s.id,
                        BELOW_QUORUM_ADOPTS,
                        f"resolution {item.title!r} is adopted, but only {a.present} of the "
                        f"{a.due} deputies due were present, below the quorum of "
                        f"{self.policy.quorum}",
                    )
            elif isinstance(item, Election):
                self.election(where, s.id, item)
        for j, speech in enumerate(s.speeches):
            if speech.deputy in excused:
                self.add(
                    f"{path}.speeches[{j}].deputy",
                    s.id,
                    SPEECH_ON_LEAVE,
                    f"deputy {speech.deputy!r} speaks, but is named in attendance.excused "
                    "as on leave from the session",
                )

    def election(self, where: str, rid: str, item: Election) -> None:
        # Only stated votes count: a source may give the elected without their tallies.
        losing = [c.votes for c in item.candidates if not c.elected and c.votes is not None]
        if not losing:
            return
        most = max(losing)
        for k, c in enumerate(item.candidates):
            if c.elected and c.votes is not None and c.votes < most:
                self.add(
                    f"{where}.candidates[{k}].elected",
                    rid,
                    ELECTED_FEWER_VOTES,
                    f"{c.name} is elected with {c.votes} votes, fewer than the {most} of a "
                    "candidate not elected",
                )

    def memberships_in_terms(self) -> None:
        terms = self.rs.index(Term)
        for i, d in enumerate(self.rs.deputies):
            for j, m in enumerate(d.memberships):
                if m.kind is not MembershipKind.TERM:
                    continue
                term = terms.get(m.of)
                if (
                    term is not None
                    and term.start is not None
                    and certainly_before(m.start, term.start)
                ):
                    self.add(
                        f"$.deputies[{i}].memberships[{j}].start",
                        d.id,
                        MEMBERSHIP_BEFORE_TERM,
                        f"membership of term {term.number} starts on {m.start}, before the "
                        f"term begins on {term.start}",
                    )

    def meetings_in_terms(self) -> None:
        terms = self.rs.index(Term)
        for i, m in enumerate(self.rs.presidium_meetings):
            term = terms.get(m.term) if m.term is not None else None
            if term is not None and term.excludes(m.on):
                self.add(
                    f"$.presidium_meetings[{i}].on",
                    m.id,
                    MEETING_OUTSIDE_TERM,
                    f"meeting on {m.on}, outside term {term.number} "
                    f"({term.start or '?'}..{term.end or '?'})",
                )

    def progress_after_votes(self) -> None:
        sessions = self.rs.index(Session)
        for i, p in enumerate(self.rs.projects):
            session = sessions.get(p.session) if p.session is not None else None
            if session is None:
                continue
            for j, step in enumerate(p.progress):
                if certainly_before(step.on, session.start):
                    self.add(
                        f"$.projects[{i}].progress[{j}].on",
                        p.id,
                        PROGRESS_BEFORE_VOTE,
                        f"progress dated {step.on}, before session {session.id!r} voted on "
                        f"the project on {session.start}",
                    )
