"""Sessions (人代会) and presidium meetings: when they met, who attended and spoke.

A session's agenda is a tuple of the items in :mod:`congresskit.records.agenda`
(reports, resolutions, elections, ballots on livelihood projects and inquiries);
they are importable from here too. Attendance must agree with itself; whether
votes agree with the roll is checked across records by :func:`congresskit.check`.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records._totals import at_most
from congresskit.records.agenda import (
    AGENDA_TYPES,
    AgendaItem,
    BallotCandidate,
    Candidate,
    Election,
    Inquiry,
    ProjectBallot,
    ReportReview,
    Resolution,
    Tally,
)
from congresskit.records.counts import Count
from congresskit.records.kinds import CeremonyKind, DocumentKind, OfficialRole
from congresskit.records.policy import DEFAULT_POLICY

# The agenda items are re-exported: they were defined here before, and
# ``from congresskit.records.sessions import Election`` keeps working.
__all__ = [
    "AdoptedDocument",
    "AgendaItem",
    "Attendance",
    "BallotCandidate",
    "Candidate",
    "Ceremony",
    "Election",
    "Inquiry",
    "Official",
    "PresidiumMeeting",
    "ProjectBallot",
    "ReportReview",
    "Resolution",
    "Session",
    "Speech",
    "Tally",
]


@attrs.frozen(kw_only=True)
class Attendance:
    """Attendance at a session: deputies due to attend, present and on leave.

    Attributes:
        due: deputies due to attend (the deputies entitled to vote), or
            ``None`` when the source gives only the deputies present (not
            stated, which is not 0).
        present: deputies present.
        on_leave: deputies on leave (请假).
        excused: the ids of the deputies on leave, when the roll names them
            (at most ``on_leave`` of them). Duty assessment does not fail a
            named deputy on a per-session rule of a session they were excused
            from.
        non_deputies: people attending who are not deputies of the congress
            (列席人员: officials, guests), if stated; they do not vote.
        total: everyone present as the source counts them (deputies and
            non-deputies), if stated; never fewer than the deputies present
            plus the non-deputies stated.

    >>> a = Attendance(due=65, present=60, on_leave=3, excused=("d07",))
    >>> a.absent, a.quorate()
    (2, True)
    >>> b = Attendance(present=59, non_deputies=38, total=97)
    >>> b.absent is None, b.quorate() is None, b.attendees
    (True, True, 97)
    """

    due: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    present: int = attrs.field(validator=v.non_negative)
    on_leave: int = attrs.field(default=0, validator=v.non_negative)
    excused: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    non_deputies: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    total: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))

    def __attrs_post_init__(self) -> None:
        at_most("due", "present", "on_leave")(self)
        at_most("total", "present", "non_deputies")(self)
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
    def absent(self) -> int | None:
        """Deputies due who were neither present nor on leave (``None``: due not stated)."""
        return None if self.due is None else self.due - self.present - self.on_leave

    @property
    def attendees(self) -> int | None:
        """Everyone present: ``total`` if stated, else deputies plus non-deputies if both are."""
        if self.total is not None:
            return self.total
        return None if self.non_deputies is None else self.present + self.non_deputies

    def quorate(self, quorum: Fraction | None = None) -> bool | None:
        """Whether at least ``quorum`` of the deputies due were present.

        ``None`` when the deputies due are not stated: the quorum cannot be
        told, and congresskit does not guess. The default is
        :data:`~congresskit.DEFAULT_POLICY`'s quorum (two thirds, as the Local
        Organisation Law requires); pass another fraction, such as your own
        :class:`~congresskit.Policy`'s ``quorum``, where a rule differs.
        """
        if self.due is None:
            return None
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
class Official:
    """An officeholder or guest named at a session, by office, and what they did there.

    Attributes:
        name: the person's name, if given.
        office: their office as the source gives it (``"镇长"``,
            ``"县委组织部常务副部长"``), if given; a name or an office at least.
        roles: what they did at the session (presided, spoke, led the oath, ...).
        deputy: their deputy id, when they are a deputy of the congress.

    >>> Official(name="张嗣云", office="镇党委书记", roles=(OfficialRole.SPEECH,)).roles[0].value
    'speech'
    """

    name: str | None = attrs.field(default=None, validator=v.optional(v.text))
    office: str | None = attrs.field(default=None, validator=v.optional(v.text))
    roles: tuple[OfficialRole, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.member_of(OfficialRole), unique=True)
    )
    deputy: str | None = attrs.field(default=None, validator=v.optional(v.identifier))

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.office is None:
            raise FieldError(
                "Official", "office", None, "named", "give the official's name or office"
            )


@attrs.frozen(kw_only=True)
class Ceremony:
    """A ceremonial item of a session (奏唱国歌, 宪法宣誓, a film shown).

    Attributes:
        kind: what it was.
        title: its title, if it has one (the film's title, ``"警钟长鸣"``).
        by: who took part, as the source says (``"新当选人员"``), if stated.
    """

    kind: CeremonyKind = attrs.field(validator=v.member_of(CeremonyKind))
    title: str | None = attrs.field(default=None, validator=v.optional(v.text))
    by: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Session(Record):
    """A plenary session (次会议) of a term.

    Attributes:
        term: the id of the term.
        number: the session's number within the term (第八次会议 is 8), from 1 to 999.
        start: the first day; ``end``: the last day (``None`` for one day).
        venue: where it was held, if recorded.
        agenda: reports, resolutions, elections, ballots and inquiries.
        attendance: the roll, if recorded.
        speeches: deputies' speeches, one entry per speech.
        suggestions_reported: the number of suggestions deputies raised at the
            session, when the source gives a total rather than (or besides)
            itemised :class:`~congresskit.Suggestion` records. Itemised
            suggestions at the session are part of this total, never added to it.
        officials: officeholders and guests the source names at the session
            (the mayor who led the oath, the party secretary who spoke, a
            guest from the county), by office.
        ceremonies: ceremonial items (the anthem, the constitutional oath).
    """

    term: str = attrs.field(validator=v.identifier)
    number: int = attrs.field(validator=v.ordinal)
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
        validator=v.each(v.instance(AGENDA_TYPES, "an agenda item")),
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
    officials: tuple[Official, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Official, "an Official"))
    )
    ceremonies: tuple[Ceremony, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Ceremony, "a Ceremony"))
    )

    @property
    def last_day(self) -> dt.date:
        """The session's last day."""
        return self.end or self.start

    def speeches_by(self, deputy: str) -> int:
        """How many times ``deputy`` spoke at the session."""
        return sum(1 for s in self.speeches if s.deputy == deputy)


@attrs.frozen(kw_only=True)
class AdoptedDocument:
    """A document a presidium meeting adopted (审议通过), as the source names it.

    Attributes:
        title: e.g. ``"XX镇换届选举工作实施方案"``.
        kind: what sort of document it is, if stated (``None``: not stated;
            the summary then reads it off the record named).
        record: the id of its record, if congresskit keeps one: an
            :class:`~congresskit.ElectionPlan`, a
            :class:`~congresskit.RuleDocument` or a
            :class:`~congresskit.WorkPlan` (of the type ``kind`` says).
    """

    title: str = attrs.field(validator=v.text)
    kind: DocumentKind | None = attrs.field(
        default=None, validator=v.optional(v.member_of(DocumentKind))
    )
    record: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True)
class PresidiumMeeting(Record):
    """A meeting of the presidium (主席团会议), the standing organ between sessions.

    Attributes:
        term: the id of the term, or ``None`` when the source does not state it.
        on: the day it was held.
        number: its number within the term (1 to 999), if recorded.
        subjects: the matters discussed, as text.
        agenda: reports heard, resolutions and so on, as for a session.
        adopted: the documents it adopted (审议通过), such as an election's
            implementation plan; each names its record where congresskit
            keeps one (at most once).

    >>> m = PresidiumMeeting(id="pm3", on=dt.date(2021, 8, 20), number=3, adopted=(
    ...     AdoptedDocument(title="换届选举实施方案", kind=DocumentKind.ELECTION_PLAN,
    ...                     record="e2021"),))
    >>> [d.record for d in m.adopted]
    ['e2021']
    """

    term: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    number: int | None = attrs.field(default=None, validator=v.optional(v.ordinal))
    subjects: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
    )
    agenda: tuple[AgendaItem, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(AGENDA_TYPES, "an agenda item")),
    )
    adopted: tuple[AdoptedDocument, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(AdoptedDocument, "an AdoptedDocument")),
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for i, d in enumerate(self.adopted):
            if d.record is not None:
                if d.record in seen:
                    raise FieldError(
                        "PresidiumMeeting",
                        f"adopted[{i}].record",
                        d.record,
                        "unique",
                        "the same document is adopted twice at one meeting",
                    )
                seen.add(d.record)
