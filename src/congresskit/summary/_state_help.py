"""Helpers of the summary's state: where a vague record falls, and merging breakdowns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from congresskit.errors import CongresskitError
from congresskit.records.activities import Activity, Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.cycle import ElectionPlan
from congresskit.records.dates import When, earliest, latest
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.projects import LivelihoodProject
from congresskit.records.provenance import Source
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.records.sessions import PresidiumMeeting, Session
from congresskit.summary.periods import Period, PeriodError
from congresskit.summary.rulebook import in_view

#: Reference records that belong to a summary only when they fall in its period.
PLACED = (PresidiumMeeting, Campaign, Honour, BudgetLine, RuleDocument, Allowance, ElectionPlan)
#: The section under which such a record may or may not fall in the period.
VAGUE_SECTION: dict[type[Any], str] = {
    PresidiumMeeting: "meetings",
    Campaign: "campaigns",
    Honour: "honours",
    ElectionPlan: "election_plans",
}
Placed = PresidiumMeeting | Campaign | Honour | BudgetLine | RuleDocument | Allowance | ElectionPlan


def _placement(record: Placed, period: Period) -> bool | None:
    """Whether a meeting is in, a campaign runs in, an honour, money, a rule or an
    election plan is in view of the period (``None``: it may or may not be)."""
    if not isinstance(record, (PresidiumMeeting, Campaign)):
        return in_view(record, period)
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
_ACTIVITY_BREAKDOWNS = ("by_kind", "by_month", "by_station", "by_group", "by_campaign", "by_theme")
_SUGGESTION_BREAKDOWNS = ("sug_by_group", "sug_by_station")
# "possible": records that may or may not fall in the period (vague dates), by section.
# "numbers": each numbered suggestion's number by its id (parts hold different suggestions,
# so adding two parts' maps is their union); "lead_not_stated": under "raised", the
# suggestions raised in the period whose lead deputy is not stated.
_COUNTERS: tuple[str, ...] = ("project_activities", "at_session", "possible")
_COUNTERS += ("maybe_by_group", "maybe_by_station", "numbers", "lead_not_stated")


class SummaryError(CongresskitError, ValueError):
    """Summaries or summarizers that cannot be combined.

    Their periods or policies differ, or they hold the same part (a summary
    added to itself, or twice to a sum), which would count its records twice.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)


def _tally(breakdown: dict[Any, Any], key: Any, make: type[Any]) -> Any:
    tally = breakdown.get(key)
    if tally is None:
        tally = breakdown[key] = make()
    return tally


def _merge_into(mine: dict[Any, Any], theirs: dict[Any, Any], make: type[Any]) -> None:
    for key, tally in theirs.items():
        _tally(mine, key, make).merge(tally)


def activity_projects(a: Activity) -> tuple[str, ...]:
    """The projects an activity covers, its items' included, each once."""
    if not a.items:
        return a.projects
    return tuple(dict.fromkeys((*a.projects, *(p for i in a.items for p in i.projects))))


def plan_in_view(plan: WorkPlan, period: Period) -> bool:
    """A plan covering the period (to track), within it, or for the next one (to show)."""
    return plan_covers(plan, period) or plan_within(plan, period) or plan_for_next(plan, period)


def plan_covers(plan: WorkPlan, period: Period) -> bool:
    """Whether ``plan``'s dates cover the whole of ``period`` (its progress is tracked).

    A plan's vague dates are read as its span: one for December (start and end
    ``2013-12``) runs from the first to the last day of the month."""
    return earliest(plan.start) <= period.start and period.end <= latest(plan.end)


def plan_within(plan: WorkPlan, period: Period) -> bool:
    """Whether ``plan`` lies within ``period`` without covering it (a month's plan in a year)."""
    inside = period.start <= earliest(plan.start) and latest(plan.end) <= period.end
    return inside and not plan_covers(plan, period)


def plan_for_next(plan: WorkPlan, period: Period) -> bool:
    """Whether ``plan`` lies within the period after ``period``, which a report titles it by."""
    try:
        following = period.next()
    except PeriodError:  # no period after the year 9999
        return False
    return following.start <= earliest(plan.start) and latest(plan.end) <= following.end


def cadence_held(
    group: DeputyGroup | None, period: Period, months: set[int]
) -> tuple[int | None, tuple[Period, ...] | None]:
    """The stretches of a group's cadence within ``period``, and those in which it held
    an activity (``months``: year * 12 + month - 1 of each it held one in)."""
    if group is None or group.cadence is None:
        return None, None
    stretches = group.cadence.stretches(period.start, period.end)
    held = tuple(
        _stretch(start, end)
        for start, end in stretches
        if any(
            start.year * 12 + start.month - 1 <= m <= end.year * 12 + end.month - 1 for m in months
        )
    )
    return len(stretches), held


def check_mergeable(mine_state: Any, other: Any, what: str = "summary") -> None:
    """Raise :class:`SummaryError` unless state ``other`` can be merged into ``mine_state``."""
    mine, theirs = mine_state.period, other.period
    if (mine.start, mine.end) != (theirs.start, theirs.end):
        msg = (
            f"cannot add the {what} of {theirs} to that of {mine}: "
            "summarise both parts over the same period"
        )
        raise SummaryError(msg)
    if mine_state.policy != other.policy:
        msg = f"cannot add {what}s made under different policies: use the same Policy"
        raise SummaryError(msg)
    if mine_state.parts & other.parts:
        msg = (
            f"cannot add a {what} to a sum that already holds it: each part's "
            "records would count twice (add each part once)"
        )
        raise SummaryError(msg)


def _stretch(start: dt.date, end: dt.date) -> Period:
    """A cadence's stretch as the calendar period it is (``2022-Q4``), else as a range."""
    for p in (
        Period.month(start.year, start.month),
        Period.quarter(start.year, (start.month - 1) // 3 + 1),
        Period.half(start.year, (start.month - 1) // 6 + 1),
        Period.year(start.year),
    ):
        if (p.start, p.end) == (start, end):
            return p
    return Period.between(start, end)


def source_key(source: Source) -> tuple[str, ...]:  # the date too: sources may differ by it
    d = source.date
    when = "" if d is None else f"{earliest(d)}{latest(d)}{isinstance(d, When) and d.inferred}"
    return (source.title, source.url or "", source.publisher or "", source.locator or "", when)


def possibly(state: Any) -> dict[str, int]:
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
