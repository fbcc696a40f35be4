"""Deputies, their dated memberships, deputy groups and stations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from dateutil import rrule

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.dates import placed
from congresskit.records.enums import Cadence, Gender, GroupKind, Level, MembershipKind, StationKind

__all__ = ["Contact", "Deputy", "DeputyGroup", "Membership", "Station"]


@attrs.frozen(kw_only=True)
class Contact:
    """A deputy's personal contact details.

    These are private: the ``public`` export profile leaves them out.
    """

    phone: str | None = attrs.field(default=None, validator=v.optional(v.text))
    address: str | None = attrs.field(default=None, validator=v.optional(v.text))
    id_number: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class Membership:
    """A dated membership: of a term (as its deputy), a deputy group or a station.

    Attributes:
        kind: what the deputy is a member of.
        of: the id of the term, group or station.
        start: the first day of the membership.
        end: the last day, or ``None`` while it lasts.
        role: the deputy's role there, e.g. ``"组长"``, if any.
    """

    kind: MembershipKind = attrs.field(validator=v.member_of(MembershipKind))
    of: str = attrs.field(validator=v.identifier)
    start: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    end: dt.date | None = attrs.field(
        default=None,
        converter=cv.to_optional_date,
        validator=v.optional(v.day, v.not_earlier_than("start")),
    )
    role: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def active_on(self, day: dt.date) -> bool:
        """Whether the membership covers ``day`` (a vague date: its earliest day)."""
        return self.start <= day and (self.end is None or day <= self.end)

    def in_force(self, day: dt.date) -> bool | None:
        """Whether the membership was in force on ``day``, which may be vague.

        ``True`` when it covers every day a vague date (:class:`~congresskit.When`)
        may be, ``False`` when it covers none of them, ``None`` when it covers
        only some, so that nobody has to guess which.

        >>> from congresskit import When
        >>> m = Membership(kind=MembershipKind.GROUP, of="g1", start=dt.date(2020, 3, 16))
        >>> m.in_force(When.of_month(2020, 4)), m.in_force(When.of_month(2020, 3))
        (True, None)
        """
        return placed(day, self.start, self.end or dt.date.max)

    def overlaps(self, start: dt.date, end: dt.date | None) -> bool:
        """Whether the membership shares at least one day with ``start``..``end``."""
        far = dt.date.max
        return self.start <= (end or far) and start <= (self.end or far)


@attrs.frozen(kw_only=True)
class Deputy(Record):
    """A deputy (代表): an elected member of one or more congresses.

    Attributes:
        name: the deputy's name; two deputies may share it, so records refer to
            deputies by ``id`` only.
        levels: the levels at which the deputy is elected; a town deputy who is
            also a district deputy has both (no repeats). Empty when the
            source does not state the level.
        gender: if recorded.
        constituency: the electoral district (选区), if recorded.
        memberships: dated memberships of terms, groups and stations.
        contact: private contact details, if recorded.

    >>> import datetime as dt
    >>> d = Deputy(id="d01", name="张华", levels=(Level.TOWN,), memberships=(
    ...     Membership(kind=MembershipKind.TERM, of="t19", start=dt.date(2016, 12, 1)),))
    >>> d.member_of(MembershipKind.TERM, "t19", dt.date(2020, 1, 13))
    True
    """

    name: str = attrs.field(validator=v.text)
    levels: tuple[Level, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.member_of(Level), unique=True)
    )
    gender: Gender | None = attrs.field(default=None, validator=v.optional(v.member_of(Gender)))
    constituency: str | None = attrs.field(default=None, validator=v.optional(v.text))
    memberships: tuple[Membership, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Membership, "a Membership"))
    )
    contact: Contact | None = attrs.field(
        default=None, validator=v.optional(v.instance(Contact, "a Contact"))
    )

    def member_of(self, kind: MembershipKind, of: str, day: dt.date) -> bool:
        """Whether the deputy holds a membership of ``kind`` in ``of`` on ``day``."""
        return any(m.kind is kind and m.of == of and m.active_on(day) for m in self.memberships)

    def memberships_on(self, kind: MembershipKind, day: dt.date) -> tuple[str, ...]:
        """The ids of the terms, groups or stations the deputy belongs to on ``day``."""
        return tuple(m.of for m in self.memberships if m.kind is kind and m.active_on(day))

    def memberships_at(
        self, kind: MembershipKind, day: dt.date
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The ids of ``kind`` the deputy belonged to on ``day``, which may be vague.

        Returns:
            The ids of the memberships in force on every day ``day`` may be,
            and apart the ids of those in force on only some of them (a date
            too vague to say; empty for an exact day), each once.

        >>> from congresskit import When
        >>> d = Deputy(id="d1", name="张华", memberships=(
        ...     Membership(kind=MembershipKind.GROUP, of="g1", start=dt.date(2019, 1, 1),
        ...         end=dt.date(2020, 3, 15)),
        ...     Membership(kind=MembershipKind.GROUP, of="g2", start=dt.date(2020, 3, 16))))
        >>> d.memberships_at(MembershipKind.GROUP, dt.date(2020, 2, 1))
        (('g1',), ())
        >>> d.memberships_at(MembershipKind.GROUP, When.of_month(2020, 3))
        ((), ('g1', 'g2'))
        """
        spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
        for m in self.memberships:
            if m.kind is kind and m.in_force(day) is not False:
                spans.setdefault(m.of, []).append((m.start, m.end or dt.date.max))
        certain, possible = [], []
        for of, held in spans.items():
            # Memberships of one target that follow on (a new role from the next
            # day) are one stretch: a vague date within them is certain.
            ordered = sorted(held)
            first, reach = ordered[0]
            for start, end in ordered:
                if reach < dt.date.max and start > reach + dt.timedelta(days=1):
                    first, reach = start, end
                reach = max(reach, end)
                if placed(day, first, reach):
                    certain.append(of)
                    break
            else:
                possible.append(of)
        return tuple(certain), tuple(possible)


@attrs.frozen(kw_only=True)
class DeputyGroup(Record):
    """A group deputies are organised in for activities between sessions.

    Attributes:
        name: e.g. ``"第一代表小组"``.
        kind: a deputy group (代表小组, the default), a delegation (代表团)
            or a team (代表队).
        number: the group's number (第一代表小组 is 1), if it has one.
        term: the id of the term the group is organised for, if recorded.
        station: the id of the station the group works from (its base), if any.
        cadence: how often the group is to hold a concentrated activity
            (``quarterly``: at least one activity each calendar quarter), if
            a rule says; the check warns of stretches without one, and the
            summary counts the stretches held.

    >>> from congresskit import Cadence
    >>> g = DeputyGroup(id="g1", name="第一代表小组", number=1, cadence=Cadence.QUARTERLY)
    >>> g.kind.value, g.cadence.months
    ('deputy_group', 3)
    """

    name: str = attrs.field(validator=v.text)
    kind: GroupKind = attrs.field(default=GroupKind.DEPUTY_GROUP, validator=v.member_of(GroupKind))
    number: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    term: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    station: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    cadence: Cadence | None = attrs.field(default=None, validator=v.optional(v.member_of(Cadence)))


#: Where a reception rule counts from when neither the rule (``DTSTART``) nor the
#: station (``opened``) says: a fixed day, so that the days of a period never
#: depend on the period asked (a Monday, for weekly rules).
RULE_EPOCH = dt.date(1900, 1, 1)
_DAY_FREQUENCIES = (rrule.YEARLY, rrule.MONTHLY, rrule.WEEKLY, rrule.DAILY)
_RULE_EXAMPLE = "such as 'FREQ=MONTHLY;BYMONTHDAY=15'"


def _parse_rule(text: str, anchor: dt.date) -> rrule.rrule:
    """The rule of ``text``, starting at its own ``DTSTART`` or else at ``anchor``.

    Raises:
        ValueError: with a message for people (no parser internals).
    """
    try:
        rule = rrule.rrulestr(text, dtstart=dt.datetime.combine(anchor, dt.time()))
    except (ValueError, TypeError, OverflowError, IndexError, KeyError):
        msg = f"not an RFC 5545 recurrence rule {_RULE_EXAMPLE}"
        raise ValueError(msg) from None
    if not isinstance(rule, rrule.rrule):
        msg = f"one recurrence rule is expected (after a DTSTART, if any), {_RULE_EXAMPLE}"
        raise ValueError(msg)
    # dateutil keeps a rule's parts in private attributes (its stubs do not list them).
    if rule._freq not in _DAY_FREQUENCIES:  # type: ignore[attr-defined]
        msg = "reception days are days: FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY"
        raise ValueError(msg)
    if rule._dtstart.tzinfo is not None:  # type: ignore[attr-defined]
        msg = "DTSTART must be a date or a local time, without a time zone"
        raise ValueError(msg)
    return rule


def _has_dtstart(text: str) -> bool:
    return "DTSTART" in text.upper()


def rrule_text(instance: Any, attribute: Any, value: str) -> None:
    """A validator: the value is an RFC 5545 recurrence rule of days dateutil can expand."""
    v.text(instance, attribute, value)
    try:
        _parse_rule(value, RULE_EPOCH)
    except ValueError as exc:
        raise FieldError(
            type(instance).__name__, attribute.name, value, "rrule", str(exc)
        ) from None


@attrs.frozen(kw_only=True)
class Station(Record):
    """A facility deputies work from: a work or liaison station (代表工作站/联络站),
    a deputies' home (代表之家), a reception point or an activity room.

    Attributes:
        name: e.g. ``"称沱村代表工作站"``.
        kind: what sort of facility it is (a work station unless stated);
            a facility need not hold reception days.
        place: the id of the place where it stands, if recorded.
        opened: the day it opened, if recorded.
        reception_rule: when its reception days fall, as an RFC 5545 recurrence
            rule (``"FREQ=MONTHLY;BYMONTHDAY=15"`` for the 15th of each month),
            optionally after a ``DTSTART`` line. The rule counts from its
            ``DTSTART``, else from the opening day, else from 1 January
            1900, never from the period asked, so that
            ``INTERVAL`` and ``COUNT`` give the same days however a year is
            split; a rule with ``COUNT`` needs a ``DTSTART`` or an opening day.
            Days before the opening day are never reception days.
        count: how many facilities the record stands for, when the source
            counts them without naming each (18 residential contact points);
            ``None`` for one.

    >>> s = Station(id="s1", name="一号站", reception_rule="FREQ=MONTHLY;BYMONTHDAY=15")
    >>> [d.isoformat() for d in s.reception_days(dt.date(2020, 1, 1), dt.date(2020, 3, 31))]
    ['2020-01-15', '2020-02-15', '2020-03-15']
    """

    name: str = attrs.field(validator=v.text)
    kind: StationKind = attrs.field(
        default=StationKind.WORK_STATION, validator=v.member_of(StationKind)
    )
    place: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    opened: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    reception_rule: str | None = attrs.field(default=None, validator=v.optional(rrule_text))
    count: int | None = attrs.field(default=None, validator=v.optional(v.positive))

    def __attrs_post_init__(self) -> None:
        rule = self.reception_rule
        if (
            rule is not None
            and self.opened is None
            and not _has_dtstart(rule)
            and _parse_rule(rule, RULE_EPOCH)._count is not None  # type: ignore[attr-defined]
        ):
            raise FieldError(
                "Station",
                "opened, reception_rule",
                rule,
                "rrule_start",
                "a reception rule with COUNT counts from a start: give the opening day, "
                "or a DTSTART in the rule",
            )

    def reception_days(self, start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
        """The scheduled reception days from ``start`` to ``end`` (both included)."""
        if self.reception_rule is None:
            return ()
        rule = _parse_rule(self.reception_rule, self.opened or RULE_EPOCH)
        first = max(start, self.opened) if self.opened else start
        window = (dt.datetime.combine(first, dt.time()), dt.datetime.combine(end, dt.time.max))
        return tuple(d.date() for d in rule.between(*window, inc=True))
