"""The congress body, its terms, and the units and places its records refer to."""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.activity_parts import LevelCount, unique_count_levels
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import Level, PlaceKind, UnitKind

__all__ = ["Congress", "Place", "Term", "Unit"]


@attrs.frozen(kw_only=True)
class Congress(Record):
    """A people's congress (人民代表大会): the body whose work the records describe.

    Attributes:
        name: the body's name, e.g. ``"XX镇人民代表大会"``.
        level: the administrative level; it decides, among other things, how
            many deputies a motion needs. A sub-district working committee
            (``subdistrict``, 街道人大工委) holds no sessions: its deputies
            belong to the district congress named as ``parent``.
        parent: the id of the congress one level up (the district's, for a
            town), if it is part of the records.
        deputies_by_level: deputies working in the body, by the level of the
            congress they belong to, as the source counts them when it does
            not name them all (a sub-district committee's 36 district
            deputies, the county deputies in a town's groups); empty when
            not stated.

    >>> Congress(id="xx-town", name="XX镇人民代表大会", level=Level.TOWN).level.value
    'town'
    """

    name: str = attrs.field(validator=v.text)
    level: Level = attrs.field(validator=v.member_of(Level))
    parent: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    deputies_by_level: tuple[LevelCount, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(LevelCount, "a LevelCount")), unique_count_levels],
    )


@attrs.frozen(kw_only=True)
class Term(Record):
    """A term (届) of a congress, numbered; five years at township and county level.

    Attributes:
        congress: the id of the congress.
        number: the term's number (第十九届 is 19), from 1 to 999.
        start: the first day of the term, or ``None`` when not stated.
        end: the last day of the term, or ``None`` when not stated.
    """

    congress: str = attrs.field(validator=v.identifier)
    number: int = attrs.field(validator=v.ordinal)
    start: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    end: dt.date | None = attrs.field(
        default=None,
        converter=cv.to_optional_date,
        validator=v.optional(v.day, v.not_earlier_than("start")),
    )

    @property
    def dated(self) -> bool:
        """Whether both the term's first and last days are stated."""
        return self.start is not None and self.end is not None

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` certainly falls within the term (both ends included).

        An end that is not stated is taken as open, so only a day certainly
        before a stated start or after a stated end is outside; a vague day
        (a :class:`~congresskit.When`) must lie wholly inside.
        """
        first, last = earliest(day), latest(day)
        if self.start is not None and first < latest(self.start):
            return False
        return self.end is None or last <= earliest(self.end)

    def excludes(self, day: dt.date) -> bool:
        """Whether ``day`` certainly falls outside the term (before its start or after its end)."""
        if self.start is not None and latest(day) < earliest(self.start):
            return True
        return self.end is not None and latest(self.end) < earliest(day)

    @property
    def years(self) -> tuple[int, ...]:
        """The calendar years the term touches, in order (none when its dates are not stated)."""
        if self.start is None or self.end is None:
            return ()
        return tuple(range(earliest(self.start).year, latest(self.end).year + 1))


@attrs.frozen(kw_only=True)
class Unit(Record):
    """An organisation: a handling unit, an inspected or evaluated unit, a department.

    Attributes:
        name: e.g. ``"区民政局"``.
        kind: what sort of unit it is.
        parent: the id of the unit it belongs to, if any.
    """

    name: str = attrs.field(validator=v.text)
    kind: UnitKind = attrs.field(default=UnitKind.OTHER, validator=v.member_of(UnitKind))
    parent: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True)
class Place(Record):
    """A place activities cover: a village, a community, a site.

    Attributes:
        name: e.g. ``"称沱村"``.
        kind: what sort of place it is.
    """

    name: str = attrs.field(validator=v.text)
    kind: PlaceKind = attrs.field(default=PlaceKind.VILLAGE, validator=v.member_of(PlaceKind))
