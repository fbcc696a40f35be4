"""The state a period summary is built from: reference records and tallies.

A :class:`State` takes records of any type in any order (:meth:`State.add`) and
merges with another state of the same period (:meth:`State.merged`); the result
depends only on the set of records added, never on their order or on how they
were split, which is what makes summaries add up.

Each state has an identity, the set of the parts it holds: merging two states
that hold the same part (the same summary added twice) is an error, since its
tallies would count twice. Reference records (sessions, deputies, ...) are kept
by id, so parts that each carry the same one count it once.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, cast

from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.cycle import ElectionPlan
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import ActivityKind
from congresskit.records.evaluations import Evaluation
from congresskit.records.handling_reports import HandlingReport
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.policy import Policy
from congresskit.records.projects import LivelihoodProject
from congresskit.records.provenance import Source
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.records.sessions import PresidiumMeeting, Session
from congresskit.records.suggestions import Suggestion
from congresskit.records.tombstones import Tombstone
from congresskit.summary._filing import Filing
from congresskit.summary._oversight_state import OversightTallies
from congresskit.summary._state_help import (
    _ACTIVITY_BREAKDOWNS,
    _COUNTERS,
    _SUGGESTION_BREAKDOWNS,
    DIRECTORY,
    PLACED,
    VAGUE_SECTION,
    _merge_into,
    _placement,
    _tally,
    activity_projects,
    check_mergeable,
    plan_in_view,
)
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
from congresskit.summary.listing import ActivityLine, ActivityLines
from congresskit.summary.periods import Period
from congresskit.summary.scorecards import add_to_units

# The rest of a state's value (beside its reference records, breakdowns and counters).
_VALUE: tuple[str, ...] = ("period", "policy", "deputy", "group_months", "raised")
_VALUE += ("in_hand", "oversight", "pending", "sources", "vague", "lines")


class State(Filing):
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
    # by the ids of station, group and campaign, and by theme.
    by_kind: dict[int, ActivityTally]
    by_month: dict[int, ActivityTally]
    by_station: dict[str, ActivityTally]
    by_group: dict[str, ActivityTally]
    by_campaign: dict[str, ActivityTally]
    by_theme: dict[str, ActivityTally]
    sug_by_group: dict[str, SuggestionTally]
    sug_by_station: dict[str, SuggestionTally]
    # Suggestions whose vague date may or may not fall in the lead deputy's
    # membership of a group or station, by its id.
    maybe_by_group: dict[str, int]
    maybe_by_station: dict[str, int]
    project_activities: dict[str, int]
    at_session: dict[str, int]
    possible: dict[str, int]
    numbers: dict[str, int]
    lead_not_stated: dict[str, int]

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
        self.oversight = OversightTallies()
        # lead deputy id -> day raised -> suggestions awaiting the deputy's record
        self.pending: dict[str, dict[dt.date, SuggestionTally]] = {}
        # The sources of the records the summary counts (a set, kept as dict keys).
        self.sources: dict[Source, None] = {}
        # Reference records that may or may not fall in the period, by (section,
        # id): reference records that several parts may carry are counted once.
        self.vague: dict[tuple[str, str], Any] = {}
        self.lines = ActivityLines()  # the first activities held, for a report's list
        self.due = DueDates(policy)  # a cache, not part of the state's value
        # The identity: which parts this state holds (not part of its value).
        self.parts = frozenset((uuid.uuid4().hex,))

    def _keys(self) -> tuple[Any, ...]:
        names = (*DIRECTORY.values(), *_ACTIVITY_BREAKDOWNS, *_SUGGESTION_BREAKDOWNS)
        return tuple(getattr(self, name) for name in (*names, *_COUNTERS, *_VALUE))

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
        elif kind is Evaluation or kind is HandlingReport:
            self.add_oversight(record)
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
        # A session's speeches are counted when the summary is built, from the
        # sessions by id, so that parts carrying the same session count it once.
        period = self.period
        if isinstance(record, PLACED):
            where = _placement(record, period)
            if where is not True:
                if where is None:
                    self.vague[(VAGUE_SECTION[type(record)], record.id)] = record
                return
        elif isinstance(record, WorkPlan) and not plan_in_view(record, period):
            return
        if record.sources and (
            not isinstance(record, Session) or period.overlaps(record.start, record.last_day)
        ):
            self.cite(record)
        getattr(self, DIRECTORY[type(record)])[record.id] = record
        if isinstance(record, Deputy) and record.id in self.pending:
            for day, tally in self.pending.pop(record.id).items():
                self.file(record, day, tally)

    def add_oversight(self, record: Evaluation | HandlingReport) -> None:
        """Count an evaluation held in the period, or a handling report covering it."""
        if isinstance(record, Evaluation):
            where, section = self.period.placement(record.on), "evaluations"
        else:
            where, section = self.period.placement(record.covers), "handling_reports"
        if where is not True:
            if where is None:
                self.maybe(section)
            return
        if record.sources:
            self.cite(record)
        self.oversight.add(record)

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
        self.oversight.add_activity(a)
        self.lines.add(ActivityLine.of(a))
        facts = ActivityFacts(a)
        tallies = [_tally(self.by_kind, facts.kind, ActivityTally)]
        last = latest(start)
        if (last.year, last.month) == (start.year, start.month):
            # By month only when the month is known (a vaguer date counts in no month).
            tallies.append(_tally(self.by_month, start.year * 12 + start.month - 1, ActivityTally))
            if a.group is not None:
                self.group_months.setdefault(a.group, set()).add(start.year * 12 + start.month - 1)
        if a.station is not None:
            tallies.append(_tally(self.by_station, a.station, ActivityTally))
        if a.group is not None:
            tallies.append(_tally(self.by_group, a.group, ActivityTally))
        if a.campaign is not None:
            tallies.append(_tally(self.by_campaign, a.campaign, ActivityTally))
        tallies.extend(_tally(self.by_theme, theme, ActivityTally) for theme in a.themes)
        add_activity(facts, tallies)
        counts = self.project_activities
        for project in activity_projects(a):
            counts[project] = counts.get(project, 0) + 1
        households, lower = facts.households
        kind = facts.kind
        for deputy in a.participants:
            # Households contacted are credited to each deputy listed as taking part.
            tally = self.deputy.get(deputy) or self.deputy_tally(deputy)
            tally.kinds[kind] += 1
            if households:
                tally.households += households
            if lower:
                tally.lower = True
        if a.participant_figures:
            listed, seen = set(a.participants), set()
            for entry in a.participant_figures:
                # check() reports figures of a deputy not listed, or given twice; the
                # summary keeps a listed deputy's first, as assessment does.
                if entry.deputy in listed and entry.deputy not in seen:
                    seen.add(entry.deputy)
                    self.deputy_tally(entry.deputy).add_own(entry)

    def add_suggestion(self, s: Suggestion) -> None:
        if s.number is not None:  # whenever raised: an activity may check it years later
            self.numbers[s.id] = s.number
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
            if s.events:
                add_to_units(self.oversight.by_unit, s, period, self.due)
        if latest(raised) < period.start:
            return
        if earliest(raised) < period.start:
            self.maybe("suggestions")  # raised in the period, or before it
            return
        if s.sources:
            self.cite(s)
        self.raised.add(facts)
        if s.channel is not None:
            self.oversight.add_channel(s.channel)
        if s.session is not None:
            self.at_session[s.session] = self.at_session.get(s.session, 0) + 1
        lead = s.lead
        if lead is None:
            # Counts for no deputy, group or station: never a guessed one.
            self.lead_not_stated["raised"] = self.lead_not_stated.get("raised", 0) + 1
            return
        self.deputy_tally(lead).led += 1
        for cosigner in s.cosigners:
            self.deputy_tally(cosigner).cosigned += 1
        # Filed under the lead deputy's groups and stations on the day raised
        # (later moves change nothing); when the deputy's record comes later,
        # the suggestion waits for it.
        deputy = self.deputies.get(lead)
        if deputy is None:
            _tally(self.pending.setdefault(lead, {}), s.raised_on, SuggestionTally).add(facts)
            return
        for key, breakdown in self.memberships(deputy, s.raised_on):
            if self.is_maybe(breakdown):
                counter = cast("dict[str, int]", breakdown)
                counter[key] = counter.get(key, 0) + 1
            else:
                _tally(breakdown, key, SuggestionTally).add(facts)

    def copy(self) -> State:
        """A new state with the same records and the same identity."""
        result = State(self.period, self.policy)
        result.due = self.due
        result.merge(self)
        result.parts = self.parts
        return result

    def merged(self, other: State) -> State:
        """A new state holding the records of both (which must be disjoint)."""
        result = self.copy()
        result.merge(other)
        return result

    def check_mergeable(self, other: State, what: str = "summary") -> None:
        """Raise :class:`SummaryError` unless ``other`` can be merged into this state."""
        check_mergeable(self, other, what)

    def merge(self, other: State) -> None:
        """Add ``other``'s records to this state (call :meth:`check_mergeable` first)."""
        self.parts = self.parts | other.parts
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
        self.vague.update(other.vague)
        self.lines.merge(other.lines)
        self.raised.merge(other.raised)
        self.in_hand.merge(other.in_hand)
        self.oversight.merge(other.oversight)
        for lead, days in other.pending.items():
            waiting = self.pending.setdefault(lead, {})
            for day, tally in days.items():
                _tally(waiting, day, SuggestionTally).merge(tally)
        for lead in [lead for lead in self.pending if lead in self.deputies]:
            for day, tally in self.pending.pop(lead).items():
                self.file(self.deputies[lead], day, tally)
