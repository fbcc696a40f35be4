"""Replaceable rules: handling deadlines, motion signatures and the quorum.

Local practice varies, so every number the rules use is a field of
:class:`Policy` with the usual national default. Replace what differs:

>>> from dateutil.relativedelta import relativedelta
>>> local = Policy(rehandle_reply_within=relativedelta(months=2))
>>> local.reply_within
relativedelta(months=+3)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from congresskit.errors import FieldError, FieldTypeError
from congresskit.records.enums import Level, Outcome

__all__ = ["DEFAULT_POLICY", "Policy"]


_THREE_MONTHS = relativedelta(months=3)
_SIX_MONTHS = relativedelta(months=6)
_ONE_MONTH = relativedelta(months=1)


class _Frozen(Mapping[Level, int]):
    """A read-only mapping that pickles (a ``MappingProxyType`` does not)."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[Level, int]) -> None:
        self._items = dict(items)

    def __getitem__(self, key: Level) -> int:
        return self._items[key]

    def __iter__(self) -> Iterator[Level]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and self._items == dict(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._items)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Frozen, (self._items,))


def _frozen_copy(signatories: Mapping[Level, int]) -> Mapping[Level, int]:
    # A copy, so that changing the caller's dict afterwards cannot change a
    # frozen policy; and a typed converter, so that type checkers accept a
    # plain dict as the argument.
    if not isinstance(signatories, Mapping):
        raise FieldTypeError(
            "Policy", "motion_signatories", signatories, "a mapping of Level to int"
        )
    return _Frozen(signatories)


def _span(instance: Any, attribute: Any, value: Any) -> None:
    # A bare number of days or months would be ambiguous; say so at construction.
    if not isinstance(value, relativedelta):
        raise FieldTypeError(
            "Policy",
            attribute.name,
            value,
            "a dateutil relativedelta, e.g. relativedelta(months=3)",
        )


def _share(instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, Fraction):
        raise FieldTypeError("Policy", attribute.name, value, "a Fraction, e.g. Fraction(2, 3)")
    if not 0 < value <= 1:
        raise FieldError(
            "Policy", attribute.name, value, "share", "must be more than 0 and at most 1"
        )


def _signatories(instance: Any, attribute: Any, value: Any) -> None:
    assert isinstance(value, Mapping)  # the converter made sure
    for level, number in value.items():
        if not isinstance(level, Level) or not isinstance(number, int) or isinstance(number, bool):
            raise FieldTypeError(
                "Policy", attribute.name, {level: number}, "a mapping of Level to int"
            )


def _outcomes(instance: Any, attribute: Any, value: Any) -> None:
    if type(value) is not tuple or not value or not all(isinstance(o, Outcome) for o in value):
        raise FieldTypeError(
            "Policy", attribute.name, value, "a non-empty tuple of Outcome, e.g. (Outcome.A,)"
        )


def _working_days(instance: Any, attribute: Any, value: Any) -> None:
    if type(value) is not int or value < 0:
        raise FieldTypeError("Policy", attribute.name, value, "a whole number of days, 0 or more")


def _default_signatories() -> Mapping[Level, int]:
    return _Frozen(
        {
            Level.TOWNSHIP: 5,
            Level.TOWN: 5,
            Level.COUNTY: 10,
            Level.DISTRICT: 10,
            Level.CITY: 10,
            Level.PROVINCE: 10,
            Level.NATIONAL: 30,
            # A sub-district committee's deputies sign as district deputies.
            Level.SUBDISTRICT: 10,
        }
    )


@attrs.frozen(kw_only=True)
class Policy:
    """The rules congresskit applies where the law leaves room for local practice.

    Attributes:
        reply_within: how long a handling unit has to reply after assignment
            (default 3 months).
        extended_reply_within: the same, for a complex suggestion whose
            deadline was extended (default 6 months).
        rehandle_reply_within: how long a unit has to reply again after a
            dissatisfied evaluation sends the suggestion back (default 1 month;
            some places use 2).
        motion_signatories: the least number of deputies (lead plus co-signers)
            a motion needs, by level (township and town 5; county and up 10;
            national 30).
        quorum: the share of deputies due that must be present for a session
            to be quorate (default two thirds).

    Raises:
        FieldTypeError: a deadline that is not a ``relativedelta`` (a bare
            ``15`` could mean days or months), a quorum that is not a
            ``Fraction``, or signatures not a mapping of level to number.
        FieldError: a quorum not above 0 and at most 1.
        outcome_classes: the reply classes in use (default A, B, C and D;
            a place without class D replaces it with A, B and C, and
            ``check`` then refuses a D reply).
        return_within_working_days: how many working days (Monday to
            Friday) after assignment a unit may return a suggestion to the
            presidium (default 5); ``check`` warns of a later return.
    """

    reply_within: relativedelta = attrs.field(default=_THREE_MONTHS, validator=_span)
    extended_reply_within: relativedelta = attrs.field(default=_SIX_MONTHS, validator=_span)
    rehandle_reply_within: relativedelta = attrs.field(default=_ONE_MONTH, validator=_span)
    motion_signatories: Mapping[Level, int] = attrs.field(
        factory=_default_signatories,
        converter=_frozen_copy,
        validator=_signatories,
        eq=dict,
        hash=False,
    )
    quorum: Fraction = attrs.field(default=Fraction(2, 3), validator=_share)
    outcome_classes: tuple[Outcome, ...] = attrs.field(
        default=(Outcome.A, Outcome.B, Outcome.C, Outcome.D), validator=_outcomes
    )
    return_within_working_days: int = attrs.field(default=5, validator=_working_days)

    def working_days(self, start: dt.date, end: dt.date) -> int:
        """Working days (Monday to Friday) after ``start`` up to and including ``end``."""
        days = (end - start).days
        if days <= 0:
            return 0
        weeks, rest = divmod(days, 7)
        count = weeks * 5
        weekday = start.weekday()
        for i in range(1, rest + 1):
            if (weekday + i) % 7 < 5:
                count += 1
        return count

    def return_due(self, assigned: dt.date, returned: dt.date) -> bool:
        """Whether a return on ``returned`` of an assignment on ``assigned`` is in time."""
        return self.working_days(assigned, returned) <= self.return_within_working_days

    def due(self, start: dt.date, *, extended: bool = False, rehandling: bool = False) -> dt.date:
        """The reply deadline of a handling round that began on ``start``.

        Month arithmetic follows dateutil: 30 November plus three months is
        28 (or 29) February, never a day in March. A deadline that would fall
        after the last day of the calendar (9999-12-31) is that last day: no
        reply can be late before it.
        """
        if rehandling:
            within = self.rehandle_reply_within
        else:
            within = self.extended_reply_within if extended else self.reply_within
        try:
            return start + within
        except (OverflowError, ValueError):  # past the year 9999
            return dt.date.max

    def min_signatories(self, level: Level) -> int:
        """The least number of deputies a motion needs at ``level``."""
        return self.motion_signatories.get(level, 1)


#: The policy used when none is given.
DEFAULT_POLICY = Policy()
