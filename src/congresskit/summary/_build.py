"""Building a period summary's sections from its state (see :mod:`congresskit.summary`).

Here the tallies meet the reference records: places are sorted into villages,
sessions get their reported totals, groups and stations their names, plans
their progress.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from congresskit.records.agenda import Election, Inquiry, ProjectBallot, ReportReview, Resolution
from congresskit.records.counts import Count, reported_or_itemised
from congresskit.records.enums import (
    Implementation,
    Outcome,
    PlaceKind,
    ProjectStatus,
    Satisfaction,
    Status,
    SuggestionKind,
)
from congresskit.records.people import DeputyGroup
from congresskit.records.provenance import Source
from congresskit.summary import _tally
from congresskit.summary._state import State
from congresskit.summary._state_help import cadence_held, plan_for_next
from congresskit.summary.figures import (
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
from congresskit.summary.oversight import ReportedTotals, handling_figures
from congresskit.summary.receptions import ChannelFigures
from congresskit.summary.rulebook import RECEPTION, honours_in, money, rule_summaries
from congresskit.summary.scorecards import scorecards
from congresskit.summary.tracking import serving, track

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


def _sessions(state: State) -> tuple[SessionSummary, ...]:
    period = state.period
    held = sorted(
        (s for s in state.sessions.values() if period.overlaps(s.start, s.last_day)),
        key=lambda s: (s.start, s.id),
    )
    result = []
    for s in held:
        term = state.terms.get(s.term)
        itemised = state.at_session.get(s.id, 0)
        ballots = tuple(i for i in s.agenda if isinstance(i, ProjectBallot))
        reviews = tuple(i for i in s.agenda if isinstance(i, ReportReview))
        result.append(
            SessionSummary(
                id=s.id,
                term=s.term,
                term_number=term.number if term is not None else None,
                number=s.number,
                start=s.start,
                end=s.last_day,
                reports=tuple(i.report for i in reviews),
                report_reviews=reviews,
                resolutions=tuple(i for i in s.agenda if isinstance(i, Resolution)),
                elections=tuple(i for i in s.agenda if isinstance(i, Election)),
                ballots=ballots,
                inquiries=tuple(i for i in s.agenda if isinstance(i, Inquiry)),
                projects_selected=tuple(p for b in ballots for p in b.selected),
                attendance=s.attendance,
                speeches=len(s.speeches),
                suggestions=reported_or_itemised(s.suggestions_reported, itemised),
                suggestions_itemised=itemised,
            )
        )
    return tuple(result)


def _projects(state: State) -> ProjectSummary:
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
        session = state.sessions.get(p.session) if p.session is not None else None
        voted = session is not None and period.overlaps(session.start, session.last_day)
        earlier = session is not None and session.start < period.start
        still_open = earlier and p.status_on(period.start - dt.timedelta(days=1)) not in (
            ProjectStatus.COMPLETED,
            ProjectStatus.CANCELLED,
        )
        activities = state.project_activities.get(p.id, 0)
        if voted or still_open or activities:
            status = p.status_on(period.end)
            lines.append(
                ProjectLine(
                    id=p.id,
                    name=p.name,
                    session=p.session,
                    voted_in_period=voted,
                    selected=ballots.get((p.session, p.id)) if p.session else None,
                    activities=activities,
                    status=status,
                    percent_done=p.percent_done,
                    overdue_milestones=p.overdue_milestones(period.end),
                    open_defects=p.open_defects(period.end),
                    budget=p.budget,
                    spent=p.spent,
                )
            )
    # A candidate the ballot turned down was never a project of the congress:
    # it stays listed (with selected=False) but is not counted by status.
    counted = [line for line in lines if line.selected is not False]
    statuses = Counter(line.status for line in counted)
    return ProjectSummary(
        projects=tuple(lines),
        voted=sum(line.voted_in_period for line in lines),
        selected=sum(bool(line.voted_in_period and line.selected) for line in lines),
        supervised=sum(1 for line in lines if line.activities),
        by_status=_ordered(statuses, ProjectStatus),
        overdue_milestones=sum(line.overdue_milestones for line in counted),
        defects_open=sum(line.open_defects for line in counted),
    )


_NO_ACTIVITIES, _NO_SUGGESTIONS = _tally.ActivityTally(), _tally.SuggestionTally()


def _campaigns(state: State) -> tuple[CampaignSummary, ...]:
    return tuple(
        CampaignSummary(
            id=c.id,
            kind=c.kind,
            name=c.name,
            start=c.start,
            end=c.end,
            roles=c.roles,
            deputies_in_roles=len({d for role in c.roles for d in role.deputies}),
            activities=_activities(state.by_campaign.get(c.id, _NO_ACTIVITIES), state),
        )
        for c in sorted(state.campaigns.values(), key=lambda c: (c.start or dt.date.min, c.id))
    )


def _stations(state: State) -> tuple[StationSummary, ...]:
    period = state.period
    opened = {k for k, s in state.stations.items() if s.opened is None or s.opened <= period.end}
    result = []
    for key in sorted(opened | set(state.by_station)):
        station = state.stations.get(key)
        days = station.reception_days(period.start, period.end) if station is not None else ()
        result.append(
            StationSummary(
                id=key,
                name=station.name if station is not None else None,
                reception_rule=station.reception_rule if station is not None else None,
                kind=station.kind if station is not None else None,
                reception_days=len(days),
                activities=_activities(state.by_station.get(key, _NO_ACTIVITIES), state),
            )
        )
    return tuple(result)


def _groups(state: State) -> tuple[GroupSummary, ...]:
    keys = set(state.groups) | set(state.by_group) | set(state.sug_by_group)
    result = []
    for key in sorted(keys):
        group = state.groups.get(key)
        due, held = cadence_held(group, state.period, state.group_months.get(key, set()))
        result.append(_group(state, key, group, due, held))
    return tuple(result)


def _group(
    state: State, key: str, group: DeputyGroup | None, due: int | None, held: int | None
) -> GroupSummary:
    return GroupSummary(
        id=key,
        name=group.name if group is not None else None,
        kind=group.kind if group is not None else None,
        number=group.number if group is not None else None,
        cadence=group.cadence if group is not None else None,
        stretches_due=due,
        stretches_held=held,
        activities=_activities(state.by_group.get(key, _NO_ACTIVITIES), state),
        suggestions=_suggestions(state.sug_by_group.get(key, _NO_SUGGESTIONS)),
    )


def sections(state: State) -> dict[str, Any]:
    """Every field of a :class:`~congresskit.PeriodSummary` but its state, built from it."""
    period = state.period
    sessions = _sessions(state)
    elsewhere = state.raised.suggestions - sum(s.suggestions_itemised for s in sessions)
    raised = Count.total(s.suggestions for s in sessions) + Count(elsewhere)
    plans = sorted(state.plans.values(), key=lambda p: (p.start, p.id))
    everything = _activities(state.all_activities(), state)
    receptions: dict[str | None, int] = {
        key: t.kinds().get(RECEPTION, 0) for key, t in state.by_station.items()
    }
    receptions[None] = everything.by_kind.get(RECEPTION, 0)
    return {
        "period": period,
        "congresses": tuple(state.congresses[k] for k in sorted(state.congresses)),
        "sessions": sessions,
        "presidium_meetings": len(state.meetings),
        "campaigns": _campaigns(state),
        "activities": everything,
        "activities_by_kind": {k: _activities(t, state) for k, t in state.kind_tallies().items()},
        "activities_by_month": {m: _activities(t, state) for m, t in state.month_tallies().items()},
        "activities_by_theme": {
            k: _activities(state.by_theme[k], state) for k in sorted(state.by_theme)
        },
        "stations": _stations(state),
        "groups": _groups(state),
        "deputies": _deputies(state),
        "suggestions": SuggestionSummary(
            raised=raised,
            itemised=_suggestions(state.raised),
            in_hand=_suggestions(state.in_hand),
        ),
        "evaluations": state.oversight.evaluations.figures(),
        "handling": _handling(state),
        "units": scorecards(state.oversight.by_unit, state.units),
        "opinions": state.oversight.receptions.figures(),
        "channels": _channels(state),
        "projects": _projects(state),
        "plans": tuple(
            track(p, state, raised) for p in plans if p.start <= period.start <= period.end <= p.end
        ),
        "next_plans": tuple(p for p in plans if plan_for_next(p, state.period)),
        "possibly_in_period": _possibly(state),
        "sources": tuple(sorted(state.sources, key=_source_key)),
        "rules": rule_summaries(list(state.rules.values()), period.start, period.end, receptions),
        "honours": honours_in(list(state.honours.values())),
        "election_plans": tuple(state.election_plans[k] for k in sorted(state.election_plans)),
        "money": money(
            list(state.budget_lines.values()),
            list(state.allowances.values()),
            everything.person_days,
            everything.participations,
        ),
    }


def _handling(state: State) -> Any:
    t = state.raised
    by = {cls: t.by(cls) for cls in (Outcome, Satisfaction, Implementation)}
    # Replied: every suggestion with a reply class by the period's end (a reply
    # may come without a recorded assignment); on time: of those with a deadline.
    replied = (sum(by[Outcome].values()), t.flag(_tally.ON_TIME))
    return handling_figures(t.suggestions, by, replied, state.oversight.reported)


_NO_REPORTS = ReportedTotals()


def _channels(state: State) -> tuple[ChannelFigures, ...]:
    o = state.oversight
    names = sorted(set(o.channel_raised) | set(o.channel_reports))
    return tuple(
        ChannelFigures(
            name=name,
            suggestions=o.channel_raised.get(name, 0),
            handling=handling_figures(
                0, {}, (0, 0), o.channel_reports.get(name) or ReportedTotals()
            ),
        )
        for name in names
    )


def _possibly(state: State) -> dict[str, int]:
    """Records that may or may not fall in the period (vague dates), by section."""
    period = state.period
    counts = dict(state.possible)
    for section, _ in state.vague:
        counts[section] = counts.get(section, 0) + 1
    sessions = sum(
        1 for s in state.sessions.values() if period.overlap(s.start, s.last_day) is None
    )
    if sessions:
        counts["sessions"] = sessions
    return {k: counts[k] for k in sorted(counts) if counts[k]}


def _source_key(source: Source) -> tuple[str, str, str, str, str]:
    # The date too: sources differing only in it keep one order however parts merge.
    date = "" if source.date is None else repr(source.date)
    return (source.title, source.url or "", source.publisher or "", source.locator or "", date)


_NO_PART = _tally.DeputyTally()


def _deputies(state: State) -> tuple[DeputySummary, ...]:
    serving_ids = set(serving(state))
    # Counted here, from the sessions by id, so that a session several parts
    # carry counts once however the parts were merged.
    period = state.period
    speeches = Counter(
        speech.deputy
        for s in state.sessions.values()
        if period.overlaps(s.start, s.last_day)
        for speech in s.speeches
    )
    keys = serving_ids | set(state.deputy) | set(speeches)
    return tuple(_deputy(k, state, k in serving_ids, speeches[k]) for k in sorted(keys))


def _deputy(key: str, state: State, serving: bool, speeches: int) -> DeputySummary:
    record = state.deputies.get(key)
    t = state.deputy.get(key) or _NO_PART
    return DeputySummary(
        id=key,
        name=record.name if record is not None else None,
        serving=serving,
        activities=sum(t.kinds),
        activities_by_kind=t.by_kind(),
        households_contacted=Count(t.households, at_least=t.lower),
        own_households_contacted=t.own[0],
        own_people_received=t.own[1],
        own_opinions_collected=t.own[2],
        own_suggestions_reported=t.own[3],
        suggestions_led=t.led,
        suggestions_cosigned=t.cosigned,
        speeches=speeches,
    )
