"""Strategies for sessions and presidium meetings, with their rolls and speeches."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.agenda import Resolution
from congresskit.records.kinds import CeremonyKind, DocumentKind, OfficialRole
from congresskit.records.policy import DEFAULT_POLICY
from congresskit.records.sessions import (
    AdoptedDocument,
    Attendance,
    Ceremony,
    Official,
    PresidiumMeeting,
    Session,
    Speech,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.agenda import _agenda_items, agenda_items
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids
from congresskit.strategies._internal.people import counts

__all__ = [
    "adopted_documents",
    "attendances",
    "ceremonies",
    "officials",
    "presidium_meetings",
    "sessions",
    "speeches",
]

_text = _s.texts()


def attendances(*, max_due: int = 200, deputy: Ids = None) -> SearchStrategy[Attendance]:
    """Rolls with up to ``max_due`` deputies due, present plus on leave within them.

    Some rolls name deputies on leave (``excused``), drawn from ``deputy``; an
    empty list of deputies means none are named. Some do not state the
    deputies due (only those present, as many news items do), and some state
    the non-deputies attending (列席) and everyone present.

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
    others = draw(_s.maybe(st.integers(0, cap)))
    total = draw(_s.maybe(st.integers(present + (others or 0), present + (others or 0) + 5)))
    return Attendance(
        due=draw(st.sampled_from((due, None))),
        present=present,
        on_leave=on_leave,
        excused=tuple(excused),
        non_deputies=others,
        total=total,
    )


def officials(*, deputy: Ids = None) -> SearchStrategy[Official]:
    """Officeholders and guests named at a session: by name, office or both, with roles.

    Some are deputies (drawn from ``deputy``; an empty list means none are).

    Raises:
        InvalidArgument: ``deputy`` is of the wrong kind.
    """
    deputy_ = _s.ref(deputy, "deputy", "d")
    return st.builds(
        Official,
        name=_s.maybe(_text),
        office=_text,
        roles=st.lists(st.sampled_from(OfficialRole), unique=True, max_size=2).map(tuple),
        deputy=st.none() if deputy_ is None else _s.maybe(deputy_),
    ) | st.builds(Official, name=_text)


def ceremonies() -> SearchStrategy[Ceremony]:
    """Ceremonial items of a session, some with a title or who took part."""
    return st.builds(
        Ceremony,
        kind=st.sampled_from(CeremonyKind),
        title=_s.maybe(_text),
        by=_s.maybe(_text),
    )


def speeches(*, deputy: Ids = None) -> SearchStrategy[Speech]:
    """Speeches by ``deputy``.

    Raises:
        InvalidArgument: ``deputy`` is empty or of the wrong kind.
    """
    deputy_ = _s.required(_s.ref(deputy, "deputy", "d"), "deputy")
    return st.builds(Speech, deputy=deputy_, subject=_s.maybe(_text))


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
    people: SearchStrategy[str] | list[str] = [] if deputy is None else deputy
    roll = draw(_s.maybe(attendances(deputy=people)))
    due = None if roll is None else roll.due
    items = _agenda_items(200 if due is None else due, deputy, unit, project)
    said: tuple[Speech, ...] = ()
    if deputy is not None:
        said = tuple(draw(st.lists(speeches(deputy=deputy), max_size=speech_cap)))
    session = Session(
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
        officials=tuple(draw(st.lists(officials(deputy=people), max_size=2))),
        ceremonies=tuple(draw(st.lists(ceremonies(), max_size=2))),
    )
    return consistent_session(session, DEFAULT_POLICY.quorum)


def consistent_session(session: Session, quorum: Fraction) -> Session:
    """``session`` made to pass the check's consistency rules under ``quorum``.

    Below the quorum no resolution is adopted; a deputy on leave does not speak.
    """
    roll = session.attendance
    if roll is None:
        return session
    agenda = session.agenda
    if roll.due and not roll.quorate(quorum):
        agenda = tuple(
            attrs.evolve(i, adopted=False) if isinstance(i, Resolution) else i for i in agenda
        )
    said = tuple(s for s in session.speeches if s.deputy not in roll.excused)
    return attrs.evolve(session, agenda=agenda, speeches=said)


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
    """Presidium meetings with subjects, agenda items (as for :func:`sessions`) and
    adopted documents (:func:`adopted_documents`).

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
            adopted=st.lists(adopted_documents(), max_size=2).map(tuple),
        )
    )


def adopted_documents() -> SearchStrategy[AdoptedDocument]:
    """Documents a meeting adopted, by title and kind, naming no record (a record
    set's meetings name their election plans: see :func:`record_sets`)."""
    return st.builds(
        AdoptedDocument,
        title=_text,
        kind=_s.maybe(st.sampled_from(DocumentKind)),
        record=st.none(),
    )
