"""Building a period summary's sections from its state (see :mod:`congresskit.summary`).

Here the tallies meet the reference records: places are sorted into villages,
sessions get their reported totals, groups and stations their names, plans
their progress.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from congresskit.records.agenda import Election, Inquiry, ProjectBallot, ReportReview, Resolution
from congresskit.records.counts import Count, reported_or_itemised
from congresskit.records.enums import (
    Implementation,
    Outcome,
    ProjectStatus,
    Satisfaction,
)
from congresskit.summary import _tally
from congresskit.summary._build_figures import (
    _NO_ACTIVITIES,
    _activities,
    _ordered,
    _suggestions,
)
from congresskit.summary._build_places import groups, stations
from congresskit.summary._state import State
from congresskit.summary._state_help import (
    plan_covers,
    plan_for_next,
    plan_within,
    possibly,
    source_key,
)
from congresskit.summary.figures import (
    CampaignSummary,
    DeputySummary,
    ProjectLine,
    ProjectSummary,
    SessionSummary,
    SuggestionSummary,
)
from congresskit.summary.meetings import election_standings, meeting_summaries
from congresskit.summary.oversight import ReportedTotals, handling_figures
from congresskit.summary.receptions import ChannelFigures
from congresskit.summary.rulebook import RECEPTION, honours_in, money, rule_summaries
from congresskit.summary.scorecards import scorecards
from congresskit.summary.tracking import listed, serving, track


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
                officials=s.officials,
                ceremonies=s.ceremonies,
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
                    year=p.year,
                    targets=p.targets,
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
    # Election plans dated too vaguely to place (or not dated) are listed as such.
    undated = {r.id: r for (section, _), r in state.vague.items() if section == "election_plans"}
    elections = {**state.election_plans, **undated}
    return {
        "period": period,
        "congresses": tuple(state.congresses[k] for k in sorted(state.congresses)),
        "sessions": sessions,
        "presidium_meetings": len(state.meetings),
        "meetings": meeting_summaries(
            state.meetings.values(),
            state.election_plans.values(),
            state.rules.values(),
            state.plans.values(),
        ),
        "campaigns": _campaigns(state),
        "activities": everything,
        "activity_list": tuple(line.numbered(state.numbers) for line in state.lines.listed()),
        "activities_by_kind": {k: _activities(t, state) for k, t in state.kind_tallies().items()},
        "activities_by_month": {m: _activities(t, state) for m, t in state.month_tallies().items()},
        "activities_by_theme": {
            k: _activities(state.by_theme[k], state) for k in sorted(state.by_theme)
        },
        "stations": stations(state),
        "groups": groups(state),
        "deputies": _deputies(state),
        "suggestions": SuggestionSummary(
            raised=raised,
            itemised=_suggestions(state.raised),
            in_hand=_suggestions(state.in_hand),
            lead_not_stated=state.lead_not_stated.get("raised", 0),
        ),
        "evaluations": state.oversight.evaluations.figures(),
        "handling": _handling(state),
        "units": scorecards(state.oversight.by_unit, state.units),
        "opinions": state.oversight.receptions.figures(),
        "channels": _channels(state),
        "projects": _projects(state),
        "plans": tuple(track(p, state, raised) for p in plans if plan_covers(p, period)),
        "plans_within": tuple(listed(p, state) for p in plans if plan_within(p, period)),
        "next_plans": tuple(p for p in plans if plan_for_next(p, state.period)),
        "possibly_in_period": possibly(state),
        "sources": tuple(sorted(state.sources, key=source_key)),
        "rules": rule_summaries(list(state.rules.values()), period.start, period.end, receptions),
        "honours": honours_in(list(state.honours.values())),
        "election_plans": tuple(elections[k] for k in sorted(elections)),
        "election_cycle": election_standings(
            elections.values(), state.meetings, period.end, undated
        ),
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
