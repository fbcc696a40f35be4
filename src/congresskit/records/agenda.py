"""Agenda items of a session or a presidium meeting, and vote results.

An agenda is a tuple of items of several kinds: reports heard and reviewed
(:class:`ReportReview`), resolutions adopted (:class:`Resolution`), elections
(:class:`Election`), ballots on livelihood projects (:class:`ProjectBallot`) and
inquiries (:class:`Inquiry`). Vote results are counts (:class:`Tally`), never
bare strings, and they must agree with themselves; whether they agree with the
roll is checked across records by :func:`congresskit.check`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeAlias

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._totals import at_most
from congresskit.records.ballots import BallotRule
from congresskit.records.enums import ReportKind
from congresskit.records.provenance import (
    Printed,
    Source,
    note_field,
    printed_field,
    sources_field,
)

__all__ = [
    "AgendaItem",
    "BallotCandidate",
    "Candidate",
    "Election",
    "Inquiry",
    "ProjectBallot",
    "ReportReview",
    "Resolution",
    "Tally",
]


def _percent(instance: Any, attribute: Any, value: Any) -> None:
    """A share in percent: a number from 0 to 100 (93.3 for "93.3%")."""
    v.non_negative_number(instance, attribute, value)
    if value > 100:
        raise FieldError(
            type(instance).__name__, attribute.name, value, "percent", "must be at most 100"
        )


def _plenary() -> Any:
    """The number of the plenary meeting (全体会议) of a session at which a vote was held."""
    return attrs.field(default=None, validator=v.optional(v.ordinal))


def _flag() -> Any:
    """A yes-or-no fact a source may leave out (``None``: not stated)."""
    return attrs.field(default=None, validator=v.optional(v.instance(bool, "a bool")))


@attrs.frozen(kw_only=True)
class Tally:
    """A vote result as counts.

    Attributes:
        yes, no, abstain: votes cast each way.
        absent: deputies entitled to vote who did not.
        entitled: deputies entitled to vote, if known; the other four never
            add up to more.

    >>> Tally(yes=60, no=1, abstain=2, entitled=65).total
    63
    """

    yes: int = attrs.field(validator=v.non_negative)
    no: int = attrs.field(default=0, validator=v.non_negative)
    abstain: int = attrs.field(default=0, validator=v.non_negative)
    absent: int = attrs.field(default=0, validator=v.non_negative)
    entitled: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))

    def __attrs_post_init__(self) -> None:
        at_most("entitled", "yes", "no", "abstain", "absent")(self)

    @property
    def total(self) -> int:
        """Votes cast (yes + no + abstain)."""
        return self.yes + self.no + self.abstain

    @property
    def counted(self) -> int:
        """Everything the tally accounts for (votes cast plus absent)."""
        return self.total + self.absent


@attrs.frozen(kw_only=True)
class ReportReview:
    """A report heard and reviewed (听取和审议) at a session or presidium meeting.

    Attributes:
        report: which report.
        title: its title, if it differs from the usual one.
        presenter: who presented it (a name or office), if recorded.
        unit: the id of the unit that reported, if recorded.
    """

    report: ReportKind = attrs.field(validator=v.member_of(ReportKind))
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))
    presenter: str | None = attrs.field(default=None, validator=v.optional(v.text))
    unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    sources: tuple[Source, ...] = sources_field()
    note: str | None = note_field()
    printed: tuple[Printed, ...] = printed_field()


@attrs.frozen(kw_only=True)
class Resolution:
    """A resolution (决议) put to the vote.

    Attributes:
        title: e.g. ``"关于政府工作报告的决议"``.
        report: the report it is on, if any.
        adopted: whether it passed.
        tally: the vote, if recorded.
    """

    title: str = attrs.field(validator=v.text)
    report: ReportKind | None = attrs.field(
        default=None, validator=v.optional(v.member_of(ReportKind))
    )
    adopted: bool = attrs.field(default=True, validator=v.instance(bool, "a bool"))
    tally: Tally | None = attrs.field(
        default=None, validator=v.optional(v.instance(Tally, "a Tally"))
    )
    sources: tuple[Source, ...] = sources_field()
    note: str | None = note_field()
    printed: tuple[Printed, ...] = printed_field()


@attrs.frozen(kw_only=True)
class Candidate:
    """A candidate in an election and the votes they received.

    Attributes:
        name: the candidate's name.
        votes: the votes received, or ``None`` when the source does not state them.
        elected: whether the candidate was elected.
        deputy: the candidate's deputy id, if a deputy.
    """

    name: str = attrs.field(validator=v.text)
    votes: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    elected: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    deputy: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True)
class Election:
    """An election or by-election (选举/补选) held at a session.

    Attributes:
        office: the office filled, e.g. ``"镇长"``.
        by_election: whether it fills a vacancy (补选).
        seats: how many are to be elected.
        candidates: the candidates and their votes; empty when the source
            names none (not stated).
        ballots_issued, ballots_returned: if recorded; returned never exceeds
            issued, and no candidate has more votes than ballots returned.
        elected_reported: how many were elected, when the source gives the
            number rather than (or besides) the candidates.
        plenary: the number of the plenary meeting (第二次全体会议 is 2) of the
            session at which the vote was held, if stated.
        secret: whether the vote was by secret ballot (无记名投票), if stated.
        declared_valid: whether the vote was declared valid (宣布有效), if stated.
    """

    office: str = attrs.field(validator=v.text)
    candidates: tuple[Candidate, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(Candidate, "a Candidate")),
    )
    by_election: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    seats: int = attrs.field(default=1, validator=v.positive)
    ballots_issued: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    ballots_returned: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    elected_reported: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    plenary: int | None = _plenary()
    secret: bool | None = _flag()
    declared_valid: bool | None = _flag()
    sources: tuple[Source, ...] = sources_field()
    note: str | None = note_field()
    printed: tuple[Printed, ...] = printed_field()

    def __attrs_post_init__(self) -> None:
        at_most("ballots_issued", "ballots_returned")(self)
        for i, candidate in enumerate(self.candidates):
            votes = candidate.votes
            if (
                self.ballots_returned is not None
                and votes is not None
                and (votes > self.ballots_returned)
            ):
                raise FieldError(
                    "Election",
                    f"candidates[{i}].votes, ballots_returned",
                    candidate.votes,
                    "tally",
                    f"{candidate.name} has more votes than the {self.ballots_returned} "
                    "ballots returned",
                )
        elected = max(sum(c.elected for c in self.candidates), self.elected_reported or 0)
        if elected > self.seats:
            raise FieldError(
                "Election",
                "candidates, seats",
                elected,
                "seats",
                f"{elected} candidates elected for {self.seats} seat(s)",
            )

    @property
    def elected(self) -> tuple[Candidate, ...]:
        """The candidates elected."""
        return tuple(c for c in self.candidates if c.elected)

    @property
    def elected_count(self) -> int | None:
        """How many were elected: the reported number or the candidates marked
        elected, whichever is larger; ``None`` when neither is stated."""
        marked = sum(c.elected for c in self.candidates)
        if self.elected_reported is None:
            return marked if self.candidates else None
        return max(marked, self.elected_reported)


@attrs.frozen(kw_only=True)
class BallotCandidate:
    """A candidate livelihood project on a ballot, with its own tally.

    Attributes:
        project: the id of the :class:`~congresskit.LivelihoodProject`.
        yes, no, abstain: votes for, against and abstaining on this project;
            ``None`` when the source does not state the project's tally.
        selected: whether the ballot selected it.
    """

    project: str = attrs.field(validator=v.identifier)
    yes: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    no: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    abstain: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    selected: bool = attrs.field(default=True, validator=v.instance(bool, "a bool"))


@attrs.frozen(kw_only=True)
class ProjectBallot:
    """A ballot (票决) on livelihood projects: one tally per candidate project.

    Attributes:
        candidates: the candidate projects with their tallies, as far as the
            source lists them (empty: not stated).
        ballots_issued, ballots_returned: if stated; returned never exceeds
            issued, and no project's yes + no + abstain exceeds the ballots
            returned.
        title: the ballot's title, if recorded.
        candidates_reported: how many projects were on the ballot, when the
            source gives the number; listed candidates are part of it.
        selected_reported: how many projects the ballot selected, when the
            source gives the number; listed selected projects are part of it.
        rule: the ballot's rule (places, majority, rank order), if stated;
            the check derives the selection from it and the tallies.
        explanation: how the candidate list was drawn up and explained
            before the ballot, if recorded.
        plenary: the number of the plenary meeting of the session at which
            the vote was held, if stated.
        secret: whether the vote was by secret ballot (无记名投票), if stated.
        declared_valid: whether the vote was declared valid (票决有效), if stated.
        proposals_reported: how many proposals for livelihood projects (民生实事
            提案) were gathered before the candidates were drawn up, if stated.
        proposals_from: when the call for proposals began, if stated.
        selected_share: the share of the votes (percent, 93.3 for "93.3%")
            the selected project received, when the source gives the share
            but not the tally or not which candidate it was.
        investment_estimated: the total investment, in yuan, the source states
            for the projects put to the vote (总投资, often 据测算), if stated;
            an approximate figure keeps its words in ``printed``.
    """

    candidates: tuple[BallotCandidate, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(BallotCandidate, "a BallotCandidate")),
    )
    ballots_issued: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    ballots_returned: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))
    candidates_reported: int | None = attrs.field(
        default=None, validator=v.optional(v.non_negative)
    )
    selected_reported: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    rule: BallotRule | None = attrs.field(
        default=None, validator=v.optional(v.instance(BallotRule, "a BallotRule"))
    )
    explanation: str | None = attrs.field(default=None, validator=v.optional(v.text))
    plenary: int | None = _plenary()
    secret: bool | None = _flag()
    declared_valid: bool | None = _flag()
    proposals_reported: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    proposals_from: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    selected_share: float | None = attrs.field(default=None, validator=v.optional(_percent))
    investment_estimated: int | None = attrs.field(
        default=None, validator=v.optional(v.non_negative)
    )
    sources: tuple[Source, ...] = sources_field()
    note: str | None = note_field()
    printed: tuple[Printed, ...] = printed_field()

    def __attrs_post_init__(self) -> None:
        at_most("ballots_issued", "ballots_returned")(self)
        seen: set[str] = set()
        for i, c in enumerate(self.candidates):
            if c.project in seen:
                raise FieldError(
                    "ProjectBallot",
                    f"candidates[{i}].project",
                    c.project,
                    "unique",
                    "the same project is on the ballot twice",
                )
            seen.add(c.project)
            cast = (c.yes or 0) + (c.no or 0) + (c.abstain or 0)
            if self.ballots_returned is not None and cast > self.ballots_returned:
                raise FieldError(
                    "ProjectBallot",
                    f"candidates[{i}], ballots_returned",
                    cast,
                    "tally",
                    f"project {c.project!r} has more votes than the "
                    f"{self.ballots_returned} ballots returned",
                )

    @property
    def selected(self) -> tuple[str, ...]:
        """The ids of the projects the ballot selected."""
        return tuple(c.project for c in self.candidates if c.selected)

    @property
    def candidate_count(self) -> int | None:
        """Projects on the ballot (reported or listed, the larger); ``None`` if not stated."""
        if self.candidates_reported is None:
            return len(self.candidates) if self.candidates else None
        return max(self.candidates_reported, len(self.candidates))

    @property
    def selected_count(self) -> int | None:
        """Projects selected (reported or listed, the larger); ``None`` if not stated."""
        if self.selected_reported is None:
            return len(self.selected) if self.candidates else None
        return max(self.selected_reported, len(self.selected))


@attrs.frozen(kw_only=True)
class Inquiry:
    """An inquiry (询问/质询) put by deputies to a government leader or unit.

    Attributes:
        deputies: the ids of the deputies who put it (one at least).
        subject: what was asked.
        addressed_to: the id of the unit asked.
        answer: the answer given, if recorded.
    """

    deputies: tuple[str, ...] = attrs.field(
        converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    subject: str = attrs.field(validator=v.text)
    addressed_to: str = attrs.field(validator=v.identifier)
    answer: str | None = attrs.field(default=None, validator=v.optional(v.text))
    sources: tuple[Source, ...] = sources_field()
    note: str | None = note_field()
    printed: tuple[Printed, ...] = printed_field()

    def __attrs_post_init__(self) -> None:
        if not self.deputies:
            raise FieldError(
                "Inquiry", "deputies", (), "non_empty", "an inquiry is put by deputies"
            )


#: One item on a session's (or presidium meeting's) agenda.
AgendaItem: TypeAlias = ReportReview | Resolution | Election | ProjectBallot | Inquiry
#: The agenda item classes, for an ``isinstance`` test.
AGENDA_TYPES = (ReportReview, Resolution, Election, ProjectBallot, Inquiry)
