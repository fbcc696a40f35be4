"""The between-session records of the example: campaigns and activities.

The campaigns (epidemic prevention, the poverty-alleviation "100-day battle")
with deputies' roles, and every activity of 2020 H1: campaign work, inspections,
joint safety checks, project supervision, surveys, visits, quarterly study and
the stations' monthly reception days. Who took part in a group's or station's
activity is read from the deputies' dated memberships on the day.
"""

from __future__ import annotations

import datetime as dt

from congresskit.example import _campaigns as campaigning
from congresskit.example import _data as data
from congresskit.example import _inspections as inspecting
from congresskit.example import _people as people
from congresskit.records.activities import Activity, Opinion
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, MembershipKind, OpinionResolution
from congresskit.records.people import Deputy, Station

__all__ = ["activities"]

D = dt.date
_H1_START, _H1_END = D(2020, 1, 1), D(2020, 6, 30)


def activities(deputies: tuple[Deputy, ...], stations: tuple[Station, ...]) -> tuple[Activity, ...]:
    """Every activity of 2020 H1, campaign work first, reception days last."""
    return (
        campaigning.campaign_activities(deputies)
        + inspecting.inspections_and_checks(deputies)
        + inspecting.surveys_and_visits(deputies)
        + _study(deputies)
        + _receptions(deputies, stations)
    )


def _study(deputies: tuple[Deputy, ...]) -> tuple[Activity, ...]:
    # Each group studies once a quarter; the groups meet on consecutive days.
    first_days = {1: D(2020, 3, 26), 2: D(2020, 6, 16)}
    result = []
    for quarter, first in first_days.items():
        for n in range(1, 5):
            day = first + dt.timedelta(days=n - 1)
            result.append(
                Activity(
                    id=f"study-2020q{quarter}-g{n}",
                    kind=ActivityKind.STUDY,
                    title=f"第{quarter}季度代表小组法律法规学习",
                    start=day,
                    organiser=f"g{n}",
                    group=f"g{n}",
                    participants=people.members(deputies, MembershipKind.GROUP, f"g{n}", day),
                    topics=data.STUDY_TOPICS,
                )
            )
    return tuple(result)


def _receptions(
    deputies: tuple[Deputy, ...], stations: tuple[Station, ...]
) -> tuple[Activity, ...]:
    result = []
    for station in stations:
        days = station.reception_days(_H1_START, _H1_END)
        for month, day in enumerate(days, start=1):
            opinions = tuple(
                Opinion(
                    text=text,
                    resolution=OpinionResolution(resolution),
                    suggestion=suggestion,
                )
                for st, m, text, resolution, suggestion in data.OPINIONS
                if st == station.id and m == month
            )
            result.append(
                Activity(
                    id=f"reception-{station.id}-2020-{month:02d}",
                    kind=ActivityKind.RECEPTION,
                    title="代表接访日",
                    start=day,
                    organiser=station.id,
                    station=station.id,
                    participants=people.members(deputies, MembershipKind.STATION, station.id, day),
                    # Each figure is a lower bound, so the total reads "200+" as the report does.
                    people_received=Count(
                        data.RECEPTION_PEOPLE[station.id][month - 1], at_least=True
                    ),
                    opinions_collected=Count(
                        data.RECEPTION_OPINIONS[station.id][month - 1], at_least=True
                    ),
                    opinions=opinions,
                    suggestions=tuple(o.suggestion for o in opinions if o.suggestion),
                )
            )
    return tuple(result)
