"""The rule documents, honours and money of a period summary.

:class:`RuleSummary` holds a rule document's calendar rule against the period's
records; :class:`MoneySummary` gives the budget lines for the period's years, the
allowances in force, and what the period's activities imply under each
allowance (assuming every deputy taking part is eligible, which the records
rarely say: an upper figure for allowances restricted to some deputies).
"""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.records.counts import Count
from congresskit.records.cycle import ElectionPlan
from congresskit.records.dates import earliest
from congresskit.records.enums import ActivityKind
from congresskit.records.kinds import AllowanceBasis, BudgetKind, RuleKind
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.summary.periods import Period

__all__ = ["AllowanceFigure", "MoneySummary", "RuleSummary"]

_ZERO = Count(0)
_BUDGET_ORDER = {k: i for i, k in enumerate(BudgetKind)}


@attrs.frozen(kw_only=True)
class RuleSummary:
    """A rule document in force in the period, and how the records stand against it.

    Attributes:
        id, title, kind: the rule document.
        adopted_on: when it was adopted, if stated.
        notice_days: the public notice lead time it asks for, if stated.
        scheduled: the days its calendar rule fixes in the period (after its
            adoption); ``None`` without a calendar rule.
        held: for a reception-day rule with a calendar rule, the reception
            activities in the period at its stations (any station if it names
            none); ``None`` otherwise.
        day_of_month: the day of each month its calendar rule fixes (20 for
            "每月20日"), when the rule is monthly on one day; ``None`` otherwise.
        notice_content: what the public notice must say, as the rule lists it.
    """

    id: str
    title: str
    kind: RuleKind
    adopted_on: dt.date | None = None
    notice_days: int | None = None
    scheduled: int | None = None
    held: int | None = None
    day_of_month: int | None = None
    notice_content: tuple[str, ...] = ()

    @property
    def short(self) -> int | None:
        """How many fewer were held than scheduled (0 if none fewer), or ``None``."""
        if self.scheduled is None or self.held is None:
            return None
        return max(0, self.scheduled - self.held)


@attrs.frozen(kw_only=True)
class AllowanceFigure:
    """An allowance in force, and what the period's activities imply under it.

    Attributes:
        allowance: the allowance record.
        units: person-days (or person-times, for a per-activity allowance)
            of deputies in the period's activities.
        implied: ``amount`` times ``units``, in yuan: what is due if every
            deputy taking part is eligible.
    """

    allowance: Allowance
    units: Count = _ZERO
    implied: Count = _ZERO


@attrs.frozen(kw_only=True)
class MoneySummary:
    """Budget lines for the period's years, and the allowances in force.

    Attributes:
        budget_lines: the budget lines whose year falls in the period (or is
            not stated), by kind and id.
        budgeted: the amounts budgeted that the lines state, summed; ``None``
            when no line states one (not zero: unknown).
        allowances: each allowance in force, with what the activities imply.
    """

    budget_lines: tuple[BudgetLine, ...] = ()
    budgeted: Count | None = None
    allowances: tuple[AllowanceFigure, ...] = ()


def day_of_month(rule: str | None) -> int | None:
    """The day a monthly calendar rule fixes (``FREQ=MONTHLY;BYMONTHDAY=20``: 20), if one.

    >>> day_of_month("FREQ=MONTHLY;BYMONTHDAY=20"), day_of_month("FREQ=WEEKLY;BYDAY=MO")
    (20, None)
    """
    if rule is None:
        return None
    parts = dict(p.split("=", 1) for line in rule.splitlines() for p in line.split(";") if "=" in p)
    days = parts.get("BYMONTHDAY", "")
    if parts.get("FREQ") != "MONTHLY" or not days.isdigit() or "INTERVAL" in parts:
        return None
    return int(days)


def rule_summaries(
    rules: list[RuleDocument],
    start: dt.date,
    end: dt.date,
    receptions: dict[str | None, int],
) -> tuple[RuleSummary, ...]:
    """Each rule document against the period; ``receptions`` by station (``None``: all)."""
    result = []
    for r in sorted(rules, key=lambda r: r.id):
        scheduled = held = None
        if r.calendar_rule is not None:
            scheduled = len(r.scheduled(start, end))
            if r.kind is RuleKind.RECEPTION_DAY:
                stations = r.stations or (None,)
                held = sum(receptions.get(s, 0) for s in stations)
        result.append(
            RuleSummary(
                id=r.id,
                title=r.title,
                kind=r.kind,
                adopted_on=r.adopted_on,
                notice_days=r.notice_days,
                scheduled=scheduled,
                held=held,
                day_of_month=day_of_month(r.calendar_rule),
                notice_content=r.notice_content,
            )
        )
    return tuple(result)


def money(
    lines: list[BudgetLine],
    allowances: list[Allowance],
    person_days: Count,
    participations: Count,
) -> MoneySummary:
    """The money section from the records in view and the period's activity figures."""
    ordered = sorted(lines, key=lambda b: (_BUDGET_ORDER[b.kind], b.id))
    stated = [b.amount for b in ordered if b.amount is not None]
    figures = []
    for a in sorted(allowances, key=lambda a: a.id):
        units = person_days if a.basis is AllowanceBasis.PERSON_DAY else participations
        implied = Count(units.value * a.amount, at_least=units.at_least)
        figures.append(AllowanceFigure(allowance=a, units=units, implied=implied))
    return MoneySummary(
        budget_lines=tuple(ordered),
        budgeted=Count.total(stated) if stated else None,
        allowances=tuple(figures),
    )


def in_view(
    record: Honour | BudgetLine | RuleDocument | Allowance | ElectionPlan, period: Period
) -> bool | None:
    """Whether an honour was awarded, a budget line is for, a rule or allowance is in
    force, an election plan adopted in ``period`` (``None``: it may or may not have been)."""
    if isinstance(record, ElectionPlan):
        day = record.adopted_on or record.election_day
        return period.placement(day) if day is not None else None
    if isinstance(record, Honour):
        return period.placement(record.on) if record.on is not None else None
    if isinstance(record, BudgetLine):
        return record.year is None or period.start.year <= record.year <= period.end.year
    since = record.adopted_on if isinstance(record, RuleDocument) else record.start
    return since is None or earliest(since) <= period.end


def honours_in(honours: list[Honour]) -> tuple[Honour, ...]:
    """The honours awarded in the period, by date then id."""
    return tuple(sorted(honours, key=lambda h: (str(h.on), h.id)))


#: The activity kind a reception-day rule is held against.
RECEPTION = ActivityKind.RECEPTION
