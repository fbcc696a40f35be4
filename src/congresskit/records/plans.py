"""Work plans (工作计划): what the congress plans to do next period, item by item.

An item may carry measurable targets, so that the summary of the period the
plan covers can report planned against done.

>>> import datetime as dt
>>> item = PlanItem(section=PlanSection.SUPERVISION, text="对区级8个部门开展工作评议",
...     targets=(Target(metric=TargetMetric.UNITS_COVERED, value=8,
...                     activity_kinds=(ActivityKind.WORK_EVALUATION,)),))
>>> plan = WorkPlan(id="plan-2020-h2", congress="xx", title="2020年下半年工作计划",
...                 start=dt.date(2020, 7, 1), end=dt.date(2020, 12, 31), items=(item,))
>>> plan.targets[0].value
8
"""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.enums import ActivityKind, PlanSection, TargetMetric

__all__ = ["PlanItem", "Target", "WorkPlan"]


@attrs.frozen(kw_only=True)
class Target:
    """A measurable target of a plan item, counted in the records of the plan's period.

    Attributes:
        metric: what is counted.
        value: the figure planned.
        per_deputy: the figure is for each serving deputy ("each deputy
            trained once") rather than a total.
        roster: for a per-deputy target, how many deputies it is for when the
            records do not list them (a roster count, 代表人数): the summary
            then tracks the total against ``roster`` times ``value``.
        activity_kinds: only activities of these kinds count (all kinds when
            empty).
        units: when the target names units ("evaluate these 8 departments"),
            their ids; only these count.
        offices: for an ``officeholders_elected`` target, the offices it
            names (``"副镇长"``): only elections to these count (every office
            when empty).
        description: the target in words, if it needs them.
    """

    metric: TargetMetric = attrs.field(validator=v.member_of(TargetMetric))
    value: int = attrs.field(validator=v.positive)
    per_deputy: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    roster: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    activity_kinds: tuple[ActivityKind, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.member_of(ActivityKind), unique=True)
    )
    units: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    offices: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text, unique=True)
    )
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        if self.offices and self.metric is not TargetMetric.OFFICEHOLDERS_ELECTED:
            msg = (
                "offices name what an officeholders_elected target counts: set that metric "
                "or remove them"
            )
            raise FieldError("Target", "metric, offices", self.offices, "offices", msg)
        if self.roster is not None and not self.per_deputy:
            msg = "a roster counts the deputies of a per-deputy target: set per_deputy or remove it"
            raise FieldError("Target", "roster, per_deputy", self.roster, "roster", msg)


@attrs.frozen(kw_only=True)
class PlanItem:
    """One item of a work plan.

    Attributes:
        section: the plan section (leadership, supervision, deputy service,
            suggestion handling).
        text: the item as written.
        targets: measurable targets, if any.
    """

    section: PlanSection = attrs.field(validator=v.member_of(PlanSection))
    text: str = attrs.field(validator=v.text)
    targets: tuple[Target, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Target, "a Target"))
    )


@attrs.frozen(kw_only=True)
class WorkPlan(Record):
    """A work plan for a period.

    Attributes:
        congress: the id of the congress whose plan it is.
        title: e.g. ``"2020年下半年工作计划"``.
        start, end: the period the plan covers.
        items: the plan's items, in order.
    """

    congress: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=v.text)
    start: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    end: dt.date = attrs.field(converter=cv.to_date, validator=[v.day, v.not_earlier_than("start")])
    items: tuple[PlanItem, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(PlanItem, "a PlanItem"))
    )

    @property
    def targets(self) -> tuple[Target, ...]:
        """Every target of every item, in order."""
        return tuple(t for item in self.items for t in item.targets)
