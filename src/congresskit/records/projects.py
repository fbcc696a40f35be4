"""Livelihood projects (民生实事项目): voted at a session, then supervised."""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.errors import FieldError
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.enums import ProjectStatus

__all__ = ["LivelihoodProject", "ProjectProgress"]


@attrs.frozen(kw_only=True)
class ProjectProgress:
    """A dated report of a project's status."""

    on: dt.date = attrs.field(validator=v.day)
    status: ProjectStatus = attrs.field(validator=v.member_of(ProjectStatus))
    note: str | None = attrs.field(default=None, validator=v.optional(v.text))


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
        progress: dated status reports, in date order.

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
    progress: tuple[ProjectProgress, ...] = attrs.field(
        default=(), validator=v.each(v.instance(ProjectProgress, "a ProjectProgress"))
    )

    @progress.validator
    def _in_date_order(self, attribute: object, value: tuple[ProjectProgress, ...]) -> None:
        for i in range(1, len(value)):
            if value[i].on < value[i - 1].on:
                raise FieldError(
                    "LivelihoodProject",
                    f"progress[{i}].on",
                    value[i].on,
                    "date_order",
                    f"progress report dated {value[i].on} comes after one dated {value[i - 1].on}",
                )

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
