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
from typing import Any

from congresskit.records.activities import FIGURES, Activity, ParticipantFigures
from congresskit.records.counts import Count, figure_pair
from congresskit.records.enums import ActivityKind, Level, StudyKind
from congresskit.summary._suggestion_tally import (  # the suggestion tally, re-exported
    FIRST_RATED as FIRST_RATED,
)
from congresskit.summary._suggestion_tally import (
    FIRST_SATISFIED as FIRST_SATISFIED,
)
from congresskit.summary._suggestion_tally import (
    LATE as LATE,
)
from congresskit.summary._suggestion_tally import (
    ON_TIME as ON_TIME,
)
from congresskit.summary._suggestion_tally import (
    OPEN as OPEN,
)
from congresskit.summary._suggestion_tally import (
    OVERDUE as OVERDUE,
)
from congresskit.summary._suggestion_tally import (
    REHANDLED as REHANDLED,
)
from congresskit.summary._suggestion_tally import (
    REPLIED as REPLIED,
)
from congresskit.summary._suggestion_tally import (
    RETURNED as RETURNED,
)
from congresskit.summary._suggestion_tally import (
    DueDates as DueDates,
)
from congresskit.summary._suggestion_tally import (
    SuggestionFacts as SuggestionFacts,
)
from congresskit.summary._suggestion_tally import (
    SuggestionTally as SuggestionTally,
)

ACTIVITY_KINDS = tuple(ActivityKind)
STUDY_KINDS = tuple(StudyKind)
_KIND = {k._value_: i for i, k in enumerate(ACTIVITY_KINDS)}
_STUDY_KIND = {k._value_: i for i, k in enumerate(STUDY_KINDS)}
# An activity tally's counters: activities, then one per kind, then the sums, then
# the items of bundled activities by kind, then study activities by subtype.
_SUMS = 1 + len(ACTIVITY_KINDS)
(
    PARTICIPATIONS,
    PEOPLE,
    OPINIONS,
    HOUSEHOLDS,
    SUGGESTIONS,
    OTHERS,
    PERSON_DAYS,
    FOLLOWED_UP,
    REPORTED_BACK,
) = range(9)
# Not sums of figures: how many activities record who (or how many) took part, and how
# many state how many earlier opinions they followed up, and how many were reported back.
RECORDED, FOLLOWED_UP_STATED, REPORTED_BACK_STATED = 9, 10, 11
_N_SUMS = 12
_ITEMS = _SUMS + _N_SUMS
_STUDIES = _ITEMS + len(ACTIVITY_KINDS)
_WIDTH_ACTIVITY = _STUDIES + len(STUDY_KINDS)
_UNLISTED = 1 << _N_SUMS  # the flag bit: some activity names fewer participants than it counts


class ActivityFacts:
    """What one activity adds to a tally: (position, amount) pairs and flag bits."""

    __slots__ = (
        "activity",
        "flags",
        "households",
        "increments",
        "item_times",
        "kind",
        "levels",
        "most",
    )

    def __init__(self, a: Activity) -> None:
        self.activity = a
        self.kind = _KIND[a.kind._value_]
        # Deputies by the level of their congress, as the activity counts them.
        self.levels = tuple(
            (c.level._value_, c.count.value, c.count.at_least) for c in a.participants_by_level
        )
        figures = (
            figure_pair(a.participants_reported, len(a.participants)),
            figure_pair(a.people_received, 0),
            figure_pair(a.opinions_collected, len(a.opinions)),
            figure_pair(a.households_contacted, 0),
            figure_pair(a.suggestions_reported, len(a.suggestions)),
            figure_pair(a.others_taking_part, 0),
            _person_days(a),
            *_followed_up(a),
        )
        # Items counted inside the activity (20 forums): times per item, once if not counted.
        self.item_times = tuple(
            (i.kind._value_, i.times.value if i.times else 1, bool(i.times and i.times.at_least))
            for i in a.items
        )
        # A record of several activities (given as a total over a span) counts as
        # that many; its figures are already the totals over all of them.
        n = a.occurrences or 1
        increments = [(0, n), (1 + self.kind, n)]
        # Items of a bundled activity count under their kinds; their people are
        # the activity's, so no figure is added for them.
        for item in a.items:  # each of the activities a record stands for had its items
            increments.append((_ITEMS + _KIND[item.kind._value_], n))
        if a.study is not None:
            increments.append((_STUDIES + _STUDY_KIND[a.study._value_], n))
        flags = 0
        for i, (value, lower) in enumerate(figures):
            if value:
                increments.append((_SUMS + i, value))
            if lower:
                flags |= 1 << i
        if figures[PARTICIPATIONS][0] > len(a.participants) or figures[PARTICIPATIONS][1]:
            flags |= _UNLISTED
        if a.participants or a.participants_reported is not None:
            increments.append((_SUMS + RECORDED, 1))
        counted = [f for f in a.follow_ups if f.opinions is not None]
        if counted:
            increments.append((_SUMS + FOLLOWED_UP_STATED, 1))
        if any(f.reported_back is not None for f in counted):
            increments.append((_SUMS + REPORTED_BACK_STATED, 1))
        # One activity's participants are distinct deputies: a bound on the distinct count.
        self.most = figures[PARTICIPATIONS][0]
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


def _followed_up(a: Activity) -> tuple[tuple[int, bool], tuple[int, bool]]:
    """Earlier opinions followed up, and those of them reported back to the voters.

    A follow-up that does not say how many opinions it covers (or, for the
    second figure, whether they were reported back) makes each a lower figure.
    """
    followed, reported = 0, 0
    followed_lower, reported_lower = False, False
    for f in a.follow_ups:
        if f.opinions is None:
            followed_lower = True
            reported_lower = reported_lower or f.reported_back is not False
            continue
        followed += f.opinions.value
        followed_lower = followed_lower or f.opinions.at_least
        if f.reported_back:
            reported += f.opinions.value
            reported_lower = reported_lower or f.opinions.at_least
        elif f.reported_back is None:
            reported_lower = True
    return (followed, followed_lower), (reported, reported_lower)


class ActivityTally:
    """Activities added up: counters, sums that may be lower bounds, and distinct ids."""

    __slots__ = (
        "counts",
        "deputies",
        "flags",
        "item_times",
        "levels",
        "most",
        "places",
        "projects",
        "topics",
        "units",
    )

    def __init__(self) -> None:
        self.counts = [0] * _WIDTH_ACTIVITY
        self.flags = 0
        self.most = 0  # the most participants one activity had
        self.places: set[str] = set()
        self.units: set[str] = set()
        self.projects: set[str] = set()
        self.deputies: set[str] = set()
        self.topics: set[str] = set()
        # level value -> [participations counted at that level, whether a lower bound]
        self.levels: dict[str, list[int]] = {}
        # item kind value -> [times the items of that kind were done, whether a lower bound]
        self.item_times: dict[str, list[int]] = {}

    def add(self, facts: ActivityFacts) -> None:
        add_activity(facts, [self])

    def merge(self, other: ActivityTally) -> None:
        self.counts = [x + y for x, y in zip(self.counts, other.counts, strict=True)]
        self.flags |= other.flags
        self.most = max(self.most, other.most)
        self.places |= other.places
        self.units |= other.units
        self.projects |= other.projects
        self.deputies |= other.deputies
        self.topics |= other.topics
        for mine, theirs in ((self.levels, other.levels), (self.item_times, other.item_times)):
            for key, (value, lower) in theirs.items():
                entry = mine.setdefault(key, [0, 0])
                entry[0] += value
                entry[1] |= lower

    def times_by_kind(self) -> dict[ActivityKind, Count]:
        """How many times the items of each kind were done (kinds with none left out)."""
        times = self.item_times
        return {
            kind: Count(entry[0], at_least=bool(entry[1]))
            for kind in ACTIVITY_KINDS
            if (entry := times.get(kind._value_)) is not None
        }

    def by_level(self) -> dict[Level, Count]:
        """Participations counted by the level of the deputies' congress, in enum order."""
        levels = self.levels
        return {
            level: Count(entry[0], at_least=bool(entry[1]))
            for level in Level
            if (entry := levels.get(level._value_)) is not None
        }

    @property
    def activities(self) -> int:
        return self.counts[0]

    @property
    def unlisted(self) -> bool:
        return bool(self.flags & _UNLISTED)

    @property
    def recorded(self) -> int:
        """How many activities record who, or how many, took part."""
        return self.counts[_SUMS + RECORDED]

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

    def stated(self, index: int, stated: int) -> Count | None:
        """A summed figure some activities may leave unstated: ``None`` if none states it."""
        return self.count(index) if self.counts[_SUMS + stated] else None

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
    topics = a.topics
    n = a.occurrences or 1  # each of the activities a record stands for had its items
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
        if facts.most > tally.most:
            tally.most = facts.most
        if places:
            tally.places.update(places)
        if units:
            tally.units.update(units)
        if projects:
            tally.projects.update(projects)
        if deputies:
            tally.deputies.update(deputies)
        if topics:
            tally.topics.update(topics)
        for level, value, lower in facts.levels:
            entry = tally.levels.setdefault(level, [0, 0])
            entry[0] += value
            entry[1] |= lower
        for kind, value, lower in facts.item_times:
            entry = tally.item_times.setdefault(kind, [0, 0])
            entry[0] += value * n
            entry[1] |= lower


# The status after each step (a holding reply, a correction and a follow-up
# leave the status as it was: None).
class DeputyTally:
    """One deputy's part: activities by kind, households, own figures and suggestions.

    Speeches are not tallied here: a session is a reference record that several
    parts may carry, so its speeches are counted once, when the summary is built.
    """

    __slots__ = ("cosigned", "households", "kinds", "led", "lower", "own")

    def __init__(self) -> None:
        self.kinds = [0] * len(ACTIVITY_KINDS)
        self.households = 0
        self.lower = False  # whether households is a lower bound
        # The deputy's own figures (in FIGURES order), summed; None where none is given.
        self.own: list[Count | None] = [None] * len(FIGURES)
        self.led = 0
        self.cosigned = 0

    def add_own(self, entry: ParticipantFigures) -> None:
        """Add the deputy's own figures on one activity."""
        own = self.own
        for i, figure in enumerate(FIGURES):
            count = getattr(entry, figure)
            if count is not None:
                mine = own[i]
                own[i] = count if mine is None else mine + count

    def merge(self, other: DeputyTally) -> None:
        self.kinds = [x + y for x, y in zip(self.kinds, other.kinds, strict=True)]
        self.households += other.households
        self.lower = self.lower or other.lower
        self.own = [
            y if x is None else x if y is None else x + y
            for x, y in zip(self.own, other.own, strict=True)
        ]
        self.led += other.led
        self.cosigned += other.cosigned

    def by_kind(self) -> dict[ActivityKind, int]:
        """Activities taken part in, by kind (kinds with none left out)."""
        return {k: n for k, n in zip(ACTIVITY_KINDS, self.kinds, strict=True) if n}

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeputyTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]
