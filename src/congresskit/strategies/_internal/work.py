"""Strategies for activities and campaigns, with the opinions and findings activities record."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.activities import (
    Activity,
    ActivityItem,
    Campaign,
    CampaignRole,
    Finding,
    Opinion,
)
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    CampaignKind,
    CampaignRoleKind,
    OpinionResolution,
    ParticipantKind,
    StudyKind,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Choice, Ids
from congresskit.strategies._internal.people import counts

__all__ = [
    "activities",
    "activity_items",
    "campaign_roles",
    "campaigns",
    "findings",
    "opinions",
]

_text = _s.texts()


def opinions(*, suggestion: Ids = None) -> SearchStrategy[Opinion]:
    """Opinions from the public; one turned into a suggestion names one of ``suggestion``.

    When ``suggestion`` is an empty list, no opinion is turned into one.

    Raises:
        InvalidArgument: ``suggestion`` is of the wrong kind.
    """
    suggestion_ = _s.ref(suggestion, "suggestion", "s")
    turned = OpinionResolution.TURNED_INTO_SUGGESTION
    ways = [r for r in OpinionResolution if suggestion_ is not None or r is not turned]
    return _opinions(st.sampled_from(ways), suggestion_)


@st.composite
def _opinions(
    draw: st.DrawFn,
    ways: SearchStrategy[OpinionResolution],
    suggestion: SearchStrategy[str] | None,
) -> Opinion:
    resolution = draw(ways)
    target = None
    if resolution is OpinionResolution.TURNED_INTO_SUGGESTION:
        target = draw(_s.required(suggestion, "suggestion"))
    return Opinion(text=draw(_text), resolution=resolution, suggestion=target)


def findings(
    *, unit: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Finding]:
    """Issues found, sometimes with the unit concerned and a dated correction.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return st.builds(
        Finding,
        issue=_text,
        unit=_s.maybe(_s.ref(unit, "unit", "u")),
        correction=_s.maybe(_text),
        corrected_on=_s.maybe(st.dates(lo, hi)),
    )


def activity_items(
    *, kinds: Choice[ActivityKind] = None, units: Ids = None, projects: Ids = None
) -> SearchStrategy[ActivityItem]:
    """Items of bundled activities, each of one kind, some naming units and projects.

    Raises:
        InvalidArgument: bad kinds or references.
    """
    kinds_ = _s.choice(kinds, ActivityKind, "kinds")
    return _activity_items(kinds_, _s.ref(units, "units", "u"), _s.ref(projects, "projects", "p"))


@st.composite
def _activity_items(
    draw: st.DrawFn,
    kinds: SearchStrategy[ActivityKind],
    units: SearchStrategy[str] | None,
    projects: SearchStrategy[str] | None,
) -> ActivityItem:
    return ActivityItem(
        kind=draw(kinds),
        title=draw(_s.maybe(_text)),
        units=_s.unique(draw, units, 0, 2),
        projects=_s.unique(draw, projects, 0, 2),
    )


_THEMES = st.sampled_from(("乡村振兴", "代表履职月", "我为群众办实事"))
_STUDIED = (ActivityKind.STUDY, ActivityKind.TRAINING)


def _reported(draw: st.DrawFn, listed: int) -> Count | None:
    """A reported total that the ``listed`` items never exceed (or a lower bound)."""
    total: Count | None = draw(_s.maybe(counts(min_value=listed, max_value=listed + 300)))
    return total


def activities(
    *,
    ids: Ids = None,
    kinds: Choice[ActivityKind] = None,
    organiser: Ids = None,
    group: Ids = None,
    station: Ids = None,
    campaign: Ids = None,
    participants: Ids = None,
    places: Ids = None,
    units: Ids = None,
    projects: Ids = None,
    suggestions: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    min_participants: int = 0,
    max_participants: int = 6,
) -> SearchStrategy[Activity]:
    """Activities of up to a month, whose reported totals are never below the items listed.

    Args:
        ids: the activities' ids.
        kinds: a strategy or list of :class:`~congresskit.ActivityKind`.
        organiser, group, station, campaign: single references, each
            sometimes left empty.
        participants, places, units, projects, suggestions: the ids the
            activity's lists draw from (distinct within each list); opinions
            and findings refer to ``suggestions`` and ``units``.
        min_date, max_date: the activity falls inside them.
        min_participants, max_participants: how many deputies are listed.

    Raises:
        InvalidArgument: bad sizes, bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    ids_ = _s.required(_s.ref(ids, "ids", "a"), "ids")
    kinds_ = _s.choice(kinds, ActivityKind, "kinds")
    single = _Single(
        organiser=_s.ref(organiser, "organiser", "g"),
        group=_s.ref(group, "group", "g"),
        station=_s.ref(station, "station", "st"),
        campaign=_s.ref(campaign, "campaign", "k"),
    )
    people = _s.ref(participants, "participants", "d")
    few, many = _s.check_size(
        min_participants, max_participants, ("min_participants", "max_participants")
    )
    if few and people is None:
        msg = f"min_participants={few}, but participants is empty"
        raise InvalidArgument(msg)
    places_ = _s.ref(places, "places", "v")
    units_ = _s.ref(units, "units", "u")
    projects_ = _s.ref(projects, "projects", "p")
    suggestions_ = _s.ref(suggestions, "suggestions", "s")
    lists = _Lists(places=places_, units=units_, projects=projects_)
    said = opinions(suggestion=_s.as_arg(suggestions_))
    found = findings(unit=_s.as_arg(units_), min_date=lo, max_date=hi)
    items = activity_items(units=_s.as_arg(units_), projects=_s.as_arg(projects_))
    refs = _ActivityRefs(ids_, kinds_, single, people, lists, suggestions_, said, found, items)
    return _s.stamped(_activities(refs, (lo, hi), (few, many)))


class _Single(NamedTuple):
    organiser: SearchStrategy[str] | None
    group: SearchStrategy[str] | None
    station: SearchStrategy[str] | None
    campaign: SearchStrategy[str] | None


class _Lists(NamedTuple):
    places: SearchStrategy[str] | None
    units: SearchStrategy[str] | None
    projects: SearchStrategy[str] | None


class _ActivityRefs(NamedTuple):
    ids: SearchStrategy[str]
    kinds: SearchStrategy[ActivityKind]
    single: _Single
    participants: SearchStrategy[str] | None
    lists: _Lists
    suggestions: SearchStrategy[str] | None
    opinions: SearchStrategy[Opinion]
    findings: SearchStrategy[Finding]
    items: SearchStrategy[ActivityItem]


_PEOPLE_RECEIVED = _s.maybe(counts(max_value=300))
_HOUSEHOLDS = _s.maybe(counts(max_value=50))


@st.composite
def _activities(
    draw: st.DrawFn, refs: _ActivityRefs, dates: tuple[dt.date, dt.date], size: tuple[int, int]
) -> Activity:
    start, end = _s.open_span(draw, *dates, 30)
    who = _s.unique(draw, refs.participants, *size)
    heard = tuple(draw(st.lists(refs.opinions, max_size=3)))
    raised = _s.unique(draw, refs.suggestions, 0, 3)
    kind = draw(refs.kinds)
    others = draw(_s.maybe(counts(max_value=100)))
    return Activity(
        id=draw(refs.ids),
        kind=kind,
        title=draw(_text),
        start=start,
        end=end,
        organiser=draw(_s.maybe(refs.single.organiser)),
        group=draw(_s.maybe(refs.single.group)),
        station=draw(_s.maybe(refs.single.station)),
        campaign=draw(_s.maybe(refs.single.campaign)),
        participants=who,
        participants_reported=_reported(draw, len(who)),
        places=_s.unique(draw, refs.lists.places, 0, 3),
        units=_s.unique(draw, refs.lists.units, 0, 3),
        projects=_s.unique(draw, refs.lists.projects, 0, 3),
        topics=tuple(draw(st.lists(_text, max_size=2))),
        people_received=draw(_PEOPLE_RECEIVED),
        opinions_collected=_reported(draw, len(heard)),
        households_contacted=draw(_HOUSEHOLDS),
        opinions=heard,
        findings=tuple(draw(st.lists(refs.findings, max_size=2))),
        suggestions=raised,
        suggestions_reported=_reported(draw, len(raised)),
        items=tuple(draw(st.lists(refs.items, max_size=2))),
        study=draw(_s.maybe(st.sampled_from(StudyKind))) if kind in _STUDIED else None,
        others_taking_part=others,
        other_kinds=tuple(draw(st.lists(st.sampled_from(ParticipantKind), max_size=2, unique=True)))
        if others is not None
        else (),
        batches=draw(_s.maybe(st.integers(1, 5))),
        themes=tuple(draw(st.lists(_THEMES, max_size=1))),
    )


def campaign_roles(
    *, deputies: Ids = None, min_size: int = 0, max_size: int = 4
) -> SearchStrategy[CampaignRole]:
    """Campaign roles held by ``min_size``..``max_size`` distinct deputies.

    Raises:
        InvalidArgument: bad sizes, or ``min_size`` > 0 with no deputies.
    """
    lo, hi = _s.check_size(min_size, max_size)
    deputies_ = _s.ref(deputies, "deputies", "d")
    if lo and deputies_ is None:
        msg = f"min_size={lo}, but deputies is empty"
        raise InvalidArgument(msg)
    return _campaign_roles(deputies_, lo, hi)


@st.composite
def _campaign_roles(
    draw: st.DrawFn, deputies: SearchStrategy[str] | None, lo: int, hi: int
) -> CampaignRole:
    return CampaignRole(
        role=draw(st.sampled_from(CampaignRoleKind)),
        deputies=_s.unique(draw, deputies, lo, hi),
        description=draw(_s.maybe(_text)),
    )


def campaigns(
    *,
    ids: Ids = None,
    kinds: Choice[CampaignKind] = None,
    deputies: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    min_size: int = 0,
    max_size: int = 3,
) -> SearchStrategy[Campaign]:
    """Campaigns of up to a year with ``min_size``..``max_size`` roles held by ``deputies``.

    Raises:
        InvalidArgument: bad sizes, bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    few, many = _s.check_size(min_size, max_size)
    ids_ = _s.required(_s.ref(ids, "ids", "k"), "ids")
    kinds_ = _s.choice(kinds, CampaignKind, "kinds")
    roles = st.lists(campaign_roles(deputies=deputies), min_size=few, max_size=many)
    return _s.stamped(_campaigns(ids_, kinds_, roles, lo, hi))


@st.composite
def _campaigns(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    kinds: SearchStrategy[CampaignKind],
    roles: SearchStrategy[list[CampaignRole]],
    lo: dt.date,
    hi: dt.date,
) -> Campaign:
    start, end = _s.open_span(draw, lo, hi, 366)
    return Campaign(
        id=draw(ids),
        kind=draw(kinds),
        name=draw(_text),
        start=start,
        end=end,
        roles=tuple(draw(roles)),
        description=draw(_s.maybe(_text)),
    )
