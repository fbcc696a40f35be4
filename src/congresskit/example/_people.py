"""The example's deputies with their dated memberships, and its stations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from congresskit.example import _data as data
from congresskit.records.enums import Level, MembershipKind
from congresskit.records.people import Deputy, Membership, Station

__all__ = ["TERM_END", "TERM_START", "deputies", "members", "stations", "town_deputies"]

D = dt.date
TERM_START, TERM_END = D(2016, 12, 15), D(2021, 12, 14)
_GROUPS_FORMED = D(2017, 1, 10)
# Two stations opened in 2017, two more in 2018.
_STATIONS_OPENED = {
    "st1": D(2017, 3, 1),
    "st2": D(2017, 3, 1),
    "st3": D(2018, 5, 1),
    "st4": D(2018, 5, 1),
}
_BY_ELECTION, _MOVE = D(2019, 6, 20), D(2020, 4, 1)


def deputies() -> tuple[Deputy, ...]:
    places = {i: n for i, n, _ in data.PLACES}
    result = []
    for row in data.DEPUTIES:
        joined = _BY_ELECTION if row.id == data.BY_ELECTED else TERM_START
        station = "st" + row.group[1:]
        group_role = row.role if row.role == "组长" else None
        term_role = None if row.role == "组长" else row.role
        memberships: list[Membership] = []
        if Level.TOWN in row.levels:
            memberships.append(
                Membership(kind=MembershipKind.TERM, of=data.TERM, start=joined, role=term_role)
            )
        group_start = max(joined, _GROUPS_FORMED)
        station_start = max(joined, _STATIONS_OPENED[station])
        if row.id == data.MOVED:
            # Moved house in spring 2020: a new group and station from 1 April.
            last = _MOVE - dt.timedelta(days=1)
            new_group = data.MOVED_TO
            memberships += [
                Membership(kind=MembershipKind.GROUP, of=row.group, start=group_start, end=last),
                Membership(kind=MembershipKind.GROUP, of=new_group, start=_MOVE),
                Membership(kind=MembershipKind.STATION, of=station, start=station_start, end=last),
                Membership(kind=MembershipKind.STATION, of="st" + new_group[1:], start=_MOVE),
            ]
        else:
            memberships += [
                Membership(
                    kind=MembershipKind.GROUP, of=row.group, start=group_start, role=group_role
                ),
                Membership(kind=MembershipKind.STATION, of=station, start=station_start),
            ]
        result.append(
            Deputy(
                id=row.id,
                name=row.name,
                levels=row.levels,
                gender=row.gender,
                constituency=f"{places[row.home]}选区",
                memberships=tuple(memberships),
            )
        )
    return tuple(result)


def stations() -> tuple[Station, ...]:
    return tuple(
        Station(id=i, name=n, place=p, opened=_STATIONS_OPENED[i], reception_rule=rule)
        for i, n, p, rule in data.STATIONS
    )


def members(deputies: Iterable[Deputy], kind: MembershipKind, of: str, day: D) -> tuple[str, ...]:
    """The ids of the deputies holding a membership of ``kind`` in ``of`` on ``day``."""
    return tuple(d.id for d in deputies if d.member_of(kind, of, day))


def town_deputies(deputies: Iterable[Deputy], day: D) -> tuple[str, ...]:
    """The ids of the town deputies serving in term 19 on ``day``."""
    return members(deputies, MembershipKind.TERM, data.TERM, day)
