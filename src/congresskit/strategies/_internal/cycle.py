"""Strategies for election plans (换届) and their electoral districts."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.body import Term
from congresskit.records.cycle import ElectionPlan, ElectoralDistrict, LevelSeats
from congresskit.records.enums import ElectionKind, Level
from congresskit.records.kinds import DocumentKind
from congresskit.records.sessions import AdoptedDocument, PresidiumMeeting
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids

__all__ = [
    "adoptions",
    "by_elections_in_term",
    "election_plans",
    "electoral_districts",
    "level_seats",
]

_text = _s.texts()
_LEVELS = (Level.TOWN, Level.TOWNSHIP, Level.COUNTY, Level.DISTRICT)
_STAGES = ("准备阶段", "选民登记", "提名确定代表候选人", "组织投票选举")
_BASIS = ("《地方组织法》", "《选举法》", "《选举实施细则》")


def electoral_districts(*, places: Ids = None) -> SearchStrategy[ElectoralDistrict]:
    """Electoral districts of a town's or a county's deputies, covering some of ``places``.

    Raises:
        InvalidArgument: bad references.
    """
    places_ = _s.ref(places, "places", "v")
    return _districts(places_)


@st.composite
def _districts(draw: st.DrawFn, places: SearchStrategy[str] | None) -> ElectoralDistrict:
    return ElectoralDistrict(
        name=f"第{draw(st.integers(1, 30))}选区",
        level=draw(st.sampled_from(_LEVELS)),
        seats=draw(st.integers(1, 5)),
        places=_s.unique(draw, places, 0, 3),
    )


def level_seats() -> SearchStrategy[LevelSeats]:
    """The seats allotted at one level, as a source states the total."""
    return st.builds(LevelSeats, level=st.sampled_from(_LEVELS), seats=st.integers(1, 80))


def election_plans(
    *,
    ids: Ids = None,
    term: Ids = None,
    adopted_at: Ids = None,
    places: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[ElectionPlan]:
    """Election plans (general elections and by-elections) with distinct districts, some
    with the seats reported at each level, the deputies elected (never more than the
    seats), stages and legal basis.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    refs = (
        _s.required(_s.ref(ids, "ids", "e"), "ids"),
        _s.ref(term, "term", "t"),
        _s.ref(adopted_at, "adopted_at", "pm"),
    )
    return _s.stamped(_plans(refs, electoral_districts(places=places), lo, hi))


@st.composite
def _plans(
    draw: st.DrawFn,
    refs: tuple[SearchStrategy[str], SearchStrategy[str] | None, SearchStrategy[str] | None],
    districts: SearchStrategy[ElectoralDistrict],
    lo: dt.date,
    hi: dt.date,
) -> ElectionPlan:
    ids, term, adopted_at = refs
    listed = draw(st.lists(districts, max_size=2, unique_by=lambda d: (d.name, d.level)))
    totals: dict[Level, int] = {}
    for d in listed:
        totals[d.level] = totals.get(d.level, 0) + d.seats
    reported = tuple(
        LevelSeats(level=level, seats=n + draw(st.integers(0, 10)))
        for level, n in totals.items()
        if draw(st.booleans())
    )
    seats = {**totals, **{r.level: r.seats for r in reported}}
    elected = tuple(
        LevelSeats(level=level, seats=draw(st.integers(1, n)))
        for level, n in seats.items()
        if draw(st.booleans())
    )
    return ElectionPlan(
        id=draw(ids),
        title=draw(_text),
        kind=draw(st.sampled_from(ElectionKind)),
        term=draw(_s.maybe(term)),
        adopted_on=draw(_s.maybe(st.dates(lo, hi))),
        adopted_at=draw(_s.maybe(adopted_at)),
        election_day=draw(_s.maybe(st.dates(lo, hi))),
        districts=tuple(listed),
        seats_reported=reported,
        committee=draw(_s.maybe(st.just("乡镇选举委员会"))),
        stages=draw(st.lists(st.sampled_from(_STAGES), max_size=4, unique=True)),
        legal_basis=draw(st.lists(st.sampled_from(_BASIS), max_size=3, unique=True)),
        elected_reported=elected,
    )


def adoptions(
    draw: st.DrawFn, meetings: list[PresidiumMeeting], plans: tuple[ElectionPlan, ...]
) -> tuple[list[PresidiumMeeting], tuple[ElectionPlan, ...]]:
    """Meetings and election plans that agree on where and when each plan was adopted.

    A plan adopted at a meeting gets the meeting's day (if it states a day at
    all), and the meeting lists it among its adopted documents, or not, as drawn.
    """
    days = {m.id: m.on for m in meetings}
    plans = tuple(
        attrs.evolve(p, adopted_on=days[p.adopted_at])
        if p.adopted_at in days and p.adopted_on is not None
        else p
        for p in plans
    )
    result = []
    for m in meetings:
        listed = tuple(
            AdoptedDocument(
                title=p.title,
                kind=draw(st.sampled_from([None, DocumentKind.ELECTION_PLAN])),
                record=p.id,
            )
            for p in plans
            if p.adopted_at == m.id and draw(st.booleans())
        )
        result.append(attrs.evolve(m, adopted=(*m.adopted, *listed)) if listed else m)
    return result, plans


def by_elections_in_term(
    plans: tuple[ElectionPlan, ...], terms: list[Term]
) -> tuple[ElectionPlan, ...]:
    """The plans, a by-election voted outside the term it fills left without its day."""
    by_id = {t.id: t for t in terms}
    return tuple(
        attrs.evolve(p, election_day=None)
        if p.kind is ElectionKind.BY_ELECTION
        and p.term in by_id
        and p.election_day is not None
        and by_id[p.term].excludes(p.election_day)
        else p
        for p in plans
    )
