"""Sessions (人代会) and presidium meetings, with their agenda items.

A session's agenda is a tuple of items of several kinds: reports heard and
reviewed, resolutions adopted, elections, ballots on livelihood projects and
inquiries. Vote results are counts, never bare strings, and they must agree with
themselves; whether they agree with the roll is checked across records by
:func:`congresskit.check`.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any, TypeAlias

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.counts import Count
from congresskit.records.enums import ReportKind
from congresskit.records.policy import DEFAULT_POLICY

__all__ = [
    "AgendaItem",
    "Attendance",
    "BallotCandidate",
    "Candidate",
    "Election",
    "Inquiry",
    "PresidiumMeeting",
    "ProjectBallot",
    "ReportReview",
    "Resolution",
    "Session",
    "Speech",
    "Tally",
]


def _at_most(limit_field: str, *fields: str) -> Any:
    """A class-level rule: the sum of ``fields`` does not exceed ``limit_field`` (if set)."""

    def check(instance: Any) -> None:
        limit = getattr(instance, limit_field)
        if limit is None:
            return
        total = sum(getattr(instance, f) or 0 for f in fields)
        if total > limit:
            names = " + ".join(fields)
            raise FieldError(
                type(instance).__name__,
                ", ".join((*fields, limit_field)),
                total,
                "tally",
                f"{names} = {total} exceeds {limit_field} = {limit}",
            )

    return check


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
        _at_most("entitled", "yes", "no", "abstain", "absent")(self)

    @property
    def total(self) -> int:
        """Votes cast (yes + no + abstain)."""
        return self.yes + self.no + self.abstain

    @property
    def counted(self) -> int:
        """Everything the tally accounts for (votes cast plus absent)."""
        return self.total + self.absent


@attrs.frozen(kw_only=True)
class Attendance:
    """Attendance at a session: deputies due to attend, present and on leave.

    Attributes:
        due: deputies due to attend (the deputies entitled to vote).
        present: deputies present.
        on_leave: deputies on leave (请假).
        excused: the ids of the deputies on leave, when the roll names them
            (at most ``on_leave`` of them). Duty assessment does not fail a
            named deputy on a per-session rule of a session they were excused
            from.

    >>> a = Attendance(due=65, present=60, on_leave=3, excused=("d07",))
    >>> a.absent, a.quorate()
    (2, True)
    """

    due: int = attrs.field(validator=v.non_negative)
    present: int = attrs.field(validator=v.non_negative)
    on_leave: int = attrs.field(default=0, validator=v.non_negative)
    excused: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )

    def __attrs_post_init__(self) -> None:
        _at_most("due", "present", "on_leave")(self)
        if len(self.excused) > self.on_leave:
            raise FieldError(
                "Attendance",
                "excused, on_leave",
                len(self.excused),
                "tally",
                f"{len(self.excused)} deputies are named as on leave, more than "
                f"on_leave = {self.on_leave}",
            )

    @property
    def absent(self) -> int:
        """Deputies due who were neither present nor on leave."""
        return self.due - self.present - self.on_leave

    def quorate(self, quorum: Fraction | None = None) -> bool:
        """Whether at least ``quorum`` of the deputies due were present.

        The default is :data:`~congresskit.DEFAULT_POLICY`'s quorum (two thirds,
        as the Local Organisation Law requires); pass another fraction, such as
        your own :class:`~congresskit.Policy`'s ``quorum``, where a rule differs.
        """
        share = DEFAULT_POLICY.quorum if quorum is None else quorum
        return self.due > 0 and Fraction(self.present, self.due) >= share


@attrs.frozen(kw_only=True)
class Speech:
    """A deputy's speech at a session (发言).

    Attributes:
        deputy: the speaker's deputy id.
        subject: what the speech was about, if recorded.
    """

    deputy: str = attrs.field(validator=v.identifier)
    subject: str | None = attrs.field(default=None, validator=v.optional(v.text))


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


@attrs.frozen(kw_only=True)
class Candidate:
    """A candidate in an election and the votes they received."""

    name: str = attrs.field(validator=v.text)
    votes: int = attrs.field(validator=v.non_negative)
    elected: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    deputy: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True)
class Election:
    """An election or by-election (选举/补选) held at a session.

    Attributes:
        office: the office filled, e.g. ``"镇长"``.
        by_election: whether it fills a vacancy (补选).
        seats: how many are to be elected.
        candidates: the candidates and their votes.
        ballots_issued, ballots_returned: if recorded; returned never exceeds
            issued, and no candidate has more votes than ballots returned.
    """

    office: str = attrs.field(validator=v.text)
    candidates: tuple[Candidate, ...] = attrs.field(
        converter=cv.to_tuple, validator=v.each(v.instance(Candidate, "a Candidate"))
    )
    by_election: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    seats: int = attrs.field(default=1, validator=v.positive)
    ballots_issued: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    ballots_returned: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))

    def __attrs_post_init__(self) -> None:
        if not self.candidates:
            raise FieldError(
                "Election", "candidates", (), "non_empty", "an election has candidates"
            )
        _at_most("ballots_issued", "ballots_returned")(self)
        for i, candidate in enumerate(self.candidates):
            if self.ballots_returned is not None and candidate.votes > self.ballots_returned:
                raise FieldError(
                    "Election",
                    f"candidates[{i}].votes, ballots_returned",
                    candidate.votes,
                    "tally",
                    f"{candidate.name} has more votes than the {self.ballots_returned} "
                    "ballots returned",
                )
        elected = sum(c.elected for c in self.candidates)
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


@attrs.frozen(kw_only=True)
class BallotCandidate:
    """A candidate livelihood project on a ballot, with its own tally.

    Attributes:
        project: the id of the :class:`~congresskit.LivelihoodProject`.
        yes, no, abstain: votes for, against and abstaining on this project.
        selected: whether the ballot selected it.
    """

    project: str = attrs.field(validator=v.identifier)
    yes: int = attrs.field(validator=v.non_negative)
    no: int = attrs.field(default=0, validator=v.non_negative)
    abstain: int = attrs.field(default=0, validator=v.non_negative)
    selected: bool = attrs.field(default=True, validator=v.instance(bool, "a bool"))


@attrs.frozen(kw_only=True)
class ProjectBallot:
    """A ballot (票决) on livelihood projects: one tally per candidate project.

    Attributes:
        candidates: the candidate projects with their tallies.
        ballots_issued, ballots_returned: returned never exceeds issued, and
            no project's yes + no + abstain exceeds the ballots returned.
        title: the ballot's title, if recorded.
    """

    candidates: tuple[BallotCandidate, ...] = attrs.field(
        converter=cv.to_tuple, validator=v.each(v.instance(BallotCandidate, "a BallotCandidate"))
    )
    ballots_issued: int = attrs.field(validator=v.non_negative)
    ballots_returned: int = attrs.field(validator=v.non_negative)
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        if not self.candidates:
            raise FieldError(
                "ProjectBallot", "candidates", (), "non_empty", "a ballot has candidate projects"
            )
        _at_most("ballots_issued", "ballots_returned")(self)
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
            if c.yes + c.no + c.abstain > self.ballots_returned:
                raise FieldError(
                    "ProjectBallot",
                    f"candidates[{i}], ballots_returned",
                    c.yes + c.no + c.abstain,
                    "tally",
                    f"project {c.project!r} has more votes than the "
                    f"{self.ballots_returned} ballots returned",
                )

    @property
    def selected(self) -> tuple[str, ...]:
        """The ids of the projects the ballot selected."""
        return tuple(c.project for c in self.candidates if c.selected)


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

    def __attrs_post_init__(self) -> None:
        if not self.deputies:
            raise FieldError(
                "Inquiry", "deputies", (), "non_empty", "an inquiry is put by deputies"
            )


#: One item on a session's (or presidium meeting's) agenda.
AgendaItem: TypeAlias = ReportReview | Resolution | Election | ProjectBallot | Inquiry
_AGENDA_TYPES = (ReportReview, Resolution, Election, ProjectBallot, Inquiry)


@attrs.frozen(kw_only=True)
class Session(Record):
    """A plenary session (次会议) of a term.

    Attributes:
        term: the id of the term.
        number: the session's number within the term (第八次会议 is 8).
        start: the first day; ``end``: the last day (``None`` for one day).
        venue: where it was held, if recorded.
        agenda: reports, resolutions, elections, ballots and inquiries.
        attendance: the roll, if recorded.
        speeches: deputies' speeches, one entry per speech.
        suggestions_reported: the number of suggestions deputies raised at the
            session, when the source gives a total rather than (or besides)
            itemised :class:`~congresskit.Suggestion` records. Itemised
            suggestions at the session are part of this total, never added to it.
    """

    term: str = attrs.field(validator=v.identifier)
    number: int = attrs.field(validator=v.positive)
    start: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    end: dt.date | None = attrs.field(
        default=None,
        converter=cv.to_optional_date,
        validator=v.optional(v.day, v.not_earlier_than("start")),
    )
    venue: str | None = attrs.field(default=None, validator=v.optional(v.text))
    agenda: tuple[AgendaItem, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(_AGENDA_TYPES, "an agenda item")),
    )
    attendance: Attendance | None = attrs.field(
        default=None, validator=v.optional(v.instance(Attendance, "an Attendance"))
    )
    speeches: tuple[Speech, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Speech, "a Speech"))
    )
    suggestions_reported: Count | None = attrs.field(
        default=None, validator=v.optional(v.instance(Count, "a Count"))
    )

    @property
    def last_day(self) -> dt.date:
        """The session's last day."""
        return self.end or self.start

    def speeches_by(self, deputy: str) -> int:
        """How many times ``deputy`` spoke at the session."""
        return sum(1 for s in self.speeches if s.deputy == deputy)


@attrs.frozen(kw_only=True)
class PresidiumMeeting(Record):
    """A meeting of the presidium (主席团会议), the standing organ between sessions.

    Attributes:
        term: the id of the term.
        on: the day it was held.
        number: its number within the term, if recorded.
        subjects: the matters discussed, as text.
        agenda: reports heard, resolutions and so on, as for a session.
    """

    term: str = attrs.field(validator=v.identifier)
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    number: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    subjects: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
    )
    agenda: tuple[AgendaItem, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(_AGENDA_TYPES, "an agenda item")),
    )
