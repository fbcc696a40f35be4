"""The figures a summary gives on livelihood projects: one line per project, and totals."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import ProjectStatus
from congresskit.records.projects import ProjectTarget

__all__ = ["ProjectLine", "ProjectSummary"]


@attrs.frozen(kw_only=True)
class ProjectLine:
    """A livelihood project in view in the period.

    Attributes:
        id, name, session: the project, and the session that voted it.
        voted_in_period: whether that session was held in the period.
        selected: whether the session's ballot selected it (``None`` when no
            ballot of the session lists it).
        activities: activities in the period concerning it (supervision,
            inspection and the like).
        status: its status at the end of the period.
        percent_done: its progress rolled up from its milestones (``None``:
            not stated).
        overdue_milestones: milestones certainly due before the period's end
            and not done by it.
        open_defects: defects supervision found by the period's end and not
            rectified by then.
        budget, spent: yuan budgeted and spent, if stated.
        year: the year the project is for, if stated.
        targets: its measurable targets, as recorded.
    """

    id: str
    name: str
    session: str | None
    voted_in_period: bool
    selected: bool | None
    activities: int
    status: ProjectStatus
    percent_done: int | None = None
    overdue_milestones: int = 0
    open_defects: int = 0
    budget: Count | None = None
    spent: Count | None = None
    year: int | None = None
    targets: tuple[ProjectTarget, ...] = ()


@attrs.frozen(kw_only=True)
class ProjectSummary:
    """The livelihood projects in view: voted in the period, supervised in it, or still open.

    Attributes:
        projects: one line per project, by id.
        voted: projects voted on at sessions in the period.
        selected: of those, the projects the ballot selected.
        supervised: projects that activities in the period concerned.
        by_status: projects in view by status at the end of the period,
            leaving out candidates their ballot did not select.
        overdue_milestones: milestones overdue at the period's end, over
            those projects.
        defects_open: defects open at the period's end, over those projects.
    """

    projects: tuple[ProjectLine, ...] = ()
    voted: int = 0
    selected: int = 0
    supervised: int = 0
    by_status: Mapping[ProjectStatus, int] = attrs.field(factory=dict)
    overdue_milestones: int = 0
    defects_open: int = 0
