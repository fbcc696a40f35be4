"""The period summary: what a congress did in a period, counted from its records.

>>> import datetime as dt
>>> from congresskit import Activity, ActivityKind, Count, Period, summarize
>>> records = [
...     Activity(id="a1", kind=ActivityKind.RECEPTION, title="接访日", start=dt.date(2020, 3, 15),
...              station="s1", participants=("d1", "d2"), people_received=Count(9)),
...     Activity(id="a2", kind=ActivityKind.RECEPTION, title="接访日", start=dt.date(2020, 4, 15),
...              station="s1", participants=("d1",), people_received=Count(200, at_least=True)),
... ]
>>> s = summarize(records, "2020-H1")
>>> s.activities.activities, str(s.activities.people_received), str(s.activities.deputies)
(2, '209+', '2')

:func:`summarize` reads any iterable of records once, so it works on a
:class:`~congresskit.RecordSet` or on a stream. Summaries of disjoint sets of
records combine with ``+`` into the summary of their union, so parts can be
summarised in parallel or as they arrive:

>>> summarize(records[:1], "2020-H1") + summarize(records[1:], "2020-H1") == s
True
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from congresskit import _tally
from congresskit.body import Congress
from congresskit.counts import Count, reported_or_itemised
from congresskit.enums import (
    ActivityKind,
    Outcome,
    PlaceKind,
    ProjectStatus,
    Satisfaction,
    Status,
    SuggestionKind,
)
from congresskit.errors import CongresskitError, FieldTypeError
from congresskit.figures import (
    ActivityFigures,
    CampaignSummary,
    DeputySummary,
    GroupSummary,
    ProjectLine,
    ProjectSummary,
    SessionSummary,
    StationSummary,
    SuggestionFigures,
    SuggestionSummary,
)
from congresskit.periods import Period
from congresskit.plans import WorkPlan
from congresskit.policy import DEFAULT_POLICY, Policy
from congresskit.sessions import Election, Inquiry, ProjectBallot, ReportReview, Resolution
from congresskit.tracking import PlanProgress, serves, serving, track

__all__ = ["Change", "PeriodSummary", "Summarizer", "SummaryError", "changes", "summarize"]

E = TypeVar("E")


class SummaryError(CongresskitError, ValueError):
    """Two summaries that cannot be combined: their periods or policies differ."""

    def __init__(self, message: str) -> None:
        super().__init__(message)


@attrs.frozen(kw_only=True)
class PeriodSummary:
    """Everything a work summary reports about a period, counted from the records.

    Build it with :func:`summarize` (or a :class:`Summarizer`), never by hand.
    Sections are in the order of a work report; each is a frozen value (see
    :mod:`congresskit.figures`) a renderer can print as it is.

    Attributes:
        period: the period summarised.
        congresses: the congress records among the records, by id.
        sessions: sessions held in the period, with their agenda and the
            suggestions raised at each.
        presidium_meetings: presidium meetings held in the period.
        campaigns: campaigns running in the period, with deputies' roles.
        activities: all activities that started in the period.
        activities_by_kind, activities_by_month: the same, broken down.
        stations, groups, deputies: the period by station, by deputy group and
            by deputy (a station's or group's figures are of the activities it
            held; a group's suggestions are its members' as lead deputy).
        suggestions: suggestions raised, and their handling.
        projects: livelihood projects voted, supervised and by status.
        plans: progress of each work plan whose dates cover the period.
        next_plans: work plans starting in the next period, as planned.
        state: the tallies the figures come from; ``+`` merges them. It is
            not part of a rendered report.
    """

    period: Period
    congresses: tuple[Congress, ...]
    sessions: tuple[SessionSummary, ...]
    presidium_meetings: int
    campaigns: tuple[CampaignSummary, ...]
    activities: ActivityFigures
    activities_by_kind: Mapping[ActivityKind, ActivityFigures]
    activities_by_month: Mapping[Period, ActivityFigures]
    stations: tuple[StationSummary, ...]
    groups: tuple[GroupSummary, ...]
    deputies: tuple[DeputySummary, ...]
    suggestions: SuggestionSummary
    projects: ProjectSummary
    plans: tuple[PlanProgress, ...]
    next_plans: tuple[WorkPlan, ...]
    state: _tally.State = attrs.field(repr=False)

    def __add__(self, other: PeriodSummary) -> PeriodSummary:
        """The summary of the records of both summaries (which must not share records).

        Raises:
            SummaryError: the summaries are of different periods or policies.
        """
        if not isinstance(other, PeriodSummary):
            return NotImplemented
        mine, theirs = self.state, other.state
        if (mine.period.start, mine.period.end) != (theirs.period.start, theirs.period.end):
            msg = (
                f"cannot add the summary of {theirs.period} to that of {mine.period}: "
                "summarise both parts over the same period"
            )
            raise SummaryError(msg)
        if mine.policy != theirs.policy:
            msg = "cannot add summaries made under different policies: use the same Policy"
            raise SummaryError(msg)
        return _build(mine.merged(theirs))

    @classmethod
    def empty(cls, period: Period | str, *, policy: Policy = DEFAULT_POLICY) -> PeriodSummary:
        """The summary of no records: ``empty(p) + s == s`` for any summary ``s`` of ``p``."""
        return summarize((), period, policy=policy)

    @property
    def headline(self) -> Mapping[str, Count]:
        """The figures a report's opening paragraph gives, by a stable name."""
        a, s = self.activities, self.suggestions
        return {
            "sessions": Count(len(self.sessions)),
            "suggestions_raised": s.raised,
            "suggestions_replied_on_time": Count(s.in_hand.replied_on_time),
            "suggestions_overdue": Count(s.in_hand.overdue),
            "activities": Count(a.activities),
            "participations": a.participations,
            "deputies_taking_part": a.deputies,
            "villages_covered": Count(a.villages),
            "people_received": a.people_received,
            "opinions_collected": a.opinions_collected,
            "households_contacted": a.households_contacted,
            "stations": Count(len(self.stations)),
            "projects_voted": Count(self.projects.voted),
            "projects_selected": Count(self.projects.selected),
            "projects_supervised": Count(self.projects.supervised),
        }


@attrs.frozen(kw_only=True)
class Change:
    """A headline figure in two periods.

    Attributes:
        before: the figure in the earlier summary; after: in the later one.
    """

    before: Count
    after: Count

    @property
    def delta(self) -> int:
        """``after - before`` (of the values; a lower bound makes it approximate)."""
        return self.after.value - self.before.value


def changes(before: PeriodSummary, after: PeriodSummary) -> Mapping[str, Change]:
    """How each headline figure changed from one summary to another.

    >>> empty, s = PeriodSummary.empty("2020-H1"), summarize([], "2020-H2")
    >>> changes(empty, s)["activities"].delta
    0
    """
    old = before.headline
    return {name: Change(before=old[name], after=figure) for name, figure in after.headline.items()}


class Summarizer:
    """Fold records into a period summary one at a time, in any order.

    >>> from congresskit import Place
    >>> summarizer = Summarizer(Period.parse("2020-H1"))
    >>> summarizer.add(Place(id="v1", name="称沱村"))
    >>> summarizer.summary().activities.activities
    0

    Memory holds counters and sets of ids, not the activities or suggestions.
    A suggestion waits (as a small tally) until its lead deputy's record is
    seen, so that it can be filed under the deputy's group and station;
    passing deputies before suggestions, as the exchange format orders them,
    keeps nothing waiting.
    """

    def __init__(self, period: Period | str, *, policy: Policy = DEFAULT_POLICY) -> None:
        """Start an empty summary of ``period`` (a :class:`Period` or its text).

        Raises:
            PeriodError: ``period`` is text that is not a period.
            FieldTypeError: ``period`` or ``policy`` is of the wrong type.
        """
        if isinstance(period, str):
            period = Period.parse(period)
        if not isinstance(period, Period):
            raise FieldTypeError("Summarizer", "period", period, "a Period or its text")
        if not isinstance(policy, Policy):
            raise FieldTypeError("Summarizer", "policy", policy, "a Policy")
        self._state = _tally.State(period, policy)
        self._count = 0

    def add(self, record: Any) -> None:
        """Add one record of any type.

        Raises:
            FieldTypeError: ``record`` is not a congresskit record.
        """
        if not self._state.add(record):
            where = f"records[{self._count}]"
            raise FieldTypeError("summarize", where, record, "a congresskit record")
        self._count += 1

    def update(self, records: Iterable[Any]) -> Summarizer:
        """Add every record of ``records``; returns the summarizer."""
        for record in records:
            self.add(record)
        return self

    def summary(self) -> PeriodSummary:
        """The summary of the records added so far (adding more later does not change it)."""
        return _build(self._state.merged(_tally.State(self._state.period, self._state.policy)))


def summarize(
    records: Iterable[Any], period: Period | str, *, policy: Policy = DEFAULT_POLICY
) -> PeriodSummary:
    """Summarise ``records`` over ``period`` in one pass.

    Args:
        records: any iterable of records: a :class:`~congresskit.RecordSet`,
            a list, or a stream read from a file.
        period: the period, or its text (``"2020-H1"``).
        policy: the reply deadlines used for on-time and overdue figures.

    Returns:
        The summary. Activities count in the period in which they start;
        suggestions in the period in which they were raised, their handling as
        it stood at the period's end.

    Raises:
        PeriodError: ``period`` is text that is not a period.
        FieldTypeError: an item of ``records`` is not a congresskit record.
    """
    return Summarizer(period, policy=policy).update(records).summary()


# -- building the summary from the tallies ----------------------------------------------------


def _ordered(counter: Mapping[E, int], members: Iterable[E]) -> dict[E, int]:
    return {m: counter[m] for m in members if counter.get(m)}


def _sorted(counter: Mapping[str, int]) -> dict[str, int]:
    return {k: counter[k] for k in sorted(counter) if counter[k]}


def _activities(t: _tally.ActivityTally, state: _tally.State) -> ActivityFigures:
    places = state.places
    villages = sum(1 for p in t.places if p in places and places[p].kind is PlaceKind.VILLAGE)
    return ActivityFigures(
        activities=t.activities,
        by_kind=_ordered(t.kinds, ActivityKind),
        places=len(t.places),
        villages=villages,
        units=len(t.units),
        projects=len(t.projects),
        deputies=Count(len(t.deputies), at_least=t.unlisted),
        participations=t.count(_tally.PARTICIPATIONS),
        people_received=t.count(_tally.PEOPLE),
        opinions_collected=t.count(_tally.OPINIONS),
        households_contacted=t.count(_tally.HOUSEHOLDS),
        suggestions_arising=t.count(_tally.SUGGESTIONS),
    )


def _suggestions(t: _tally.SuggestionTally) -> SuggestionFigures:
    f = t.flags
    return SuggestionFigures(
        suggestions=t.suggestions,
        by_kind=_ordered(t.kinds, SuggestionKind),
        by_category=_sorted(t.categories),
        by_unit=_sorted(t.units),
        by_status=_ordered(t.statuses, Status),
        replied_on_time=f[_tally.ON_TIME],
        replied_late=f[_tally.LATE],
        overdue=f[_tally.OVERDUE],
        open=f[_tally.OPEN],
        rehandled=f[_tally.REHANDLED],
        replied_in_period=f[_tally.REPLIED],
        outcomes=_ordered(t.outcomes, Outcome),
        satisfaction=_ordered(t.ratings, Satisfaction),
    )


def _sessions(state: _tally.State) -> tuple[SessionSummary, ...]:
    period = state.period
    held = sorted(
        (s for s in state.sessions.values() if period.overlaps(s.start, s.last_day)),
        key=lambda s: (s.start, s.id),
    )
    result = []
    for s in held:
        term = state.terms.get(s.term)
        ballots = tuple(i for i in s.agenda if isinstance(i, ProjectBallot))
        result.append(
            SessionSummary(
                id=s.id,
                term=s.term,
                term_number=term.number if term is not None else None,
                number=s.number,
                start=s.start,
                end=s.last_day,
                reports=tuple(i.report for i in s.agenda if isinstance(i, ReportReview)),
                resolutions=tuple(i for i in s.agenda if isinstance(i, Resolution)),
                elections=tuple(i for i in s.agenda if isinstance(i, Election)),
                ballots=ballots,
                inquiries=tuple(i for i in s.agenda if isinstance(i, Inquiry)),
                projects_selected=tuple(p for b in ballots for p in b.selected),
                attendance=s.attendance,
                speeches=len(s.speeches),
                suggestions=reported_or_itemised(s.suggestions_reported, state.at_session[s.id]),
                suggestions_itemised=state.at_session[s.id],
            )
        )
    return tuple(result)


def _projects(state: _tally.State) -> ProjectSummary:
    period = state.period
    ballots = {
        (s.id, c.project): c.selected
        for s in state.sessions.values()
        for item in s.agenda
        if isinstance(item, ProjectBallot)
        for c in item.candidates
    }
    lines = []
    for p in sorted(state.projects.values(), key=lambda p: p.id):
        session = state.sessions.get(p.session)
        voted = session is not None and period.overlaps(session.start, session.last_day)
        earlier = session is not None and session.start < period.start
        still_open = earlier and p.status_on(period.start - dt.timedelta(days=1)) not in (
            ProjectStatus.COMPLETED,
            ProjectStatus.CANCELLED,
        )
        activities = state.project_activities[p.id]
        if voted or still_open or activities:
            status = p.status_on(period.end)
            lines.append(
                ProjectLine(
                    id=p.id,
                    name=p.name,
                    session=p.session,
                    voted_in_period=voted,
                    selected=ballots.get((p.session, p.id)),
                    activities=activities,
                    status=status,
                )
            )
    statuses = Counter(line.status for line in lines)
    return ProjectSummary(
        projects=tuple(lines),
        voted=sum(line.voted_in_period for line in lines),
        selected=sum(bool(line.voted_in_period and line.selected) for line in lines),
        supervised=sum(1 for line in lines if line.activities),
        by_status=_ordered(statuses, ProjectStatus),
    )


def _build(state: _tally.State) -> PeriodSummary:
    period = state.period
    empty_a, empty_s = _tally.ActivityTally(), _tally.SuggestionTally()
    sessions = _sessions(state)
    at_sessions = sum(s.suggestions_itemised for s in sessions)
    raised = Count.total(s.suggestions for s in sessions) + Count(
        state.raised.suggestions - at_sessions
    )
    stations = sorted(
        {k for k, s in state.stations.items() if s.opened is None or s.opened <= period.end}
        | set(state.by_station)
    )
    groups = sorted(set(state.groups) | set(state.by_group) | set(state.sug_by_group))
    people = sorted(set(serving(state)) | set(state.deputy))
    campaigns = sorted(state.campaigns.values(), key=lambda c: (c.start, c.id))
    return PeriodSummary(
        period=period,
        congresses=tuple(state.congresses[k] for k in sorted(state.congresses)),
        sessions=sessions,
        presidium_meetings=len(state.meetings),
        campaigns=tuple(
            CampaignSummary(
                id=c.id,
                kind=c.kind,
                name=c.name,
                start=c.start,
                end=c.end,
                roles=c.roles,
                deputies_in_roles=len({d for role in c.roles for d in role.deputies}),
                activities=_activities(state.by_campaign.get(c.id, empty_a), state),
            )
            for c in campaigns
        ),
        activities=_activities(state.activities, state),
        activities_by_kind={
            k: _activities(state.by_kind[k], state) for k in ActivityKind if k in state.by_kind
        },
        activities_by_month={
            m: _activities(state.by_month[m], state) for m in sorted(state.by_month)
        },
        stations=tuple(
            StationSummary(
                id=k,
                name=state.stations[k].name if k in state.stations else None,
                reception_days=(
                    len(state.stations[k].reception_days(period.start, period.end))
                    if k in state.stations
                    else 0
                ),
                activities=_activities(state.by_station.get(k, empty_a), state),
            )
            for k in stations
        ),
        groups=tuple(
            GroupSummary(
                id=k,
                name=state.groups[k].name if k in state.groups else None,
                activities=_activities(state.by_group.get(k, empty_a), state),
                suggestions=_suggestions(state.sug_by_group.get(k, empty_s)),
            )
            for k in groups
        ),
        deputies=tuple(_deputy(k, state) for k in people),
        suggestions=SuggestionSummary(
            raised=raised,
            itemised=_suggestions(state.raised),
            in_hand=_suggestions(state.in_hand),
        ),
        projects=_projects(state),
        plans=tuple(
            track(p, state, raised)
            for p in sorted(state.plans.values(), key=lambda p: (p.start, p.id))
            if p.start <= period.start and period.end <= p.end
        ),
        next_plans=tuple(
            p
            for p in sorted(state.plans.values(), key=lambda p: (p.start, p.id))
            if p.start > period.end
        ),
        state=state,
    )


def _deputy(key: str, state: _tally.State) -> DeputySummary:
    record = state.deputies.get(key)
    t = state.deputy.get(key, _tally.DeputyTally())
    period = state.period
    return DeputySummary(
        id=key,
        name=record.name if record is not None else None,
        serving=record is not None and serves(record, period.start, period.end),
        activities=sum(t.kinds.values()),
        activities_by_kind=_ordered(t.kinds, ActivityKind),
        households_contacted=Count(t.households, at_least=t.lower),
        suggestions_led=t.led,
        suggestions_cosigned=t.cosigned,
        speeches=t.speeches,
    )
