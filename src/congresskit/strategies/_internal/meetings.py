"""Strategies for sessions and presidium meetings, their rolls, votes and agenda items."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.enums import ReportKind
from congresskit.records.sessions import (
    AgendaItem,
    Attendance,
    BallotCandidate,
    Candidate,
    Election,
    Inquiry,
    PresidiumMeeting,
    ProjectBallot,
    ReportReview,
    Resolution,
    Session,
    Speech,
    Tally,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids
from congresskit.strategies._internal.people import counts

__all__ = [
    "agenda_items",
    "attendances",
    "ballot_candidates",
    "candidates",
    "elections",
    "inquiries",
    "presidium_meetings",
    "project_ballots",
    "report_reviews",
    "resolutions",
    "sessions",
    "speeches",
    "tallies",
]

_text = _s.texts()


def tallies(*, max_votes: int = 500) -> SearchStrategy[Tally]:
    """Vote tallies whose counts never exceed ``entitled``, nor ``max_votes`` in all.

    Raises:
        InvalidArgument: ``max_votes`` is negative.
    """
    return _tallies(_s.check_int(max_votes, "max_votes"))


@st.composite
def _tallies(draw: st.DrawFn, cap: int) -> Tally:
    entitled = draw(st.none() | st.integers(0, cap))
    yes, no, abstain, absent = _s.split(draw, cap if entitled is None else entitled, 4)
    return Tally(yes=yes, no=no, abstain=abstain, absent=absent, entitled=entitled)


def attendances(*, max_due: int = 200, deputy: Ids = None) -> SearchStrategy[Attendance]:
    """Rolls with up to ``max_due`` deputies due, present plus on leave within them.

    Some rolls name deputies on leave (``excused``), drawn from ``deputy``; an
    empty list of deputies means none are named.

    Raises:
        InvalidArgument: ``max_due`` is negative, or ``deputy`` is of the wrong kind.
    """
    return _attendances(_s.check_int(max_due, "max_due"), _s.ref(deputy, "deputy", "d"))


@st.composite
def _attendances(draw: st.DrawFn, cap: int, deputy: SearchStrategy[str] | None) -> Attendance:
    due = draw(st.integers(0, cap))
    present, on_leave = _s.split(draw, due, 2)
    excused: list[str] = []
    if deputy is not None and on_leave:
        excused = draw(st.lists(deputy, unique=True, max_size=min(on_leave, 5)))
    return Attendance(due=due, present=present, on_leave=on_leave, excused=tuple(excused))


def speeches(*, deputy: Ids = None) -> SearchStrategy[Speech]:
    """Speeches by ``deputy``.

    Raises:
        InvalidArgument: ``deputy`` is empty or of the wrong kind.
    """
    deputy_ = _s.required(_s.ref(deputy, "deputy", "d"), "deputy")
    return st.builds(Speech, deputy=deputy_, subject=_s.maybe(_text))


def report_reviews(*, unit: Ids = None) -> SearchStrategy[ReportReview]:
    """Reports heard and reviewed, sometimes naming the reporting ``unit``.

    Raises:
        InvalidArgument: ``unit`` is of the wrong kind.
    """
    return st.builds(
        ReportReview,
        report=st.sampled_from(ReportKind),
        title=_s.maybe(_text),
        presenter=_s.maybe(_text),
        unit=_s.maybe(_s.ref(unit, "unit", "u")),
    )


def resolutions(*, max_votes: int = 500) -> SearchStrategy[Resolution]:
    """Resolutions, some with a tally that counts at most ``max_votes``.

    Raises:
        InvalidArgument: ``max_votes`` is negative.
    """
    return st.builds(
        Resolution,
        title=_text,
        report=_s.maybe(st.sampled_from(ReportKind)),
        adopted=st.booleans(),
        tally=_s.maybe(tallies(max_votes=max_votes)),
    )


def candidates(*, deputy: Ids = None, max_votes: int = 500) -> SearchStrategy[Candidate]:
    """Election candidates with up to ``max_votes`` votes, some of them deputies.

    Raises:
        InvalidArgument: bad ``max_votes`` or ``deputy``.
    """
    cap = _s.check_int(max_votes, "max_votes")
    return _candidates(_s.ref(deputy, "deputy", "d"), cap)


def _candidates(deputy: SearchStrategy[str] | None, cap: int) -> SearchStrategy[Candidate]:
    return st.builds(
        Candidate,
        name=_text,
        votes=st.integers(0, cap),
        elected=st.booleans(),
        deputy=_s.maybe(deputy),
    )


def elections(
    *, deputy: Ids = None, max_ballots: int = 500, min_size: int = 1, max_size: int = 4
) -> SearchStrategy[Election]:
    """Elections of ``min_size``..``max_size`` candidates, never more elected than seats.

    Ballots issued, when recorded, are at most ``max_ballots``; no candidate
    has more votes than the ballots returned.

    Raises:
        InvalidArgument: bad sizes (an election has a candidate at least).
    """
    lo, hi = _s.check_size(min_size, max_size, floor=1)
    cap = _s.check_int(max_ballots, "max_ballots")
    return _elections(_s.ref(deputy, "deputy", "d"), cap, lo, hi)


@st.composite
def _elections(
    draw: st.DrawFn, deputy: SearchStrategy[str] | None, cap: int, lo: int, hi: int
) -> Election:
    issued = draw(st.none() | st.integers(0, cap))
    returned = None if issued is None else draw(st.none() | st.integers(0, issued))
    votes = cap if returned is None else returned
    drawn = draw(st.lists(_candidates(deputy, votes), min_size=lo, max_size=hi))
    seats = draw(st.integers(1, 3))
    chosen = draw(st.sets(st.integers(0, len(drawn) - 1), max_size=seats))
    people = tuple(attrs.evolve(c, elected=i in chosen) for i, c in enumerate(drawn))
    return Election(
        office=draw(_text),
        candidates=people,
        by_election=draw(st.booleans()),
        seats=seats,
        ballots_issued=issued,
        ballots_returned=returned,
    )


def ballot_candidates(
    *, project: Ids = None, max_votes: int = 500
) -> SearchStrategy[BallotCandidate]:
    """Candidate projects on a ballot, whose yes + no + abstain is at most ``max_votes``.

    Raises:
        InvalidArgument: bad ``max_votes``, or ``project`` is empty.
    """
    cap = _s.check_int(max_votes, "max_votes")
    return _ballot_candidates(_s.required(_s.ref(project, "project", "p"), "project"), cap)


@st.composite
def _ballot_candidates(draw: st.DrawFn, project: SearchStrategy[str], cap: int) -> BallotCandidate:
    yes, no, abstain = _s.split(draw, cap, 3)
    return BallotCandidate(
        project=draw(project), yes=yes, no=no, abstain=abstain, selected=draw(st.booleans())
    )


def project_ballots(
    *, project: Ids = None, max_ballots: int = 500, min_size: int = 1, max_size: int = 4
) -> SearchStrategy[ProjectBallot]:
    """Ballots on ``min_size``..``max_size`` distinct projects, at most ``max_ballots`` issued.

    Raises:
        InvalidArgument: bad sizes (a ballot has a project at least), or
            ``project`` is empty.
    """
    lo, hi = _s.check_size(min_size, max_size, floor=1)
    cap = _s.check_int(max_ballots, "max_ballots")
    project_ = _s.required(_s.ref(project, "project", "p"), "project")
    return _project_ballots(project_, cap, lo, hi)


@st.composite
def _project_ballots(
    draw: st.DrawFn, project: SearchStrategy[str], cap: int, lo: int, hi: int
) -> ProjectBallot:
    issued = draw(st.integers(0, cap))
    returned = draw(st.integers(0, issued))
    chosen = _s.unique(draw, project, lo, hi)
    options = tuple(draw(_ballot_candidates(st.just(p), returned)) for p in chosen)
    return ProjectBallot(
        candidates=options,
        ballots_issued=issued,
        ballots_returned=returned,
        title=draw(_s.maybe(_text)),
    )


def inquiries(
    *, deputies: Ids = None, addressed_to: Ids = None, min_size: int = 1, max_size: int = 3
) -> SearchStrategy[Inquiry]:
    """Inquiries put by ``min_size``..``max_size`` distinct deputies to a unit.

    Raises:
        InvalidArgument: bad sizes (an inquiry has a deputy at least), or an
            empty reference.
    """
    lo, hi = _s.check_size(min_size, max_size, floor=1)
    deputies_ = _s.required(_s.ref(deputies, "deputies", "d"), "deputies")
    unit_ = _s.required(_s.ref(addressed_to, "addressed_to", "u"), "addressed_to")
    return _inquiries(deputies_, unit_, lo, hi)


@st.composite
def _inquiries(
    draw: st.DrawFn, deputies: SearchStrategy[str], unit: SearchStrategy[str], lo: int, hi: int
) -> Inquiry:
    return Inquiry(
        deputies=_s.unique(draw, deputies, lo, hi),
        subject=draw(_text),
        addressed_to=draw(unit),
        answer=draw(_s.maybe(_text)),
    )


def agenda_items(
    *, max_votes: int = 200, deputy: Ids = None, unit: Ids = None, project: Ids = None
) -> SearchStrategy[AgendaItem]:
    """Any agenda item; tallies and ballots count at most ``max_votes``.

    Ballots appear only if there are projects, inquiries only if there are
    deputies and units.

    Raises:
        InvalidArgument: bad ``max_votes`` or references.
    """
    cap = _s.check_int(max_votes, "max_votes")
    deputy_ = _s.ref(deputy, "deputy", "d")
    unit_ = _s.ref(unit, "unit", "u")
    project_ = _s.ref(project, "project", "p")
    return _agenda_items(cap, deputy_, unit_, project_)


def _agenda_items(
    cap: int,
    deputy: SearchStrategy[str] | None,
    unit: SearchStrategy[str] | None,
    project: SearchStrategy[str] | None,
) -> SearchStrategy[AgendaItem]:
    items: list[SearchStrategy[Any]] = [
        report_reviews(unit=_s.as_arg(unit)),
        resolutions(max_votes=cap),
        _elections(deputy, cap, 1, 4),
    ]
    if project is not None:
        items.append(_project_ballots(project, cap, 1, 4))
    if deputy is not None and unit is not None:
        items.append(_inquiries(deputy, unit, 1, 3))
    return st.one_of(items)


def sessions(
    *,
    ids: Ids = None,
    term: Ids = None,
    deputy: Ids = None,
    unit: Ids = None,
    project: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    max_agenda: int = 4,
    max_speeches: int = 4,
) -> SearchStrategy[Session]:
    """Sessions of up to five days, whose votes never exceed the deputies due.

    Args:
        ids, term: the sessions' ids and their term.
        deputy, unit, project: what speeches and agenda items refer to.
        min_date, max_date: the session falls inside them.
        max_agenda, max_speeches: the most agenda items and speeches.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    refs = (
        _s.ref(deputy, "deputy", "d"),
        _s.ref(unit, "unit", "u"),
        _s.ref(project, "project", "p"),
    )
    return _s.stamped(
        _sessions(
            _s.required(_s.ref(ids, "ids", "m"), "ids"),
            _s.required(_s.ref(term, "term", "t"), "term"),
            refs,
            lo,
            hi,
            _s.check_int(max_agenda, "max_agenda"),
            _s.check_int(max_speeches, "max_speeches"),
        )
    )


_REPORTED = _s.maybe(counts(max_value=100))


@st.composite
def _sessions(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    term: SearchStrategy[str],
    refs: tuple[SearchStrategy[str] | None, ...],
    lo: dt.date,
    hi: dt.date,
    agenda_cap: int,
    speech_cap: int,
) -> Session:
    deputy, unit, project = refs
    start, end = _s.open_span(draw, lo, hi, 4)
    roll = draw(_s.maybe(attendances(deputy=[] if deputy is None else deputy)))
    items = _agenda_items(200 if roll is None else roll.due, deputy, unit, project)
    said: tuple[Speech, ...] = ()
    if deputy is not None:
        said = tuple(draw(st.lists(speeches(deputy=deputy), max_size=speech_cap)))
    return Session(
        id=draw(ids),
        term=draw(term),
        number=draw(st.integers(1, 12)),
        start=start,
        end=end,
        venue=draw(_s.maybe(_text)),
        agenda=tuple(draw(st.lists(items, max_size=agenda_cap))),
        attendance=roll,
        speeches=said,
        suggestions_reported=draw(_REPORTED),
    )


def presidium_meetings(
    *,
    ids: Ids = None,
    term: Ids = None,
    deputy: Ids = None,
    unit: Ids = None,
    project: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    max_agenda: int = 3,
) -> SearchStrategy[PresidiumMeeting]:
    """Presidium meetings with subjects and agenda items (as for :func:`sessions`).

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    items = agenda_items(deputy=deputy, unit=unit, project=project)
    return _s.stamped(
        st.builds(
            PresidiumMeeting,
            id=_s.required(_s.ref(ids, "ids", "pm"), "ids"),
            term=_s.required(_s.ref(term, "term", "t"), "term"),
            on=st.dates(lo, hi),
            number=_s.maybe(st.integers(1, 60)),
            subjects=st.lists(_text, max_size=3).map(tuple),
            agenda=st.lists(items, max_size=_s.check_int(max_agenda, "max_agenda")).map(tuple),
        )
    )
