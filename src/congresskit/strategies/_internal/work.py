"""Strategies for activities and campaigns, with the opinions and findings activities record."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.activities import (
    FIGURES,
    Activity,
    ActivityItem,
    Finding,
    LevelCount,
    Opinion,
    OpinionFollowUp,
    ParticipantFigures,
)
from congresskit.records.counts import Count
from congresskit.records.crediting import total
from congresskit.records.enums import (
    ActivityKind,
    Level,
    ParticipantKind,
    StudyKind,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Choice, Ids
from congresskit.strategies._internal.items import activity_items
from congresskit.strategies._internal.opinion_parts import (
    dispositions_within,
    draw_public_ratings,
    opinion_follow_ups,
    opinions,
)
from congresskit.strategies._internal.people import counts

__all__ = [
    "CHANNELS",
    "activities",
    "activity_items",
    "findings",
    "participant_figures",
]

_text = _s.texts()


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


#: Names of continuous channels that generated records use.
CHANNELS = ("民情直通车", "代表接待日", "网上代表联络站")


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
    earlier: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    min_participants: int = 0,
    max_participants: int = 6,
) -> SearchStrategy[Activity]:
    """Activities of up to a month, whose reported totals are never below the items listed.

    Some give participants' own figures (households contacted and so on) for
    some of the listed participants, adding up to no more than the
    activity's exact totals, so the activities pass :func:`~congresskit.check`.

    Args:
        ids: the activities' ids.
        kinds: a strategy or list of :class:`~congresskit.ActivityKind`.
        organiser, group, station, campaign: single references, each
            sometimes left empty.
        participants, places, units, projects, suggestions: the ids the
            activity's lists draw from (distinct within each list); opinions,
            findings and items refer to ``suggestions`` and ``units``.
        earlier: the ids of earlier activities whose opinions an activity
            may follow up (``follow_ups``); an empty list names them only in
            words.
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
    items = activity_items(
        units=_s.as_arg(units_),
        projects=_s.as_arg(projects_),
        suggestion=_s.as_arg(suggestions_),
    )
    follow = opinion_follow_ups(activity=_s.as_arg(_s.ref(earlier, "earlier", "a")))
    refs = _ActivityRefs(
        ids_, kinds_, single, people, lists, suggestions_, said, found, items, follow
    )
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
    follow_ups: SearchStrategy[OpinionFollowUp]


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
    collected = _reported(draw, len(heard))
    kind = draw(refs.kinds)
    others = draw(_s.maybe(counts(max_value=100)))
    reported = _reported(draw, len(who))
    # A record of several activities over a span names no participants.
    occurrences = None if who else draw(_s.maybe(st.integers(2, 12)))
    activity = Activity(
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
        participants_reported=reported,
        places=_s.unique(draw, refs.lists.places, 0, 3),
        units=_s.unique(draw, refs.lists.units, 0, 3),
        projects=_s.unique(draw, refs.lists.projects, 0, 3),
        topics=tuple(draw(st.lists(_text, max_size=2))),
        people_received=draw(_PEOPLE_RECEIVED),
        opinions_collected=collected,
        households_contacted=draw(_HOUSEHOLDS),
        opinions=heard,
        dispositions=dispositions_within(draw, collected, len(heard)),
        public_ratings=draw_public_ratings(draw),
        channel=draw(_s.maybe(st.sampled_from(CHANNELS))),
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
        occurrences=occurrences,
        participants_by_level=_by_level(draw, reported),
        public_satisfaction=draw(_s.maybe(counts(max_value=100))),
        follow_ups=tuple(draw(st.lists(refs.follow_ups, max_size=2))),
        **_when_and_which(draw, one_day=end in (None, start)),
    )
    if occurrences is not None:
        return activity
    return attrs.evolve(activity, participant_figures=_participant_figures(draw, activity))


def _when_and_which(draw: st.DrawFn, *, one_day: bool) -> dict[str, Any]:
    """Times of day, or either, or neither (in order on one day); an ordinal in the year."""
    clock = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
    hours = [draw(_s.maybe(clock)), draw(_s.maybe(clock))]
    start, end = sorted(hours) if one_day and None not in hours else hours
    return {"start_time": start, "end_time": end, "number": draw(_s.maybe(st.integers(1, 12)))}


def _by_level(draw: st.DrawFn, reported: Count | None) -> tuple[LevelCount, ...]:
    """Deputies by level, within an exact reported number of participants."""
    levels = draw(st.lists(st.sampled_from(Level), unique=True, max_size=2))
    room = None if reported is None or reported.at_least else reported.value
    result = []
    for level in levels:
        count = draw(counts(max_value=30 if room is None else room))
        if room is not None:
            room -= count.value
        result.append(LevelCount(level=level, count=count))
    return tuple(result)


def _participant_figures(draw: st.DrawFn, a: Activity) -> tuple[ParticipantFigures, ...]:
    """Own figures for some listed participants, within the activity's exact totals."""
    chosen = draw(st.lists(st.sampled_from(a.participants), unique=True)) if a.participants else []
    left: dict[str, int] = {}
    for figure in FIGURES:
        whole = total(a, figure)
        # Only an exact total bounds the own figures; a lower bound or none does not.
        left[figure] = whole.value if whole is not None and not whole.at_least else 20
    return tuple(_own(draw, deputy, left) for deputy in chosen)


def _own(draw: st.DrawFn, deputy: str, left: dict[str, int]) -> ParticipantFigures:
    """One deputy's figures, each at most what is ``left`` of it (which they use up)."""
    values: dict[str, Count | None] = {}
    for figure in FIGURES:
        if draw(st.booleans()):
            value = draw(st.integers(0, left[figure]))
            left[figure] -= value
            values[figure] = Count(value, at_least=draw(st.booleans()))
    if not values:
        value = draw(st.integers(0, left["households_contacted"]))
        left["households_contacted"] -= value
        values["households_contacted"] = Count(value)
    return ParticipantFigures(deputy=deputy, **values)


def participant_figures(
    *, deputy: Ids = None, max_value: int = 50
) -> SearchStrategy[ParticipantFigures]:
    """A deputy's own figures on an activity, each ``max_value`` at most, some not stated.

    :func:`activities` draws these for its participants, within its totals.

    Raises:
        InvalidArgument: ``deputy`` is empty or of the wrong kind, or
            ``max_value`` is negative.
    """
    deputy_ = _s.required(_s.ref(deputy, "deputy", "d"), "deputy")
    if max_value < 0:
        msg = f"max_value={max_value} must be 0 or more"
        raise InvalidArgument(msg)
    return _participant_figures_alone(deputy_, max_value)


@st.composite
def _participant_figures_alone(
    draw: st.DrawFn, deputy: SearchStrategy[str], max_value: int
) -> ParticipantFigures:
    left: dict[str, int] = dict.fromkeys(FIGURES, max_value)
    return _own(draw, draw(deputy), left)
