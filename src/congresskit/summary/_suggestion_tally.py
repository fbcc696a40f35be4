"""The suggestion tally: each suggestion's status, rounds and ratings, as flat counters.

See :mod:`congresskit.summary._tally` for the design (monoids, flat counters).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from congresskit.records.enums import ActivityKind, Implementation, Outcome, Satisfaction, Status
from congresskit.records.enums import SuggestionKind as Kind
from congresskit.records.policy import Policy
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Corrected,
    Evaluated,
    Extended,
    FollowUp,
    HoldingReply,
    MarkedDuplicate,
    Rehandled,
    Replied,
    Returned,
    Reviewed,
    Suggestion,
    Withdrawn,
)
from congresskit.summary.periods import Period

ACTIVITY_KINDS = tuple(ActivityKind)
_KIND = {k._value_: i for i, k in enumerate(ACTIVITY_KINDS)}
# An activity tally's counters: activities, then one per kind, then the sums.
_SUMS = 1 + len(ACTIVITY_KINDS)
PARTICIPATIONS, PEOPLE, OPINIONS, HOUSEHOLDS, SUGGESTIONS = range(5)
# Not a sum of figures: how many activities record who (or how many) took part.
RECORDED = 5
_UNLISTED = 1 << 5  # the flag bit: some activity names fewer participants than it counts


def _enum_slots(*enums: type[enum.Enum]) -> tuple[dict[str, int], ...]:
    """Positions in a suggestion tally's counters, after the total, for each enum's values."""
    result, start = [], 1
    for cls in enums:
        result.append({m._value_: start + i for i, m in enumerate(cls)})
        start += len(cls)
    return tuple(result)


# Two ratings: of the handling work (Evaluated.handling) and of the result (.result).
_SKIND, _SSTATUS, _SOUTCOME, _SRATING, _SRESULT, _SIMPL = _enum_slots(
    Kind, Status, Outcome, Satisfaction, Satisfaction, Implementation
)
_FLAGS = 1 + len(Kind) + len(Status) + len(Outcome) + 2 * len(Satisfaction) + len(Implementation)
ON_TIME, LATE, OVERDUE, OPEN, REHANDLED, REPLIED, RETURNED, FIRST_SATISFIED, FIRST_RATED = range(9)
_WIDTH = _FLAGS + 9


_STATUS_AFTER: dict[type[Any], Status | None] = {
    Assigned: Status.ASSIGNED,
    Extended: Status.ASSIGNED,
    Replied: Status.REPLIED,
    Evaluated: Status.EVALUATED,
    Rehandled: Status.REHANDLING,
    Closed: Status.CLOSED,
    Returned: Status.RETURNED,
    Withdrawn: Status.WITHDRAWN,
    MarkedDuplicate: Status.DUPLICATE,
    HoldingReply: None,
    FollowUp: None,
    Corrected: None,
}
_DECIDED = {
    "accepted": Status.ACCEPTED,
    "merged": Status.MERGED,
    "not_accepted": Status.NOT_ACCEPTED,
}


class SuggestionFacts:
    """What one suggestion adds to a tally, as of the end of the period.

    This walks the events once, as :meth:`Suggestion.rounds` and
    :meth:`Suggestion.as_of` would, without building new suggestions: the
    events are legal (the model checked them), so the status after the last
    event kept is the one its type (or a review's decision) leads to.
    """

    __slots__ = ("category", "in_hand", "increments", "unit")

    def __init__(self, s: Suggestion, period: Period, due: DueDates) -> None:
        end = period.end
        status = Status.RAISED
        unit: str | None = None
        outcome: Outcome | None = None
        rating: Satisfaction | None = None
        result: Satisfaction | None = None
        closed_on: dt.date | None = None
        replied_in_period = rehandled = extended = rehandling = returned = False
        implementation: Implementation | None = None
        start: dt.date | None = None
        rounds: list[tuple[dt.date, dt.date | None]] = []  # (due, replied) per round
        for e in s.events:
            if e.on > end:
                break
            kind = type(e)
            if kind is Reviewed:
                status = _DECIDED[e.decision._value_]  # type: ignore[union-attr]
            else:
                status = _STATUS_AFTER[kind] or status
            if kind is Assigned or kind is Rehandled:
                if kind is Assigned:
                    unit = e.lead_unit  # type: ignore[union-attr]
                rehandling = kind is Rehandled
                rehandled = rehandled or rehandling
                start, extended = e.on, False
            elif kind is Extended and start is not None:
                # A late extension leaves the deadline as it was (Suggestion.rounds).
                extended = e.on <= due(start, False, rehandling)
            elif kind is Replied:
                outcome = e.outcome  # type: ignore[union-attr]
                implementation = e.implementation or implementation  # type: ignore[union-attr]
                replied_in_period = replied_in_period or e.on >= period.start
                if start is not None:
                    rounds.append((due(start, extended, rehandling), e.on))
                    start = None
            elif kind is Corrected:
                outcome = e.outcome  # type: ignore[union-attr]
            elif kind is FollowUp:
                implementation = e.implementation or implementation  # type: ignore[union-attr]
            elif kind is Returned or kind is Withdrawn:
                start = None
                returned = returned or kind is Returned
            elif kind is Evaluated:
                rating, result = e.handling, e.result  # type: ignore[union-attr]
            elif kind is Closed:
                closed_on = e.on
        if start is not None:
            rounds.append((due(start, extended, rehandling), None))
        increments = [0, _SKIND[s.kind._value_], _SSTATUS[status._value_]]
        if outcome is not None:
            increments.append(_SOUTCOME[outcome._value_])
        if rating is not None:
            increments.append(_SRATING[rating._value_])
        if result is not None:
            increments.append(_SRESULT[result._value_])
        if implementation is not None:
            increments.append(_SIMPL[implementation._value_])
        if returned:
            increments.append(_FLAGS + RETURNED)
        if rounds:
            first_due, first_reply = rounds[0]
            if first_reply is not None:
                increments.append(_FLAGS + (ON_TIME if first_reply <= first_due else LATE))
            last_due, last_reply = rounds[-1]
            if last_reply is None and end > last_due:
                increments.append(_FLAGS + OVERDUE)
        if status is not Status.CLOSED:
            increments.append(_FLAGS + OPEN)
        if rehandled:
            increments.append(_FLAGS + REHANDLED)
        if replied_in_period:
            increments.append(_FLAGS + REPLIED)
        self.increments = increments
        self.category = s.category
        self.unit = unit
        # A suggestion closed before the period began is no longer in hand.
        self.in_hand = closed_on is None or closed_on >= period.start


class DueDates:
    """A policy's reply deadlines by (start, extended, re-handling), each computed once.

    Suggestions raised at a session are mostly assigned on the same few days,
    and relativedelta arithmetic is slow enough to matter over millions.
    """

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self._known: dict[tuple[dt.date, bool, bool], dt.date] = {}

    def __call__(self, start: dt.date, extended: bool, rehandling: bool) -> dt.date:
        key = (start, extended, rehandling)
        due = self._known.get(key)
        if due is None:
            due = self.policy.due(start, extended=extended, rehandling=rehandling)
            self._known[key] = due
        return due


class SuggestionTally:
    """Suggestions added up: by kind, status, outcome, rating, category and handling unit."""

    __slots__ = ("categories", "counts", "units")

    def __init__(self) -> None:
        self.counts = [0] * _WIDTH
        self.categories: dict[str, int] = {}
        self.units: dict[str, int] = {}

    def add(self, facts: SuggestionFacts) -> None:
        counts = self.counts
        for i in facts.increments:
            counts[i] += 1
        if facts.category is not None:
            self.categories[facts.category] = self.categories.get(facts.category, 0) + 1
        if facts.unit is not None:
            self.units[facts.unit] = self.units.get(facts.unit, 0) + 1

    def merge(self, other: SuggestionTally) -> None:
        self.counts = [x + y for x, y in zip(self.counts, other.counts, strict=True)]
        for mine, theirs in ((self.categories, other.categories), (self.units, other.units)):
            for key, n in theirs.items():
                mine[key] = mine.get(key, 0) + n

    @property
    def suggestions(self) -> int:
        return self.counts[0]

    def flag(self, index: int) -> int:
        """How many suggestions have the yes/no figure ``index`` (``ON_TIME`` and so on)."""
        return self.counts[_FLAGS + index]

    def by(self, cls: type[Any], *, result: bool = False) -> dict[Any, int]:
        """Counts by member of ``cls`` (SuggestionKind, Status, Outcome, Satisfaction or
        Implementation).

        For Satisfaction, the ratings of the handling, or with ``result`` of the result.
        """
        slots = {
            Kind: _SKIND,
            Status: _SSTATUS,
            Outcome: _SOUTCOME,
            Satisfaction: _SRATING,
            Implementation: _SIMPL,
        }[cls]
        if result:
            slots = _SRESULT
        return {m: self.counts[slots[m._value_]] for m in cls if self.counts[slots[m._value_]]}

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SuggestionTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]
