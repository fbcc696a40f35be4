"""The sections of a summary by station and by deputy group.

A group's or station's suggestions are those whose lead deputy belonged to it
on the day they were raised, by the deputy's dated memberships: a report on a
past period does not change when a deputy moves afterwards. A suggestion
dated too vaguely to say (raised "in March" by a deputy who changed groups
on 16 March) is counted under neither group's figures but as possibly each
one's (``suggestions_possible``), never guessed.
"""

from __future__ import annotations

from congresskit.records.people import DeputyGroup
from congresskit.summary._build_figures import (
    _NO_ACTIVITIES,
    _NO_SUGGESTIONS,
    _activities,
    _suggestions,
)
from congresskit.summary._state import State
from congresskit.summary._state_help import cadence_held
from congresskit.summary.figures import GroupSummary, StationSummary
from congresskit.summary.periods import Period


def stations(state: State) -> tuple[StationSummary, ...]:
    """The stations open in the period, and any that held activities or suggestions."""
    period = state.period
    opened = {k for k, s in state.stations.items() if s.opened is None or s.opened <= period.end}
    result = []
    keys = opened | set(state.by_station) | set(state.sug_by_station) | set(state.maybe_by_station)
    for key in sorted(keys):
        station = state.stations.get(key)
        days = station.reception_days(period.start, period.end) if station is not None else ()
        result.append(
            StationSummary(
                id=key,
                name=station.name if station is not None else None,
                reception_rule=station.reception_rule if station is not None else None,
                kind=station.kind if station is not None else None,
                count=station.count if station is not None else None,
                reception_days=len(days),
                activities=_activities(state.by_station.get(key, _NO_ACTIVITIES), state),
                suggestions=_suggestions(state.sug_by_station.get(key, _NO_SUGGESTIONS)),
                suggestions_possible=state.maybe_by_station.get(key, 0),
            )
        )
    return tuple(result)


def groups(state: State) -> tuple[GroupSummary, ...]:
    """Every group known, and any that held activities or suggestions."""
    keys = set(state.groups) | set(state.by_group) | set(state.sug_by_group)
    keys |= set(state.maybe_by_group)
    result = []
    for key in sorted(keys):
        group = state.groups.get(key)
        due, held = cadence_held(group, state.period, state.group_months.get(key, set()))
        result.append(_group(state, key, group, due, held))
    return tuple(result)


def _group(
    state: State,
    key: str,
    group: DeputyGroup | None,
    due: int | None,
    held: tuple[Period, ...] | None,
) -> GroupSummary:
    return GroupSummary(
        id=key,
        name=group.name if group is not None else None,
        kind=group.kind if group is not None else None,
        number=group.number if group is not None else None,
        cadence=group.cadence if group is not None else None,
        stretches_due=due,
        stretches_held=None if held is None else len(held),
        stretches_held_in=held,
        activities=_activities(state.by_group.get(key, _NO_ACTIVITIES), state),
        suggestions=_suggestions(state.sug_by_group.get(key, _NO_SUGGESTIONS)),
        suggestions_possible=state.maybe_by_group.get(key, 0),
    )
