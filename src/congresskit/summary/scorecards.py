"""Scorecards per handling unit: how each unit handled the suggestions assigned to it.

For each unit, over the suggestions in hand in the period (raised by its end
and not closed before it began) whose latest assignment names the unit as lead:

- replied on time, late, or overdue, counted over the **closed cohort**: only
  the items whose reply was due by the period's end (the deadline of the
  unit's first handling round, under the policy), so that an item still
  within its deadline is neither on time nor late yet;
- the average days from assignment to the first reply;
- the reply classes (A to D) as shares of the items replied;
- first-round satisfaction: satisfied or basically satisfied at the first
  evaluation after the unit's first reply, of the items rated;
- re-handled, returned (by the unit, to the presidium; counted for the unit
  that returned the item, which may since have gone to another) and the
  implementation status last stated.

>>> import datetime as dt
>>> from congresskit import Assigned, Replied, Outcome, Suggestion, SuggestionKind, summarize
>>> s = Suggestion(id="s1", kind=SuggestionKind.SUGGESTION, title="路灯", lead="d1",
...                raised_on=dt.date(2020, 1, 13), events=(
...                    Assigned(on=dt.date(2020, 1, 20), lead_unit="u-roads"),
...                    Replied(on=dt.date(2020, 3, 2), outcome=Outcome.A)))
>>> card, = summarize([s], "2020").units
>>> card.id, card.assigned, card.replied_on_time, card.average_days_to_reply
('u-roads', 1, 1, 42.0)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import Implementation, Outcome, Satisfaction
from congresskit.records.suggestions import (
    Assigned,
    Corrected,
    Evaluated,
    Extended,
    FollowUp,
    Rehandled,
    Replied,
    Returned,
    Suggestion,
)
from congresskit.summary.oversight import Rate
from congresskit.summary.periods import Period

__all__ = ["UnitScorecard"]

_COUNTERS = (
    "assigned",
    "cohort",
    "on_time",
    "late",
    "overdue",
    "replied",
    "days",
    "timed",
    "first_rated",
    "first_satisfied",
    "rehandled",
    "returned",
)
_CONTENT = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)


class UnitTally:
    """One unit's figures, added up (mergeable; the order of adding does not matter)."""

    __slots__ = (*_COUNTERS, "implementation", "outcomes")

    def __init__(self) -> None:
        self.assigned = self.cohort = self.on_time = self.late = self.overdue = 0
        self.replied = self.days = self.timed = 0
        self.first_rated = self.first_satisfied = self.rehandled = self.returned = 0
        self.outcomes: dict[Outcome, int] = {}
        self.implementation: dict[Implementation, int] = {}

    def merge(self, other: UnitTally) -> None:
        for name in _COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for outcome, n in other.outcomes.items():
            self.outcomes[outcome] = self.outcomes.get(outcome, 0) + n
        for status, n in other.implementation.items():
            self.implementation[status] = self.implementation.get(status, 0) + n

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnitTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


def _bump(tallies: dict[str, UnitTally], unit: str) -> UnitTally:
    tally = tallies.get(unit)
    if tally is None:
        tally = tallies[unit] = UnitTally()
    return tally


def add_to_units(
    tallies: dict[str, UnitTally],
    s: Suggestion,
    period: Period,
    due: Callable[[dt.date, bool, bool], dt.date],
) -> None:
    """Add suggestion ``s`` (in hand in ``period``) to the scorecard of its unit."""
    end = period.end
    unit: str | None = None
    start: dt.date | None = None
    extended = rehandled = False
    reply: dt.date | None = None
    outcome: Outcome | None = None
    rating: Satisfaction | None = None
    implementation: Implementation | None = None
    for e in s.events:
        if e.on > end:  # as the suggestion tallies do: by the earliest day
            break
        if isinstance(e, Assigned):
            unit, start, extended, reply, rating, rehandled = (
                e.lead_unit,
                e.on,
                False,
                None,
                None,
                False,
            )
        elif isinstance(e, Returned):
            returning = e.unit or unit
            if returning is not None:
                _bump(tallies, returning).returned += 1
            unit = start = None
        elif unit is None:
            continue
        elif isinstance(e, Extended) and reply is None:
            extended = True
        elif isinstance(e, Replied):
            reply = e.on if reply is None else reply
            outcome = e.outcome
            implementation = e.implementation or implementation
        elif isinstance(e, Corrected):
            outcome = e.outcome
        elif isinstance(e, FollowUp):
            implementation = e.implementation or implementation
        elif isinstance(e, Evaluated) and rating is None:
            rating = e.handling
        elif isinstance(e, Rehandled):
            rehandled = True
    if unit is None or start is None:
        return
    t = _bump(tallies, unit)
    t.assigned += 1
    deadline = due(start, extended, False)
    if deadline <= end:
        t.cohort += 1
        if reply is None:
            t.overdue += 1
        elif reply <= deadline:
            t.on_time += 1
        else:
            t.late += 1
    if reply is not None:
        t.replied += 1
        t.days += (reply - start).days
        t.timed += 1
    if outcome is not None:
        t.outcomes[outcome] = t.outcomes.get(outcome, 0) + 1
    if rating is not None and rating is not Satisfaction.NO_ANSWER:
        t.first_rated += 1
        t.first_satisfied += rating in _CONTENT
    t.rehandled += rehandled
    if implementation is not None:
        t.implementation[implementation] = t.implementation.get(implementation, 0) + 1


@attrs.frozen(kw_only=True)
class UnitScorecard:
    """How one handling unit handled the suggestions assigned to it (see the module).

    Attributes:
        id: the unit's id; name: its name, if its record is among the records.
        assigned: suggestions in hand in the period whose lead unit it is.
        due: of them, those whose reply was due by the period's end (the
            closed cohort).
        replied_on_time, replied_late, overdue: the closed cohort by how its
            first reply came: by the deadline, after it, or not by the
            period's end.
        replied: suggestions it replied to (whether due or not).
        average_days_to_reply: days from assignment to the first reply, on
            average; ``None`` if none was replied to.
        outcomes: replies by class (as corrected).
        first_round_rated: replies rated at the first evaluation (a rating of
            "no answer" is not a rating); ``first_round_satisfied`` of them
            satisfied or basically satisfied.
        rehandled: suggestions sent back to it after a dissatisfied evaluation.
        returned: suggestions it returned to the presidium.
        implementation: suggestions by the implementation status last stated.
    """

    id: str
    name: str | None
    assigned: int
    due: int
    replied_on_time: int
    replied_late: int
    overdue: int
    replied: int
    average_days_to_reply: float | None
    outcomes: Mapping[Outcome, int]
    first_round_rated: int
    first_round_satisfied: int
    rehandled: int
    returned: int
    implementation: Mapping[Implementation, int]

    @property
    def outcome_shares(self) -> Mapping[Outcome, Rate]:
        """Each reply class as a share of the suggestions replied to."""
        base = Count(self.replied)
        return {o: Rate(part=Count(n), base=base, of="replied") for o, n in self.outcomes.items()}

    @property
    def first_round_satisfaction(self) -> Rate | None:
        """Satisfied or basically satisfied at the first evaluation, of those rated."""
        if not self.first_round_rated:
            return None
        part, base = Count(self.first_round_satisfied), Count(self.first_round_rated)
        return Rate(part=part, base=base, of="rated")

    @property
    def on_time_rate(self) -> Rate | None:
        """Replied on time, as a share of the closed cohort."""
        if not self.due:
            return None
        return Rate(part=Count(self.replied_on_time), base=Count(self.due), of="due")


def scorecards(
    tallies: Mapping[str, UnitTally], names: Mapping[str, Any]
) -> tuple[UnitScorecard, ...]:
    """The scorecards of every unit with a tally, by id."""
    result = []
    for key in sorted(tallies):
        t = tallies[key]
        unit = names.get(key)
        result.append(
            UnitScorecard(
                id=key,
                name=unit.name if unit is not None else None,
                assigned=t.assigned,
                due=t.cohort,
                replied_on_time=t.on_time,
                replied_late=t.late,
                overdue=t.overdue,
                replied=t.replied,
                average_days_to_reply=t.days / t.timed if t.timed else None,
                outcomes={o: t.outcomes[o] for o in Outcome if t.outcomes.get(o)},
                first_round_rated=t.first_rated,
                first_round_satisfied=t.first_satisfied,
                rehandled=t.rehandled,
                returned=t.returned,
                implementation={
                    i: t.implementation[i] for i in Implementation if t.implementation.get(i)
                },
            )
        )
    return tuple(result)
