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

from congresskit.records.enums import Level, Outcome

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
        outcome_classes: the reply classes in use (default A, B, C and D;
            a place without class D replaces it with A, B and C, and
            ``check`` then refuses a D reply).
        return_within_working_days: how many working days (Monday to
            Friday) after assignment a unit may return a suggestion to the
            presidium (default 5); ``check`` warns of a later return.
    """

    reply_within: relativedelta = _THREE_MONTHS
    extended_reply_within: relativedelta = _SIX_MONTHS
    rehandle_reply_within: relativedelta = _ONE_MONTH
    motion_signatories: Mapping[Level, int] = attrs.field(
        factory=_default_signatories, converter=_frozen_copy, eq=dict, hash=False
    )
    quorum: Fraction = Fraction(2, 3)
    outcome_classes: tuple[Outcome, ...] = (Outcome.A, Outcome.B, Outcome.C, Outcome.D)
    return_within_working_days: int = 5

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
        28 (or 29) February, never a day in March.
        """
        if rehandling:
            return start + self.rehandle_reply_within
        return start + (self.extended_reply_within if extended else self.reply_within)

    def min_signatories(self, level: Level) -> int:
        """The least number of deputies a motion needs at ``level``."""
        return self.motion_signatories.get(level, 1)


#: The policy used when none is given.
DEFAULT_POLICY = Policy()
