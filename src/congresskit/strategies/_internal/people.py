"""Strategies for the congress body, its terms, units, places, deputies and stations."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.activity_parts import LevelCount
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.counts import Count
from congresskit.records.enums import (
    Cadence,
    Gender,
    GroupKind,
    Level,
    MembershipKind,
    PlaceKind,
    StationKind,
    UnitKind,
)
from congresskit.records.people import Contact, Deputy, DeputyGroup, Membership, Station
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Choice, Ids

__all__ = [
    "congresses",
    "contacts",
    "counts",
    "deputies",
    "deputy_groups",
    "memberships",
    "places",
    "stations",
    "terms",
    "units",
]

_text = _s.texts()


def counts(
    *, min_value: int = 0, max_value: int = 1000, at_least: bool | None = None
) -> SearchStrategy[Count]:
    """Counts from ``min_value`` to ``max_value``; lower bounds when ``at_least`` (either if None).

    Raises:
        InvalidArgument: the bounds are negative or in the wrong order.
    """
    lo, hi = _s.check_size(min_value, max_value, ("min_value", "max_value"))
    if at_least is not None and not isinstance(at_least, bool):
        msg = f"at_least={at_least!r} must be True, False or None"
        raise InvalidArgument(msg)
    flags = st.booleans() if at_least is None else st.just(at_least)
    return st.builds(Count, st.integers(lo, hi), at_least=flags)


def level_counts(
    *, levels: Choice[Level] = None, max_count: int = 100
) -> SearchStrategy[LevelCount]:
    """Deputies of one level counted (exact or lower bounds), as sources count them.

    Raises:
        InvalidArgument: ``levels`` is of the wrong kind, or ``max_count`` is negative.
    """
    return st.builds(
        LevelCount,
        level=_s.choice(levels, Level, "levels"),
        count=counts(max_value=max_count),
    )


def congresses(
    *, ids: Ids = None, levels: Choice[Level] = None, parent: Ids = None
) -> SearchStrategy[Congress]:
    """Congress bodies of ``levels`` (a strategy or list of :class:`~congresskit.Level`).

    Raises:
        InvalidArgument: an argument is of the wrong kind, or ``ids`` is empty.
    """
    return _s.stamped(
        st.builds(
            Congress,
            id=_s.required(_s.ref(ids, "ids", "c"), "ids"),
            name=_text,
            level=_s.choice(levels, Level, "levels"),
            parent=_s.maybe(_s.ref(parent, "parent", "c")),
            deputies_by_level=st.lists(
                level_counts(max_count=60), max_size=2, unique_by=lambda c: c.level
            ),
        )
    )


def terms(
    *,
    ids: Ids = None,
    congress: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Term]:
    """Terms of up to five years inside ``min_date``..``max_date``.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    ids_ = _s.required(_s.ref(ids, "ids", "t"), "ids")
    congress_ = _s.required(_s.ref(congress, "congress", "c"), "congress")
    return _s.stamped(_terms(ids_, congress_, lo, hi))


@st.composite
def _terms(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    congress: SearchStrategy[str],
    lo: dt.date,
    hi: dt.date,
) -> Term:
    start, end = _s.span(draw, lo, hi, 5 * 366)
    number = draw(st.integers(1, 30))
    return Term(id=draw(ids), congress=draw(congress), number=number, start=start, end=end)


def units(
    *, ids: Ids = None, parent: Ids = None, kinds: Choice[UnitKind] = None
) -> SearchStrategy[Unit]:
    """Units (handling, inspected or evaluated organisations) of ``kinds``.

    Raises:
        InvalidArgument: bad references or kinds.
    """
    return _s.stamped(
        st.builds(
            Unit,
            id=_s.required(_s.ref(ids, "ids", "u"), "ids"),
            name=_text,
            kind=_s.choice(kinds, UnitKind, "kinds"),
            parent=_s.maybe(_s.ref(parent, "parent", "u")),
        )
    )


def places(*, ids: Ids = None, kinds: Choice[PlaceKind] = None) -> SearchStrategy[Place]:
    """Places (villages, communities, sites) of ``kinds``.

    Raises:
        InvalidArgument: bad ids or kinds.
    """
    return _s.stamped(
        st.builds(
            Place,
            id=_s.required(_s.ref(ids, "ids", "v"), "ids"),
            name=_text,
            kind=_s.choice(kinds, PlaceKind, "kinds"),
        )
    )


def contacts() -> SearchStrategy[Contact]:
    """Private contact details, each part present or not."""
    return st.builds(
        Contact, phone=_s.maybe(_text), address=_s.maybe(_text), id_number=_s.maybe(_text)
    )


def memberships(
    *,
    kinds: Choice[MembershipKind] = None,
    of: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Membership]:
    """Dated memberships of ``kinds`` (:class:`~congresskit.MembershipKind`) in ``of``.

    The end, when there is one, is within ``max_date``.

    Raises:
        InvalidArgument: bad bounds, kinds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    kinds_ = _s.choice(kinds, MembershipKind, "kinds")
    of_ = _s.required(_s.ref(of, "of", "g"), "of")
    return _memberships(kinds_, of_, lo, hi)


@st.composite
def _memberships(
    draw: st.DrawFn,
    kinds: SearchStrategy[MembershipKind],
    of: SearchStrategy[str],
    lo: dt.date,
    hi: dt.date,
) -> Membership:
    start, end = _s.open_span(draw, lo, hi, 5 * 366)
    return Membership(
        kind=draw(kinds), of=draw(of), start=start, end=end, role=draw(_s.maybe(_text))
    )


_MEMBERSHIPS = memberships()


def deputies(
    *,
    ids: Ids = None,
    levels: Choice[Level] = None,
    memberships: SearchStrategy[Membership] | None = None,
    min_memberships: int = 0,
    max_memberships: int = 3,
) -> SearchStrategy[Deputy]:
    """Deputies elected at one to three of ``levels``, with non-overlapping memberships.

    Args:
        ids: the deputies' ids.
        levels: a strategy or list of :class:`~congresskit.Level`.
        memberships: a strategy of memberships; no two drawn for one deputy
            share a kind and a target, so they never overlap.
        min_memberships, max_memberships: how many memberships each deputy has.

    Raises:
        InvalidArgument: bad sizes, or arguments of the wrong kind.
    """
    ids_ = _s.required(_s.ref(ids, "ids", "d"), "ids")
    levels_ = _s.choice(levels, Level, "levels")
    elements = (
        _MEMBERSHIPS if memberships is None else _s.check_strategy(memberships, "memberships")
    )
    lo, hi = _s.check_size(min_memberships, max_memberships, ("min_memberships", "max_memberships"))
    held = (
        st.just([]) if hi == 0 else st.lists(elements, min_size=lo, max_size=hi, unique_by=_target)
    )
    return _s.stamped(_deputies(ids_, levels_, held))


def _target(m: Membership) -> tuple[MembershipKind, str]:
    return m.kind, m.of


_CONTACTS = _s.maybe(contacts())
_GENDERS = _s.maybe(st.sampled_from(Gender))


@st.composite
def _deputies(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    levels: SearchStrategy[Level],
    held: SearchStrategy[list[Membership]],
) -> Deputy:
    return Deputy(
        id=draw(ids),
        name=draw(_text),
        levels=tuple(draw(st.lists(levels, min_size=1, max_size=3, unique=True))),
        gender=draw(_GENDERS),
        constituency=draw(_s.maybe(_text)),
        memberships=tuple(draw(held)),
        contact=draw(_CONTACTS),
    )


def deputy_groups(
    *, ids: Ids = None, term: Ids = None, station: Ids = None
) -> SearchStrategy[DeputyGroup]:
    """Deputy groups, sometimes tied to a term and a station.

    Raises:
        InvalidArgument: bad references.
    """
    return _s.stamped(
        st.builds(
            DeputyGroup,
            id=_s.required(_s.ref(ids, "ids", "g"), "ids"),
            name=_text,
            kind=st.sampled_from(GroupKind),
            number=_s.maybe(st.integers(1, 20)),
            term=_s.maybe(_s.ref(term, "term", "t")),
            station=_s.maybe(_s.ref(station, "station", "st")),
            cadence=_s.maybe(st.sampled_from(Cadence)),
        )
    )


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_RULES = st.one_of(
    st.integers(1, 28).map("FREQ=MONTHLY;BYMONTHDAY={}".format),
    st.sampled_from(_WEEKDAYS).map("FREQ=WEEKLY;BYDAY={}".format),
    st.sampled_from(_WEEKDAYS).map("FREQ=MONTHLY;BYDAY=1{}".format),
)


def stations(
    *,
    ids: Ids = None,
    place: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Station]:
    """Stations, some with an opening day and an RFC 5545 reception-day rule.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return _s.stamped(
        st.builds(
            Station,
            id=_s.required(_s.ref(ids, "ids", "st"), "ids"),
            name=_text,
            kind=st.sampled_from(StationKind),
            place=_s.maybe(_s.ref(place, "place", "v")),
            opened=_s.maybe(st.dates(lo, hi)),
            reception_rule=_s.maybe(_RULES),
            count=_s.maybe(st.integers(2, 20)),
        )
    )
