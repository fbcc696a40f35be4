"""The mergeable tallies behind period summaries.

Everything here is a commutative monoid: tallies start empty, take one record
at a time (``add``) and merge with each other (``merge``), and the result does
not depend on the order. Each record's own facts are worked out once
(:class:`ActivityFacts`, :class:`SuggestionFacts`) and then added to every
breakdown it belongs to.

Memory: a tally holds counters and sets of ids (places, units, deputies), never
the activities or suggestions themselves. What needs another record (a place's
kind, a session's reported total, a plan's targets) is resolved when the
summary is built, from small reference records kept by id; the one exception,
a suggestion's group and station (from its lead deputy's dated memberships),
is resolved as soon as the deputy is known and kept pending until then.

Speed: this runs once per record of streams of millions, so counters are flat
lists of ints indexed by enum position, enum members are looked up by their
``_value_`` (hashing a member calls Python code; hashing its value string does
not), a record's increments are worked out once, and nothing allocates a
congresskit object per record. The classes are mutable while a summary is
built and never changed once a summary holds them: merging copies.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from congresskit.records.activities import Activity
from congresskit.records.counts import Count, figure_pair
from congresskit.records.enums import ActivityKind, Outcome, Satisfaction, Status, StudyKind
from congresskit.records.enums import SuggestionKind as Kind
from congresskit.records.policy import Policy
from congresskit.records.suggestions import (
    Assigned,
    Closed,
    Evaluated,
    Extended,
    Rehandled,
    Replied,
    Reviewed,
    Suggestion,
)
from congresskit.summary.periods import Period

ACTIVITY_KINDS = tuple(ActivityKind)
STUDY_KINDS = tuple(StudyKind)
_KIND = {k._value_: i for i, k in enumerate(ACTIVITY_KINDS)}
_STUDY_KIND = {k._value_: i for i, k in enumerate(STUDY_KINDS)}
# An activity tally's counters: activities, then one per kind, then the sums, then
# the items of bundled activities by kind, then study activities by subtype.
_SUMS = 1 + len(ACTIVITY_KINDS)
PARTICIPATIONS, PEOPLE, OPINIONS, HOUSEHOLDS, SUGGESTIONS, OTHERS, PERSON_DAYS = range(7)
_N_SUMS = 7
_ITEMS = _SUMS + _N_SUMS
_STUDIES = _ITEMS + len(ACTIVITY_KINDS)
_WIDTH_ACTIVITY = _STUDIES + len(STUDY_KINDS)
_UNLISTED = 1 << _N_SUMS  # the flag bit: some activity names fewer participants than it counts


def _enum_slots(*enums: type[enum.Enum]) -> tuple[dict[str, int], ...]:
    """Positions in a suggestion tally's counters, after the total, for each enum's values."""
    result, start = [], 1
    for cls in enums:
        result.append({m._value_: start + i for i, m in enumerate(cls)})
        start += len(cls)
    return tuple(result)


_SKIND, _SSTATUS, _SOUTCOME, _SRATING = _enum_slots(Kind, Status, Outcome, Satisfaction)
_FLAGS = 1 + len(Kind) + len(Status) + len(Outcome) + len(Satisfaction)
ON_TIME, LATE, OVERDUE, OPEN, REHANDLED, REPLIED = range(6)
_WIDTH = _FLAGS + 6


class ActivityFacts:
    """What one activity adds to a tally: (position, amount) pairs and flag bits."""

    __slots__ = ("activity", "flags", "households", "increments", "kind")

    def __init__(self, a: Activity) -> None:
        self.activity = a
        self.kind = _KIND[a.kind._value_]
        figures = (
            figure_pair(a.participants_reported, len(a.participants)),
            figure_pair(a.people_received, 0),
            figure_pair(a.opinions_collected, len(a.opinions)),
            figure_pair(a.households_contacted, 0),
            figure_pair(a.suggestions_reported, len(a.suggestions)),
            figure_pair(a.others_taking_part, 0),
            _person_days(a),
        )
        increments = [(0, 1), (1 + self.kind, 1)]
        # Items of a bundled activity count under their kinds; their people are
        # the activity's, so no figure is added for them.
        for item in a.items:
            increments.append((_ITEMS + _KIND[item.kind._value_], 1))
        if a.study is not None:
            increments.append((_STUDIES + _STUDY_KIND[a.study._value_], 1))
        flags = 0
        for i, (value, lower) in enumerate(figures):
            if value:
                increments.append((_SUMS + i, value))
            if lower:
                flags |= 1 << i
        if figures[PARTICIPATIONS][0] > len(a.participants) or figures[PARTICIPATIONS][1]:
            flags |= _UNLISTED
        self.increments = tuple(increments)
        self.flags = flags
        self.households = figures[HOUSEHOLDS]


def _person_days(a: Activity) -> tuple[int, bool]:
    """Deputies' person-days: participations times the days the activity lasted.

    A vague start or end makes it a lower figure (one day each).
    """
    people, lower = figure_pair(a.participants_reported, len(a.participants))
    if type(a.start) is dt.date and (a.end is None or type(a.end) is dt.date):
        return people * ((a.last_day - a.start).days + 1), lower
    return people, lower or bool(people)


class ActivityTally:
    """Activities added up: counters, sums that may be lower bounds, and distinct ids."""

    __slots__ = ("counts", "deputies", "flags", "places", "projects", "units")

    def __init__(self) -> None:
        self.counts = [0] * _WIDTH_ACTIVITY
        self.flags = 0
        self.places: set[str] = set()
        self.units: set[str] = set()
        self.projects: set[str] = set()
        self.deputies: set[str] = set()

    def add(self, facts: ActivityFacts) -> None:
        add_activity(facts, [self])

    def merge(self, other: ActivityTally) -> None:
        self.counts = [x + y for x, y in zip(self.counts, other.counts, strict=True)]
        self.flags |= other.flags
        self.places |= other.places
        self.units |= other.units
        self.projects |= other.projects
        self.deputies |= other.deputies

    @property
    def activities(self) -> int:
        return self.counts[0]

    @property
    def unlisted(self) -> bool:
        return bool(self.flags & _UNLISTED)

    def kinds(self) -> dict[ActivityKind, int]:
        """How many activities of each kind (kinds with none left out), in enum order."""
        return {k: n for k, n in zip(ACTIVITY_KINDS, self.counts[1:_SUMS], strict=True) if n}

    def item_kinds(self) -> dict[ActivityKind, int]:
        """How many items of bundled activities of each kind (kinds with none left out)."""
        items = self.counts[_ITEMS:_STUDIES]
        return {k: n for k, n in zip(ACTIVITY_KINDS, items, strict=True) if n}

    def study_kinds(self) -> dict[StudyKind, int]:
        """How many study activities of each subtype (subtypes with none left out)."""
        studies = self.counts[_STUDIES:]
        return {k: n for k, n in zip(STUDY_KINDS, studies, strict=True) if n}

    def count(self, index: int) -> Count:
        """One of the summed figures (``PEOPLE`` and so on), as a count."""
        return Count(self.counts[_SUMS + index], at_least=bool(self.flags & (1 << index)))

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActivityTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


def add_activity(facts: ActivityFacts, tallies: list[ActivityTally]) -> None:
    """Add one activity to each of ``tallies`` (one call per activity, not per tally)."""
    a = facts.activity
    increments, flags = facts.increments, facts.flags
    places, units, projects, deputies = a.places, a.units, a.projects, a.participants
    if a.items:
        # An item's units and projects are covered by the activity, once.
        units = tuple(dict.fromkeys((*units, *(u for i in a.items for u in i.units))))
        projects = tuple(dict.fromkeys((*projects, *(p for i in a.items for p in i.projects))))
    for tally in tallies:
        counts = tally.counts
        for i, value in increments:
            counts[i] += value
        if flags:
            tally.flags |= flags
        if places:
            tally.places.update(places)
        if units:
            tally.units.update(units)
        if projects:
            tally.projects.update(projects)
        if deputies:
            tally.deputies.update(deputies)


_STATUS_AFTER = {
    Assigned: Status.ASSIGNED,
    Extended: Status.ASSIGNED,
    Replied: Status.REPLIED,
    Evaluated: Status.EVALUATED,
    Rehandled: Status.REHANDLING,
    Closed: Status.CLOSED,
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
        closed_on: dt.date | None = None
        replied_in_period = rehandled = extended = rehandling = False
        start: dt.date | None = None
        rounds: list[tuple[dt.date, dt.date | None]] = []  # (due, replied) per round
        for e in s.events:
            if e.on > end:
                break
            kind = type(e)
            status = _DECIDED[e.decision._value_] if kind is Reviewed else _STATUS_AFTER[kind]  # type: ignore[union-attr]
            if kind is Assigned or kind is Rehandled:
                if kind is Assigned:
                    unit = e.lead_unit  # type: ignore[union-attr]
                rehandling = kind is Rehandled
                rehandled = rehandled or rehandling
                start, extended = e.on, False
            elif kind is Extended:
                extended = True
            elif kind is Replied:
                outcome = e.outcome  # type: ignore[union-attr]
                replied_in_period = replied_in_period or e.on >= period.start
                if start is not None:
                    rounds.append((due(start, extended, rehandling), e.on))
                    start = None
            elif kind is Evaluated:
                rating = e.handling  # type: ignore[union-attr]
            elif kind is Closed:
                closed_on = e.on
        if start is not None:
            rounds.append((due(start, extended, rehandling), None))
        increments = [0, _SKIND[s.kind._value_], _SSTATUS[status._value_]]
        if outcome is not None:
            increments.append(_SOUTCOME[outcome._value_])
        if rating is not None:
            increments.append(_SRATING[rating._value_])
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

    def by(self, cls: type[Any]) -> dict[Any, int]:
        """Counts by member of ``cls`` (SuggestionKind, Status, Outcome or Satisfaction)."""
        slots = {Kind: _SKIND, Status: _SSTATUS, Outcome: _SOUTCOME, Satisfaction: _SRATING}[cls]
        return {m: self.counts[slots[m._value_]] for m in cls if self.counts[slots[m._value_]]}

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SuggestionTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


class DeputyTally:
    """One deputy's part: activities by kind, households, suggestions and speeches."""

    __slots__ = ("cosigned", "households", "kinds", "led", "lower", "speeches")

    def __init__(self) -> None:
        self.kinds = [0] * len(ACTIVITY_KINDS)
        self.households = 0
        self.lower = False  # whether households is a lower bound
        self.led = 0
        self.cosigned = 0
        self.speeches = 0

    def merge(self, other: DeputyTally) -> None:
        self.kinds = [x + y for x, y in zip(self.kinds, other.kinds, strict=True)]
        self.households += other.households
        self.lower = self.lower or other.lower
        self.led += other.led
        self.cosigned += other.cosigned
        self.speeches += other.speeches

    def by_kind(self) -> dict[ActivityKind, int]:
        """Activities taken part in, by kind (kinds with none left out)."""
        return {k: n for k, n in zip(ACTIVITY_KINDS, self.kinds, strict=True) if n}

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeputyTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]
