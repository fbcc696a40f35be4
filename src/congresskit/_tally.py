"""The mergeable tallies behind period summaries.

Everything here is a commutative monoid: tallies start empty, take one record
at a time (``add``) and merge with each other (``merge``), and the result does
not depend on the order. Each record's own facts are worked out once
(:class:`ActivityFacts`, :class:`SuggestionFacts`) and then added to every
breakdown it belongs to, so the cost per record stays small.

Memory: a tally holds counters and sets of ids (places, units, deputies), never
the activities or suggestions themselves. What needs another record (a place's
kind, a session's reported total, a plan's targets) is resolved when the
summary is built, from small reference records kept by id; the one exception,
a suggestion's group and station (from its lead deputy's dated memberships),
is resolved as soon as the deputy is known and kept pending until then.

The classes are mutable for speed while a summary is being built, and are
never changed once a summary holds them: merging copies.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from congresskit.activities import Activity, Campaign
from congresskit.body import Congress, Place, Term, Unit
from congresskit.counts import Count, reported_or_itemised
from congresskit.enums import ActivityKind, MembershipKind, Outcome, Satisfaction, Status
from congresskit.enums import SuggestionKind as Kind
from congresskit.people import Deputy, DeputyGroup, Station
from congresskit.periods import Period
from congresskit.plans import WorkPlan
from congresskit.policy import Policy
from congresskit.projects import LivelihoodProject
from congresskit.sessions import PresidiumMeeting, Session
from congresskit.suggestions import Closed, Evaluated, Replied, Suggestion

# The positions of an activity's summed figures in ActivityTally.sums.
PARTICIPATIONS, PEOPLE, OPINIONS, HOUSEHOLDS, SUGGESTIONS = range(5)
# The positions of a suggestion's yes/no figures in SuggestionTally.flags.
ON_TIME, LATE, OVERDUE, OPEN, REHANDLED, REPLIED = range(6)


def _figure(count: Count | None) -> tuple[int, bool]:
    return (0, False) if count is None else (count.value, count.at_least)


class ActivityFacts:
    """What one activity contributes, worked out once."""

    __slots__ = ("activity", "flags", "sums", "unlisted")

    def __init__(self, a: Activity) -> None:
        self.activity = a
        parts = (
            reported_or_itemised(a.participants_reported, len(a.participants)),
            a.people_received,
            reported_or_itemised(a.opinions_collected, len(a.opinions)),
            a.households_contacted,
            reported_or_itemised(a.suggestions_reported, len(a.suggestions)),
        )
        figures = [_figure(c) for c in parts]
        self.sums = [value for value, _ in figures]
        self.flags = [lower for _, lower in figures]
        # Some participants are only counted, not named: distinct deputies are a lower bound.
        self.unlisted = (
            self.sums[PARTICIPATIONS] > len(a.participants) or self.flags[PARTICIPATIONS]
        )


class ActivityTally:
    """Activities added up: counts, sums that may be lower bounds, and distinct ids."""

    __slots__ = (
        "activities",
        "deputies",
        "flags",
        "kinds",
        "places",
        "projects",
        "sums",
        "units",
        "unlisted",
    )

    def __init__(self) -> None:
        self.activities = 0
        self.kinds: Counter[ActivityKind] = Counter()
        self.places: set[str] = set()
        self.units: set[str] = set()
        self.projects: set[str] = set()
        self.deputies: set[str] = set()
        self.unlisted = False
        self.sums = [0] * 5
        self.flags = [False] * 5

    def add(self, facts: ActivityFacts) -> None:
        a = facts.activity
        self.activities += 1
        self.kinds[a.kind] += 1
        self.places.update(a.places)
        self.units.update(a.units)
        self.projects.update(a.projects)
        self.deputies.update(a.participants)
        self.unlisted = self.unlisted or facts.unlisted
        sums, flags = self.sums, self.flags
        for i in range(5):
            sums[i] += facts.sums[i]
            flags[i] = flags[i] or facts.flags[i]

    def merge(self, other: ActivityTally) -> None:
        self.activities += other.activities
        self.kinds.update(other.kinds)
        self.places |= other.places
        self.units |= other.units
        self.projects |= other.projects
        self.deputies |= other.deputies
        self.unlisted = self.unlisted or other.unlisted
        for i in range(5):
            self.sums[i] += other.sums[i]
            self.flags[i] = self.flags[i] or other.flags[i]

    def count(self, index: int) -> Count:
        """One of the summed figures, as a count."""
        return Count(self.sums[index], at_least=self.flags[index])

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ActivityTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


class SuggestionFacts:
    """What one suggestion contributes to a period's figures, as of the period's end."""

    __slots__ = ("category", "flags", "in_hand", "kind", "outcome", "rating", "status", "unit")

    def __init__(self, s: Suggestion, period: Period, policy: Policy) -> None:
        if s.events and s.events[-1].on > period.end:
            s = s.as_of(period.end)
        self.kind: Kind = s.kind
        self.category = s.category
        self.status: Status = s.status
        self.outcome: Outcome | None = s.outcome
        assignment = s.assignment
        self.unit = assignment.lead_unit if assignment is not None else None
        rating: Satisfaction | None = None
        closed_on: dt.date | None = None
        replied_in_period = False
        for event in s.events:
            if isinstance(event, Evaluated):
                rating = event.handling
            elif isinstance(event, Closed):
                closed_on = event.on
            elif isinstance(event, Replied) and event.on >= period.start:
                replied_in_period = True
        self.rating = rating
        # A suggestion closed before the period began is no longer in hand.
        self.in_hand = closed_on is None or closed_on >= period.start
        rounds = s.rounds(policy)
        first = rounds[0] if rounds else None
        answered = first is not None and first.replied is not None
        on_time = answered and first is not None and first.on_time is True
        self.flags = (
            int(on_time),
            int(answered and not on_time),
            int(bool(rounds) and rounds[-1].overdue(period.end)),
            int(self.status is not Status.CLOSED),
            int(s.rehandled),
            int(replied_in_period),
        )


class SuggestionTally:
    """Suggestions added up: by kind, category, handling unit, status, outcome and rating."""

    __slots__ = (
        "categories",
        "flags",
        "kinds",
        "outcomes",
        "ratings",
        "statuses",
        "suggestions",
        "units",
    )

    def __init__(self) -> None:
        self.suggestions = 0
        self.kinds: Counter[Kind] = Counter()
        self.categories: Counter[str] = Counter()
        self.units: Counter[str] = Counter()
        self.statuses: Counter[Status] = Counter()
        self.outcomes: Counter[Outcome] = Counter()
        self.ratings: Counter[Satisfaction] = Counter()
        self.flags = [0] * 6

    def add(self, facts: SuggestionFacts) -> None:
        self.suggestions += 1
        self.kinds[facts.kind] += 1
        self.statuses[facts.status] += 1
        if facts.category is not None:
            self.categories[facts.category] += 1
        if facts.unit is not None:
            self.units[facts.unit] += 1
        if facts.outcome is not None:
            self.outcomes[facts.outcome] += 1
        if facts.rating is not None:
            self.ratings[facts.rating] += 1
        flags = self.flags
        for i in range(6):
            flags[i] += facts.flags[i]

    def merge(self, other: SuggestionTally) -> None:
        self.suggestions += other.suggestions
        for name in ("kinds", "categories", "units", "statuses", "outcomes", "ratings"):
            getattr(self, name).update(getattr(other, name))
        for i in range(6):
            self.flags[i] += other.flags[i]

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SuggestionTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


class DeputyTally:
    """One deputy's part in the period: activities by kind, households, suggestions, speeches."""

    __slots__ = ("cosigned", "households", "kinds", "led", "lower", "speeches")

    def __init__(self) -> None:
        self.kinds: Counter[ActivityKind] = Counter()
        self.households = 0
        self.lower = False  # whether households is a lower bound
        self.led = 0
        self.cosigned = 0
        self.speeches = 0

    def merge(self, other: DeputyTally) -> None:
        self.kinds.update(other.kinds)
        self.households += other.households
        self.lower = self.lower or other.lower
        self.led += other.led
        self.cosigned += other.cosigned
        self.speeches += other.speeches

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeputyTally) and self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]


def _merge_into(mine: dict[Any, Any], theirs: dict[Any, Any], make: type[Any]) -> None:
    for key, tally in theirs.items():
        target = mine.get(key)
        if target is None:
            target = mine[key] = make()
        target.merge(tally)


#: The reference records a summary keeps by id, by the name of the dict that holds them.
DIRECTORY: dict[type[Any], str] = {
    Congress: "congresses",
    Term: "terms",
    Unit: "units",
    Place: "places",
    Deputy: "deputies",
    DeputyGroup: "groups",
    Station: "stations",
    Session: "sessions",
    PresidiumMeeting: "meetings",
    LivelihoodProject: "projects",
    Campaign: "campaigns",
    WorkPlan: "plans",
}
_ACTIVITY_BREAKDOWNS = ("by_kind", "by_month", "by_station", "by_group", "by_campaign")
_SUGGESTION_BREAKDOWNS = ("sug_by_group", "sug_by_station")


class State:
    """Everything a period summary is built from; merging two states adds their records."""

    def __init__(self, period: Period, policy: Policy) -> None:
        self.period = period
        self.policy = policy
        for name in DIRECTORY.values():
            setattr(self, name, {})
        self.activities = ActivityTally()
        for name in _ACTIVITY_BREAKDOWNS:
            setattr(self, name, {})
        self.project_activities: Counter[str] = Counter()
        self.deputy: dict[str, DeputyTally] = {}
        self.raised = SuggestionTally()
        self.in_hand = SuggestionTally()
        self.at_session: Counter[str] = Counter()
        self.sug_by_group: dict[str, SuggestionTally] = {}
        self.sug_by_station: dict[str, SuggestionTally] = {}
        # lead deputy id -> day raised -> suggestions waiting for the deputy's record
        self.pending: dict[str, dict[dt.date, SuggestionTally]] = {}

    # The reference records, typed for the code that reads them.
    congresses: dict[str, Congress]
    terms: dict[str, Term]
    units: dict[str, Unit]
    places: dict[str, Place]
    deputies: dict[str, Deputy]
    groups: dict[str, DeputyGroup]
    stations: dict[str, Station]
    sessions: dict[str, Session]
    meetings: dict[str, PresidiumMeeting]
    projects: dict[str, LivelihoodProject]
    campaigns: dict[str, Campaign]
    plans: dict[str, WorkPlan]
    by_kind: dict[ActivityKind, ActivityTally]
    by_month: dict[Period, ActivityTally]
    by_station: dict[str, ActivityTally]
    by_group: dict[str, ActivityTally]
    by_campaign: dict[str, ActivityTally]

    def _keys(self) -> tuple[Any, ...]:
        names = (
            *DIRECTORY.values(),
            *_ACTIVITY_BREAKDOWNS,
            *_SUGGESTION_BREAKDOWNS,
            "period",
            "policy",
            "activities",
            "project_activities",
            "deputy",
            "raised",
            "in_hand",
            "at_session",
            "pending",
        )
        return tuple(getattr(self, name) for name in names)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, State) and self._keys() == other._keys()

    __hash__ = None  # type: ignore[assignment]

    # -- adding records ---------------------------------------------------------------------

    def add(self, record: Any) -> bool:
        """Add one record; ``False`` if it is not a congresskit record."""
        kind = type(record)
        if kind is Activity:
            self.add_activity(record)
        elif kind is Suggestion:
            self.add_suggestion(record)
        elif kind in DIRECTORY:
            self.add_reference(record)
        else:
            return False
        return True

    def add_reference(self, record: Any) -> None:
        if isinstance(record, Session) and self.period.overlaps(record.start, record.last_day):
            for speech in record.speeches:
                self.deputy_tally(speech.deputy).speeches += 1
        elif (
            (isinstance(record, PresidiumMeeting) and not self.period.contains(record.on))
            or (isinstance(record, Campaign) and not self.period.overlaps(record.start, record.end))
            or (isinstance(record, WorkPlan) and not self.plan_in_view(record))
        ):
            return
        getattr(self, DIRECTORY[type(record)])[record.id] = record
        if isinstance(record, Deputy) and record.id in self.pending:
            for day, tally in self.pending.pop(record.id).items():
                self.file_by_membership(record, day, tally)

    def plan_in_view(self, plan: WorkPlan) -> bool:
        """A plan covering the period (to track), or starting in the next one (to show)."""
        covers = plan.start <= self.period.start and self.period.end <= plan.end
        return covers or self.period.end < plan.start <= self.period.end + dt.timedelta(
            days=self.period.days
        )

    def deputy_tally(self, deputy: str) -> DeputyTally:
        tally = self.deputy.get(deputy)
        if tally is None:
            tally = self.deputy[deputy] = DeputyTally()
        return tally

    def add_activity(self, a: Activity) -> None:
        if not self.period.contains(a.start):
            return
        facts = ActivityFacts(a)
        self.activities.add(facts)
        for name, key in (
            ("by_kind", a.kind),
            ("by_month", Period.month_of(a.start)),
            ("by_station", a.station),
            ("by_group", a.group),
            ("by_campaign", a.campaign),
        ):
            if key is not None:
                breakdown = getattr(self, name)
                tally = breakdown.get(key)
                if tally is None:
                    tally = breakdown[key] = ActivityTally()
                tally.add(facts)
        for project in a.projects:
            self.project_activities[project] += 1
        households, lower = facts.sums[HOUSEHOLDS], facts.flags[HOUSEHOLDS]
        for deputy in a.participants:
            # The model's rule: households contacted on an activity are credited
            # to each deputy listed as taking part.
            tally = self.deputy_tally(deputy)
            tally.kinds[a.kind] += 1
            tally.households += households
            tally.lower = tally.lower or lower

    def add_suggestion(self, s: Suggestion) -> None:
        if s.raised_on > self.period.end:
            return
        facts = SuggestionFacts(s, self.period, self.policy)
        if facts.in_hand:
            self.in_hand.add(facts)
        if s.raised_on < self.period.start:
            return
        self.raised.add(facts)
        if s.session is not None:
            self.at_session[s.session] += 1
        self.deputy_tally(s.lead).led += 1
        for cosigner in s.cosigners:
            self.deputy_tally(cosigner).cosigned += 1
        single = SuggestionTally()
        single.add(facts)
        deputy = self.deputies.get(s.lead)
        if deputy is not None:
            self.file_by_membership(deputy, s.raised_on, single)
        else:
            waiting = self.pending.setdefault(s.lead, {})
            if s.raised_on in waiting:
                waiting[s.raised_on].merge(single)
            else:
                waiting[s.raised_on] = single

    def file_by_membership(self, deputy: Deputy, day: dt.date, tally: SuggestionTally) -> None:
        """Add ``tally`` to the groups and stations ``deputy`` belonged to on ``day``."""
        for kind, breakdown in (
            (MembershipKind.GROUP, self.sug_by_group),
            (MembershipKind.STATION, self.sug_by_station),
        ):
            for key in deputy.memberships_on(kind, day):
                target = breakdown.get(key)
                if target is None:
                    target = breakdown[key] = SuggestionTally()
                target.merge(tally)

    # -- merging ----------------------------------------------------------------------------

    def merged(self, other: State) -> State:
        """A new state holding the records of both (which must be disjoint)."""
        result = State(self.period, self.policy)
        for part in (self, other):
            result.merge(part)
        return result

    def merge(self, other: State) -> None:
        for name in DIRECTORY.values():
            getattr(self, name).update(getattr(other, name))
        self.activities.merge(other.activities)
        for name in _ACTIVITY_BREAKDOWNS:
            _merge_into(getattr(self, name), getattr(other, name), ActivityTally)
        self.project_activities.update(other.project_activities)
        _merge_into(self.deputy, other.deputy, DeputyTally)
        self.raised.merge(other.raised)
        self.in_hand.merge(other.in_hand)
        self.at_session.update(other.at_session)
        for name in _SUGGESTION_BREAKDOWNS:
            _merge_into(getattr(self, name), getattr(other, name), SuggestionTally)
        for lead, days in other.pending.items():
            for day, tally in days.items():
                deputy = self.deputies.get(lead)
                if deputy is not None:
                    self.file_by_membership(deputy, day, tally)
                else:
                    waiting = self.pending.setdefault(lead, {})
                    waiting.setdefault(day, SuggestionTally()).merge(tally)
        for lead in [lead for lead in self.pending if lead in self.deputies]:
            for day, tally in self.pending.pop(lead).items():
                self.file_by_membership(self.deputies[lead], day, tally)
