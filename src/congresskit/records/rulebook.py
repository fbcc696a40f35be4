"""Rule documents (制度), honours, and money: budget lines and allowances.

A rule document may carry a calendar rule, such as a reception day on the 15th of
each month, with the days of public notice it asks for; the collection check warns
when the records hold fewer receptions than the rule schedules.

>>> import datetime as dt
>>> rule = RuleDocument(id="r1", title="人大代表接待选民日制度", kind=RuleKind.RECEPTION_DAY,
...                     calendar_rule="FREQ=MONTHLY;BYMONTHDAY=15", notice_days=3)
>>> [d.isoformat() for d in rule.scheduled(dt.date(2020, 1, 1), dt.date(2020, 2, 29))]
['2020-01-15', '2020-02-15']
>>> rule.notice_by(dt.date(2020, 1, 15)).isoformat()
'2020-01-12'
"""

from __future__ import annotations

import datetime as dt

import attrs
from dateutil import rrule

from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.counts import Count
from congresskit.records.dates import earliest, latest
from congresskit.records.kinds import AllowanceBasis, BudgetKind, RecipientKind, RuleKind
from congresskit.records.people import rrule_text

__all__ = ["Allowance", "BudgetLine", "Honour", "RuleDocument"]

_count = v.optional(v.instance(Count, "a Count"))


@attrs.frozen(kw_only=True)
class RuleDocument(Record):
    """A rule document (制度) of the congress: what it governs, and any calendar rule.

    Attributes:
        title: e.g. ``"人大代表接待选民日制度"``.
        kind: attendance and duty assessment, reporting to voters, accepting
            voters' supervision, reception day, or other.
        adopted_on: when it was adopted, if stated.
        issuer: who issued it (``"镇人大主席团"``), if stated.
        calendar_rule: when the events it requires fall, as an RFC 5545
            recurrence rule (``"FREQ=MONTHLY;BYMONTHDAY=15"``), if it fixes one.
        notice_days: how many days before each event a public notice is due,
            if stated.
        notice_content: what the notice must say (the deputies receiving,
            the place, the hours), as the rule lists it.
        stations: ids of the stations a reception-day rule applies to; empty
            for all of the congress's stations.
    """

    title: str = attrs.field(validator=v.text)
    kind: RuleKind = attrs.field(default=RuleKind.OTHER, validator=v.member_of(RuleKind))
    adopted_on: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    issuer: str | None = attrs.field(default=None, validator=v.optional(v.text))
    calendar_rule: str | None = attrs.field(default=None, validator=v.optional(rrule_text))
    notice_days: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    notice_content: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
    )
    stations: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )

    def scheduled(self, start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
        """The days the calendar rule fixes from ``start`` to ``end`` (both included).

        Days before the rule was certainly adopted are left out; without a
        calendar rule there are none.
        """
        if self.calendar_rule is None:
            return ()
        first = max(start, latest(self.adopted_on)) if self.adopted_on else start
        if first > end:
            return ()
        dtstart = dt.datetime.combine(first, dt.time())
        rule = rrule.rrulestr(self.calendar_rule, dtstart=dtstart)
        last = dt.datetime.combine(end, dt.time())
        return tuple(d.date() for d in rule.between(dtstart, last, inc=True))

    def notice_by(self, day: dt.date) -> dt.date | None:
        """The last day the public notice of an event on ``day`` may appear, if a lead is set."""
        if self.notice_days is None:
            return None
        return earliest(day) - dt.timedelta(days=self.notice_days)


@attrs.frozen(kw_only=True)
class Honour(Record):
    """An honour awarded to a unit, a deputy, a congress, a group or a station.

    Attributes:
        title: the honour, e.g. ``"先进集体"``.
        recipient_kind: who received it.
        recipient: the id of the recipient's record, if it is among the records.
        recipient_name: the recipient's name as the source gives it, if stated.
        awarded_by: the awarding body (``"张掖市人大常委会"``), if stated.
        on: when it was awarded (a year is enough), if stated.
        campaign: the campaign it was awarded for (``"人大代表在行动"``), if stated.
        leader: the responsible leader named with it, if any.
    """

    title: str = attrs.field(validator=v.text)
    recipient_kind: RecipientKind = attrs.field(validator=v.member_of(RecipientKind))
    recipient: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    recipient_name: str | None = attrs.field(default=None, validator=v.optional(v.text))
    awarded_by: str | None = attrs.field(default=None, validator=v.optional(v.text))
    on: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    campaign: str | None = attrs.field(default=None, validator=v.optional(v.text))
    leader: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class BudgetLine(Record):
    """A line of the budget for congress work, e.g. the session expenses (人代会会议经费).

    Attributes:
        kind: session expenses, congress work, deputies' activities, or other.
        funder: who budgets it (``"镇政府"``), if stated.
        year: the year it is for, if stated.
        amount: the amount budgeted, in yuan, if stated (``None``: the
            source says only that it is budgeted, e.g. 全额纳入预算).
        spent: the amount spent, in yuan, if stated.
    """

    kind: BudgetKind = attrs.field(validator=v.member_of(BudgetKind))
    funder: str | None = attrs.field(default=None, validator=v.optional(v.text))
    year: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    amount: Count | None = attrs.field(default=None, validator=_count)
    spent: Count | None = attrs.field(default=None, validator=_count)


@attrs.frozen(kw_only=True)
class Allowance(Record):
    """An allowance paid to deputies, e.g. a lost-time allowance (误工补贴) per person per day.

    Attributes:
        name: e.g. ``"误工补贴"``.
        amount: yuan per ``basis``.
        basis: per person and day of activity, or per person and activity.
        eligible: who receives it (``"不脱产代表"``), if stated.
        start: from when it is paid, if stated.
    """

    name: str = attrs.field(validator=v.text)
    amount: int = attrs.field(validator=v.non_negative)
    basis: AllowanceBasis = attrs.field(
        default=AllowanceBasis.PERSON_DAY, validator=v.member_of(AllowanceBasis)
    )
    eligible: str | None = attrs.field(default=None, validator=v.optional(v.text))
    start: dt.date | None = attrs.field(default=None, validator=v.optional(v.day))
