"""The election cycle (换届) and by-elections (补选): a plan, its electoral districts and seats.

>>> from congresskit import Level
>>> plan = ElectionPlan(id="e2021", title="换届选举实施方案", districts=(
...     ElectoralDistrict(name="第一选区", level=Level.TOWN, seats=3),
...     ElectoralDistrict(name="第一选区", level=Level.DISTRICT, seats=1),
...     ElectoralDistrict(name="第二选区", level=Level.TOWN, seats=2)))
>>> {level.value: n for level, n in plan.seats_by_level.items()}
{'town': 5, 'district': 1}

A by-election fills vacancies in a term already elected; a plan says so by its
kind, and may state only the seats in all:

>>> by = ElectionPlan(id="e-by", title="补选县人大代表", kind=ElectionKind.BY_ELECTION,
...     seats_reported=(LevelSeats(level=Level.COUNTY, seats=2),))
>>> by.kind.value, by.seats[Level.COUNTY]
('by_election', 2)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.enums import ElectionKind, Level

__all__ = ["ElectionPlan", "ElectoralDistrict", "LevelSeats"]


@attrs.frozen(kw_only=True)
class ElectoralDistrict:
    """An electoral district (选区) and the seats it elects at one level.

    A district electing deputies of two levels (a town's and the district's)
    is listed once for each level.

    Attributes:
        name: e.g. ``"第一选区"``.
        level: the level of the congress whose deputies it elects.
        seats: how many deputies it elects (应选代表名额).
        places: ids of the places (villages, communities) it covers.
    """

    name: str = attrs.field(validator=v.text)
    level: Level = attrs.field(validator=v.member_of(Level))
    seats: int = attrs.field(validator=v.positive)
    places: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )


@attrs.frozen(kw_only=True)
class LevelSeats:
    """The seats a plan allots at one level in all, as the source states the total."""

    level: Level = attrs.field(validator=v.member_of(Level))
    seats: int = attrs.field(validator=v.positive)


@attrs.frozen(kw_only=True)
class ElectionPlan(Record):
    """A plan for electing deputies: of a new term (换届选举实施方案) or, in a
    by-election (补选), to fill vacancies in a term already elected.

    Attributes:
        title: e.g. ``"XX镇换届选举工作实施方案"``.
        kind: a general election (``general``, the default) or a by-election
            (``by_election``).
        term: the id of the term to be elected (for a by-election: the term
            whose vacancies it fills), if among the records.
        adopted_on: when it was adopted, if stated.
        adopted_at: the id of the presidium meeting that adopted it, if any.
        election_day: the day of the vote, if stated.
        districts: the electoral districts and their seats, as far as listed.
        seats_reported: the seats in all at each level, as the source states
            them; the listed districts never allot more (a source may list
            only some districts).
        committee: the election committee set up for the elections
            (``"乡镇选举委员会"``), if stated.
        stages: the stages the plan names, in order (``"选民登记"``, ...).
        legal_basis: the laws and rules the plan cites as its basis
            (``"《选举法》"``), in the source's words.
        elected_reported: the deputies elected at each level, as the source
            reports them once the elections are over; never more than the
            seats at that level, where those are known.
    """

    title: str = attrs.field(validator=v.text)
    kind: ElectionKind = attrs.field(
        default=ElectionKind.GENERAL, validator=v.member_of(ElectionKind)
    )
    term: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    adopted_on: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    adopted_at: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    election_day: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    districts: tuple[ElectoralDistrict, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(ElectoralDistrict, "an ElectoralDistrict")),
    )
    seats_reported: tuple[LevelSeats, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(LevelSeats, "a LevelSeats"))
    )
    committee: str | None = attrs.field(default=None, validator=v.optional(v.text))
    stages: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text, unique=True)
    )
    legal_basis: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text, unique=True)
    )
    elected_reported: tuple[LevelSeats, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(LevelSeats, "a LevelSeats"))
    )

    def __attrs_post_init__(self) -> None:
        seen: set[tuple[str, Level]] = set()
        for i, d in enumerate(self.districts):
            if (d.name, d.level) in seen:
                raise FieldError(
                    "ElectionPlan",
                    f"districts[{i}]",
                    d.name,
                    "unique",
                    "the same district is listed twice at one level",
                )
            seen.add((d.name, d.level))
        for name in ("seats_reported", "elected_reported"):
            levels = [s.level for s in getattr(self, name)]
            if len(set(levels)) < len(levels):
                raise FieldError("ElectionPlan", name, levels, "unique", "a level is given twice")
        for s in self.seats_reported:
            listed = self.seats_by_level.get(s.level, 0)
            if listed > s.seats:
                raise FieldError(
                    "ElectionPlan",
                    "districts, seats_reported",
                    listed,
                    "at_most",
                    f"the districts allot {listed} {s.level.value} seats, more than the "
                    f"{s.seats} reported",
                )
        seats = self.seats
        for e in self.elected_reported:
            if e.level in seats and e.seats > seats[e.level]:
                raise FieldError(
                    "ElectionPlan",
                    "elected_reported, seats",
                    e.seats,
                    "at_most",
                    f"{e.seats} {e.level.value} deputies elected, more than the "
                    f"{seats[e.level]} seats",
                )

    @property
    def seats_by_level(self) -> Mapping[Level, int]:
        """The seats the listed districts allot, by level, in the order first listed."""
        result: dict[Level, int] = {}
        for d in self.districts:
            result[d.level] = result.get(d.level, 0) + d.seats
        return result

    @property
    def seats(self) -> Mapping[Level, int]:
        """The seats at each level: as reported where the source states a total, else listed."""
        result = dict(self.seats_by_level)
        for s in self.seats_reported:
            result[s.level] = s.seats
        return result
