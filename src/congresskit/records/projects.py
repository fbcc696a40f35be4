"""Livelihood projects (民生实事项目): voted at a session, then supervised."""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.counts import Count
from congresskit.records.dates import certainly_before
from congresskit.records.enums import ProjectStatus, Satisfaction
from congresskit.records.project_life import Milestone, SupervisionVisit, rolled_up

__all__ = ["LivelihoodProject", "ProjectProgress", "ProjectTarget"]

_count = v.optional(v.instance(Count, "a Count"))


@attrs.frozen(kw_only=True)
class ProjectProgress:
    """A dated report of a project's status."""

    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    status: ProjectStatus = attrs.field(validator=v.member_of(ProjectStatus))
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class ProjectTarget:
    """A measurable target of a livelihood project: what is to be done, and how much.

    Attributes:
        what: what is counted or done, as the source names it (``"新增停车位"``,
            ``"农村联网公路提升改造"``); a target with no quantity is a named
            piece of work (``"朝阳路大中修"``).
        quantity: how many, if stated; a lower bound (``at_least``) for
            "不少于200个", or the lower end of a range with ``up_to``.
        up_to: the upper end of a range ("150-300平方米"), if the source gives one.
        unit: the unit as the source writes it (``"个"``, ``"公里"``, ``"平方米"``,
            ``"册"``, ``"户"``), if any.
        approximate: whether the source gives the quantity as approximate ("约500平方米").

    >>> from congresskit import Count
    >>> t = ProjectTarget(what="新增停车位", quantity=Count(200, at_least=True), unit="个")
    >>> str(t.quantity), t.unit
    ('200+', '个')
    """

    what: str = attrs.field(validator=v.text)
    quantity: Count | None = attrs.field(default=None, validator=_count)
    up_to: int | None = attrs.field(default=None, validator=v.optional(v.non_negative))
    unit: str | None = attrs.field(default=None, validator=v.optional(v.text))
    approximate: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))

    def __attrs_post_init__(self) -> None:
        q = self.quantity
        if q is None:
            stated = [
                name
                for name, value in (("up_to", self.up_to), ("unit", self.unit))
                if value is not None
            ] + (["approximate"] if self.approximate else [])
            if stated:
                raise FieldError(
                    "ProjectTarget",
                    f"quantity, {stated[0]}",
                    getattr(self, stated[0]),
                    "quantity",
                    f"{stated[0]} is given without a quantity; state the quantity or leave "
                    f"{stated[0]} out",
                )
            return
        if self.up_to is not None and (q.at_least or self.up_to < q.value):
            why = (
                "a range's lower end is not also 'at least'; leave at_least false"
                if q.at_least
                else f"the range {q.value}-{self.up_to} ends below its start"
            )
            raise FieldError("ProjectTarget", "quantity, up_to", self.up_to, "range", why)


@attrs.frozen(kw_only=True)
class LivelihoodProject(Record):
    """A livelihood project voted at a session and supervised by deputies.

    Its status is derived from its dated progress reports; supervision is
    recorded as activities (kind ``supervision`` or ``inspection``) that name
    the project.

    Attributes:
        name: e.g. ``"称沱污水处理厂建设"``.
        session: the id of the session that voted it, or ``None`` when the
            source does not state it.
        year: the year the project is for, if stated.
        responsible_unit: the id of the unit responsible for it, if recorded.
        description: what it is, if recorded.
        targets: its measurable targets ("at least 200 new parking spaces",
            "6 km of rural roads"), as far as the source states them.
        progress: dated status reports, in date order.
        planned_start, planned_end: the planned dates, if stated;
            ``actual_end``: when it was finished, if it was.
        budget, spent: yuan budgeted and spent, if stated.
        milestones: its parts, with weights and progress; the project's
            ``percent_done`` is rolled up from them.
        visits: supervision visits by deputies, with the defects found and
            the rectification demanded.
        evaluation: the deputies' evaluation at the year's end, if recorded.

    >>> import datetime as dt
    >>> p = LivelihoodProject(id="p1", name="污水处理厂", session="s8", progress=(
    ...     ProjectProgress(on=dt.date(2020, 3, 1), status=ProjectStatus.DELAYED),))
    >>> p.status_on(dt.date(2020, 2, 1)).value, p.status.value
    ('voted', 'delayed')
    """

    name: str = attrs.field(validator=v.text)
    session: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    year: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    responsible_unit: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))
    targets: tuple[ProjectTarget, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(ProjectTarget, "a ProjectTarget")),
    )
    progress: tuple[ProjectProgress, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(ProjectProgress, "a ProjectProgress")),
    )
    planned_start: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    planned_end: dt.date | None = attrs.field(
        default=None,
        converter=cv.to_optional_date,
        validator=v.optional(v.day, v.not_earlier_than("planned_start")),
    )
    actual_end: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )
    budget: Count | None = attrs.field(default=None, validator=_count)
    spent: Count | None = attrs.field(default=None, validator=_count)
    milestones: tuple[Milestone, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Milestone, "a Milestone"))
    )
    visits: tuple[SupervisionVisit, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(SupervisionVisit, "a SupervisionVisit")),
    )
    evaluation: Satisfaction | None = attrs.field(
        default=None, validator=v.optional(v.member_of(Satisfaction))
    )

    @progress.validator
    def _in_date_order(self, attribute: object, value: tuple[ProjectProgress, ...]) -> None:
        for i in range(1, len(value)):
            if certainly_before(value[i].on, value[i - 1].on):
                raise FieldError(
                    "LivelihoodProject",
                    f"progress[{i}].on",
                    value[i].on,
                    "date_order",
                    f"progress report dated {value[i].on} comes after one dated {value[i - 1].on}",
                )

    @property
    def percent_done(self) -> int | None:
        """Progress, 0 to 100, rolled up from the weighted milestones (``None``: unknown)."""
        return rolled_up(self.milestones)

    def overdue_milestones(self, day: dt.date) -> int:
        """Milestones certainly due before ``day`` and not done by it."""
        return sum(m.overdue_on(day) for m in self.milestones)

    def open_defects(self, day: dt.date) -> int:
        """Defects found by ``day`` and not rectified by then."""
        return sum(visit.open_on(day) for visit in self.visits)

    @property
    def status(self) -> ProjectStatus:
        """The latest reported status (``voted`` before any report)."""
        return self.progress[-1].status if self.progress else ProjectStatus.VOTED

    def status_on(self, day: dt.date) -> ProjectStatus:
        """The status as reported up to and including ``day``."""
        status = ProjectStatus.VOTED
        for report in self.progress:
            if report.on > day:
                break
            status = report.status
        return status
