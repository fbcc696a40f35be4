"""Figures of activity and suggestion tallies, which every section of a summary uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from congresskit.records.counts import Count
from congresskit.records.enums import Outcome, PlaceKind, Satisfaction, Status, SuggestionKind
from congresskit.summary import _tally
from congresskit.summary._state import State
from congresskit.summary.figures import ActivityFigures, SuggestionFigures

E = TypeVar("E")


def _ordered(counter: Mapping[E, int], members: Iterable[E]) -> dict[E, int]:
    return {m: counter[m] for m in members if counter.get(m)}


def _sorted(counter: Mapping[str, int]) -> dict[str, int]:
    return {k: counter[k] for k in sorted(counter) if counter[k]}


def _activities(t: _tally.ActivityTally, state: State) -> ActivityFigures:
    places = state.places
    villages = sum(1 for p in t.places if p in places and places[p].kind is PlaceKind.VILLAGE)
    participations = t.count(_tally.PARTICIPATIONS)
    # Activities that do not record who took part add an unknown number: a lower bound.
    unrecorded = t.recorded < t.activities
    return ActivityFigures(
        activities=t.activities,
        by_kind=t.kinds(),
        places=len(t.places),
        villages=villages,
        units=len(t.units),
        projects=len(t.projects),
        deputies=Count(max(len(t.deputies), t.most), at_least=t.unlisted or unrecorded),
        participations=Count(participations.value, at_least=participations.at_least or unrecorded),
        participants_recorded=t.recorded,
        people_received=t.count(_tally.PEOPLE),
        opinions_collected=t.count(_tally.OPINIONS),
        households_contacted=t.count(_tally.HOUSEHOLDS),
        suggestions_arising=t.count(_tally.SUGGESTIONS),
        items_by_kind=t.item_kinds(),
        study_by_kind=t.study_kinds(),
        others_taking_part=t.count(_tally.OTHERS),
        person_days=t.count(_tally.PERSON_DAYS),
        items=sum(t.item_kinds().values()),
        topics=len(t.topics),
        item_times_by_kind=t.times_by_kind(),
        participations_by_level=t.by_level(),
        opinions_followed_up=t.stated(_tally.FOLLOWED_UP, _tally.FOLLOWED_UP_STATED),
        opinions_reported_back=t.stated(_tally.REPORTED_BACK, _tally.REPORTED_BACK_STATED),
    )


def _suggestions(t: _tally.SuggestionTally) -> SuggestionFigures:
    return SuggestionFigures(
        suggestions=t.suggestions,
        by_kind=t.by(SuggestionKind),
        by_category=_sorted(t.categories),
        by_unit=_sorted(t.units),
        by_status=t.by(Status),
        replied_on_time=t.flag(_tally.ON_TIME),
        replied_late=t.flag(_tally.LATE),
        overdue=t.flag(_tally.OVERDUE),
        open=t.flag(_tally.OPEN),
        rehandled=t.flag(_tally.REHANDLED),
        replied_in_period=t.flag(_tally.REPLIED),
        outcomes=t.by(Outcome),
        satisfaction=t.by(Satisfaction),
        result_satisfaction=t.by(Satisfaction, result=True),
    )


_NO_ACTIVITIES, _NO_SUGGESTIONS = _tally.ActivityTally(), _tally.SuggestionTally()
