"""The state a period summary is built from: reference records and tallies.

A :class:`State` takes records of any type in any order (:meth:`State.add`) and
merges with another state of the same period (:meth:`State.merged`); the result
depends only on the set of records added, never on their order or on how they
were split, which is what makes summaries add up.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.cycle import ElectionPlan
from congresskit.records.dates import When, earliest, latest
from congresskit.records.enums import ActivityKind, MembershipKind
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.policy import Policy
from congresskit.records.projects import LivelihoodProject
from congresskit.records.provenance import Source
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.records.sessions import PresidiumMeeting, Session
from congresskit.records.suggestions import Suggestion
from congresskit.records.tombstones import Tombstone
from congresskit.summary._tally import (
    ACTIVITY_KINDS,
    ActivityFacts,
    ActivityTally,
    DeputyTally,
    DueDates,
    SuggestionFacts,
    SuggestionTally,
    add_activity,
)
from congresskit.summary.periods import Period, PeriodError
from congresskit.summary.rulebook import in_view


def _placement(record: PresidiumMeeting | Campaign, period: Period) -> bool | None:
    """Whether a meeting is in, or a campaign runs in, the period (``None``: maybe)."""
    if isinstance(record, PresidiumMeeting):
        return period.placement(record.on)
    # A campaign whose start is not stated may have started any time before its end.
    start = record.start if record.start is not None else When.between(dt.date.min, dt.date.max)
    if record.start is None and record.end is not None:
        start = When.between(dt.date.min, record.end)
    return period.overlap(start, record.end)


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
    RuleDocument: "rules",
    Honour: "honours",
    BudgetLine: "budget_lines",
    Allowance: "allowances",
    ElectionPlan: "election_plans",
}
_ACTIVITY_BREAKDOWNS = (
    "by_kind",
    "by_month",
    "by_station",
    "by_group",
    "by_campaign",
    "by_theme",
)
_SUGGESTION_BREAKDOWNS = ("sug_by_group", "sug_by_station")
# "possible": records that may or may not fall in the period (vague dates), by section.
_COUNTERS = ("project_activities", "at_session", "possible")


def _tally(breakdown: dict[Any, Any], key: Any, make: type[Any]) -> Any:
    tally = breakdown.get(key)
    if tally is None:
        tally = breakdown[key] = make()
    return tally


def _merge_into(mine: dict[Any, Any], theirs: dict[Any, Any], make: type[Any]) -> None:
    for key, tally in theirs.items():
        _tally(mine, key, make).merge(tally)


class State:
    """Everything a period summary is built from; merging two states adds their records."""

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
    rules: dict[str, RuleDocument]
    honours: dict[str, Honour]
    budget_lines: dict[str, BudgetLine]
    allowances: dict[str, Allowance]
    election_plans: dict[str, ElectionPlan]
    # Activities by kind (position in ActivityKind), by month (year * 12 + month - 1),
    # and by the ids of station, group and campaign.
    by_kind: dict[int, ActivityTally]
    by_month: dict[int, ActivityTally]
    by_station: dict[str, ActivityTally]
    by_group: dict[str, ActivityTally]
    by_campaign: dict[str, ActivityTally]
    by_theme: dict[str, ActivityTally]
    sug_by_group: dict[str, SuggestionTally]
    sug_by_station: dict[str, SuggestionTally]
    project_activities: dict[str, int]
    at_session: dict[str, int]
    possible: dict[str, int]

    def __init__(self, period: Period, policy: Policy) -> None:
        self.period = period
        self.policy = policy
        for name in (*DIRECTORY.values(), *_ACTIVITY_BREAKDOWNS, *_SUGGESTION_BREAKDOWNS):
            setattr(self, name, {})
        for name in _COUNTERS:
            setattr(self, name, {})
        self.deputy: dict[str, DeputyTally] = {}
        # group id -> the months (year * 12 + month - 1) in which it held an activity
        self.group_months: dict[str, set[int]] = {}
        self.raised = SuggestionTally()
        self.in_hand = SuggestionTally()
        # lead deputy id -> day raised -> suggestions waiting for the deputy's record
        self.pending: dict[str, dict[dt.date, SuggestionTally]] = {}
        # The sources of the records the summary counts (a set, kept as dict keys).
        self.sources: dict[Source, None] = {}
        self.due = DueDates(policy)  # a cache, not part of the state's value

    def _keys(self) -> tuple[Any, ...]:
        names = (
            *DIRECTORY.values(),
            *_ACTIVITY_BREAKDOWNS,
            *_SUGGESTION_BREAKDOWNS,
            *_COUNTERS,
            "period",
            "policy",
            "deputy",
            "group_months",
            "raised",
            "in_hand",
            "pending",
            "sources",
        )
        return tuple(getattr(self, name) for name in names)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, State) and self._keys() == other._keys()

    __hash__ = None  # type: ignore[assignment]

    # -- reading ----------------------------------------------------------------------------

    def kind_tallies(self) -> dict[ActivityKind, ActivityTally]:
        """The activity tallies by kind, in the enum's order."""
        return {ACTIVITY_KINDS[i]: self.by_kind[i] for i in sorted(self.by_kind)}

    def month_tallies(self) -> dict[Period, ActivityTally]:
        """The activity tallies by calendar month, in order."""
        return {
            Period.month(key // 12, key % 12 + 1): self.by_month[key]
            for key in sorted(self.by_month)
        }

    def all_activities(self) -> ActivityTally:
        """All activities of the period, in one tally."""
        total = ActivityTally()
        for tally in self.by_kind.values():
            total.merge(tally)
        return total

    def deputy_tally(self, deputy: str) -> DeputyTally:
        return _tally(self.deputy, deputy, DeputyTally)  # type: ignore[no-any-return]

    # -- adding records ---------------------------------------------------------------------

    def add(self, record: Any) -> bool:
        """Add one record; ``False`` if it is not a congresskit record.

        A tombstone (a deletion in an incremental feed, as JSON Lines streams
        carry them) is not a record and is passed over, as iterating a
        :class:`~congresskit.RecordSet` passes over its tombstones.
        """
        kind = type(record)
        if kind is Activity:
            self.add_activity(record)
        elif kind is Suggestion:
            self.add_suggestion(record)
        elif kind in DIRECTORY:
            self.add_reference(record)
        else:
            return kind is Tombstone
        return True

    def maybe(self, section: str) -> None:
        """Count a record of ``section`` that may or may not fall in the period."""
        self.possible[section] = self.possible.get(section, 0) + 1

    def cite(self, record: Any) -> None:
        for source in record.sources:
            self.sources[source] = None

    def add_reference(self, record: Any) -> None:
        period = self.period
        if isinstance(record, Session) and period.overlaps(record.start, record.last_day):
            for speech in record.speeches:
                self.deputy_tally(speech.deputy).speeches += 1
        elif isinstance(record, (PresidiumMeeting, Campaign)):
            where = _placement(record, period)
            if where is not True:
                if where is None:
                    self.maybe("meetings" if isinstance(record, PresidiumMeeting) else "campaigns")
                return
        elif isinstance(record, WorkPlan) and not self.plan_in_view(record):
            return
        elif isinstance(record, (Honour, BudgetLine, RuleDocument, Allowance, ElectionPlan)):
            where = in_view(record, period)
            if where is not True:
                if where is None:
                    self.maybe("honours" if isinstance(record, Honour) else "election_plans")
                return
        if record.sources and (
            not isinstance(record, Session) or period.overlaps(record.start, record.last_day)
        ):
            self.cite(record)
        getattr(self, DIRECTORY[type(record)])[record.id] = record
        if isinstance(record, Deputy) and record.id in self.pending:
            for day, tally in self.pending.pop(record.id).items():
                self.file(record, day, tally)

    def plan_in_view(self, plan: WorkPlan) -> bool:
        """A plan covering the period (to track), or for the next one (to show)."""
        period = self.period
        covers = plan.start <= period.start and period.end <= plan.end
        return covers or self.plan_for_next(plan)

    def plan_for_next(self, plan: WorkPlan) -> bool:
        """Whether ``plan`` lies within the next period, which a report titles it by."""
        try:
            following = self.period.next()
        except PeriodError:  # no period after the year 9999
            return False
        return following.start <= plan.start and plan.end <= following.end

    def add_activity(self, a: Activity) -> None:
        start = a.start
        if type(start) is dt.date:
            if not self.period.start <= start <= self.period.end:
                return
        else:
            where = self.period.placement(start)
            if where is not True:
                if where is None:
                    self.maybe("activities")
                return
        if a.sources:
            self.cite(a)
        facts = ActivityFacts(a)
        tallies = [_tally(self.by_kind, facts.kind, ActivityTally)]
        last = latest(start)
        if (last.year, last.month) == (start.year, start.month):
            # By month only when the month is known: a date vaguer than a
            # month counts in the totals but in no month.
            tallies.append(_tally(self.by_month, start.year * 12 + start.month - 1, ActivityTally))
        if a.station is not None:
            tallies.append(_tally(self.by_station, a.station, ActivityTally))
        by_month = (last.year, last.month) == (start.year, start.month)
        if a.group is not None:
            tallies.append(_tally(self.by_group, a.group, ActivityTally))
            if by_month:
                months = self.group_months.setdefault(a.group, set())
                months.add(start.year * 12 + start.month - 1)
        if a.campaign is not None:
            tallies.append(_tally(self.by_campaign, a.campaign, ActivityTally))
        for theme in a.themes:
            tallies.append(_tally(self.by_theme, theme, ActivityTally))
        add_activity(facts, tallies)
        counts = self.project_activities
        projects = a.projects
        if a.items:
            projects = tuple(dict.fromkeys((*projects, *(p for i in a.items for p in i.projects))))
        for project in projects:
            counts[project] = counts.get(project, 0) + 1
        households, lower = facts.households
        kind = facts.kind
        for deputy in a.participants:
            # The model's rule: households contacted on an activity are credited
            # to each deputy listed as taking part.
            tally = self.deputy.get(deputy) or self.deputy_tally(deputy)
            tally.kinds[kind] += 1
            if households:
                tally.households += households
            if lower:
                tally.lower = True

    def add_suggestion(self, s: Suggestion) -> None:
        period = self.period
        raised = s.raised_on
        if earliest(raised) > period.end:
            return
        if latest(raised) > period.end:
            self.maybe("suggestions")  # raised in the period, or after it
            return
        facts = SuggestionFacts(s, period, self.due)
        if facts.in_hand:
            self.in_hand.add(facts)
        if latest(raised) < period.start:
            return
        if earliest(raised) < period.start:
            self.maybe("suggestions")  # raised in the period, or before it
            return
        if s.sources:
            self.cite(s)
        self.raised.add(facts)
        if s.session is not None:
            self.at_session[s.session] = self.at_session.get(s.session, 0) + 1
        self.deputy_tally(s.lead).led += 1
        for cosigner in s.cosigners:
            self.deputy_tally(cosigner).cosigned += 1
        deputy = self.deputies.get(s.lead)
        if deputy is not None:
            for key, breakdown in self.memberships(deputy, s.raised_on):
                _tally(breakdown, key, SuggestionTally).add(facts)
        else:
            _tally(self.pending.setdefault(s.lead, {}), s.raised_on, SuggestionTally).add(facts)

    def memberships(
        self, deputy: Deputy, day: dt.date
    ) -> list[tuple[str, dict[str, SuggestionTally]]]:
        """The group and station breakdowns ``deputy``'s suggestions of ``day`` belong to."""
        result = []
        for m in deputy.memberships:
            if m.kind is MembershipKind.TERM or not m.active_on(day):
                continue
            breakdown = self.sug_by_group if m.kind is MembershipKind.GROUP else self.sug_by_station
            result.append((m.of, breakdown))
        return result

    def file(self, deputy: Deputy, day: dt.date, tally: SuggestionTally) -> None:
        """File suggestions that waited for ``deputy`` under its groups and stations."""
        for key, breakdown in self.memberships(deputy, day):
            _tally(breakdown, key, SuggestionTally).merge(tally)

    # -- merging ----------------------------------------------------------------------------

    def merged(self, other: State) -> State:
        """A new state holding the records of both (which must be disjoint)."""
        result = State(self.period, self.policy)
        result.due = self.due
        for part in (self, other):
            result.merge(part)
        return result

    def merge(self, other: State) -> None:
        for name in DIRECTORY.values():
            getattr(self, name).update(getattr(other, name))
        for name in _ACTIVITY_BREAKDOWNS:
            _merge_into(getattr(self, name), getattr(other, name), ActivityTally)
        for name in _SUGGESTION_BREAKDOWNS:
            _merge_into(getattr(self, name), getattr(other, name), SuggestionTally)
        for name in _COUNTERS:
            mine = getattr(self, name)
            for key, n in getattr(other, name).items():
                mine[key] = mine.get(key, 0) + n
        _merge_into(self.deputy, other.deputy, DeputyTally)
        for group, months in other.group_months.items():
            self.group_months.setdefault(group, set()).update(months)
        self.sources.update(other.sources)
        self.raised.merge(other.raised)
        self.in_hand.merge(other.in_hand)
        for lead, days in other.pending.items():
            waiting = self.pending.setdefault(lead, {})
            for day, tally in days.items():
                _tally(waiting, day, SuggestionTally).merge(tally)
        for lead in [lead for lead in self.pending if lead in self.deputies]:
            for day, tally in self.pending.pop(lead).items():
                self.file(self.deputies[lead], day, tally)
