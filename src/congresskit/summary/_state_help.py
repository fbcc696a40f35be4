"""Helpers of the summary's state: where a vague record falls, and merging breakdowns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from congresskit.errors import CongresskitError
from congresskit.records.activities import Campaign
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.dates import When
from congresskit.records.people import Deputy, DeputyGroup, Station
from congresskit.records.plans import WorkPlan
from congresskit.records.projects import LivelihoodProject
from congresskit.records.sessions import PresidiumMeeting, Session
from congresskit.summary.periods import Period


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
}
_ACTIVITY_BREAKDOWNS = ("by_kind", "by_month", "by_station", "by_group", "by_campaign")
_SUGGESTION_BREAKDOWNS = ("sug_by_group", "sug_by_station")
# "possible": records that may or may not fall in the period (vague dates), by section.
_COUNTERS = ("project_activities", "at_session", "possible")


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
