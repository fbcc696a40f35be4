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
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

import attrs
from dateutil.relativedelta import relativedelta

from congresskit.records.enums import Level

__all__ = ["DEFAULT_POLICY", "Policy"]


_THREE_MONTHS = relativedelta(months=3)
_SIX_MONTHS = relativedelta(months=6)
_ONE_MONTH = relativedelta(months=1)


def _frozen_copy(signatories: Mapping[Level, int]) -> Mapping[Level, int]:
    # A copy, so that changing the caller's dict afterwards cannot change a
    # frozen policy; and a typed converter, so that type checkers accept a
    # plain dict as the argument.
    return MappingProxyType(dict(signatories))


def _default_signatories() -> Mapping[Level, int]:
    return MappingProxyType(
        {
            Level.TOWNSHIP: 5,
            Level.TOWN: 5,
            Level.COUNTY: 10,
            Level.DISTRICT: 10,
            Level.CITY: 10,
            Level.PROVINCE: 10,
            Level.NATIONAL: 30,
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
    """

    reply_within: relativedelta = _THREE_MONTHS
    extended_reply_within: relativedelta = _SIX_MONTHS
    rehandle_reply_within: relativedelta = _ONE_MONTH
    motion_signatories: Mapping[Level, int] = attrs.field(
        factory=_default_signatories, converter=_frozen_copy, eq=dict, hash=False
    )
    quorum: Fraction = Fraction(2, 3)

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
