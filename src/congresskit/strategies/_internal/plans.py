"""Strategies for livelihood projects, work plans and their targets, and local policies."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.enums import (
    ActivityKind,
    Level,
    PlanSection,
    ProjectStatus,
    Satisfaction,
    TargetMetric,
)
from congresskit.records.plans import PlanItem, Target, WorkPlan
from congresskit.records.policy import Policy
from congresskit.records.projects import LivelihoodProject, ProjectProgress
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Choice, Ids
from congresskit.strategies._internal.people import counts
from congresskit.strategies._internal.project_life import (
    milestones,
    project_targets,
    supervision_visits,
)

__all__ = [
    "livelihood_projects",
    "plan_items",
    "policies",
    "progress_reports",
    "targets",
    "work_plans",
]

_text = _s.texts()


def progress_reports(
    *,
    statuses: Choice[ProjectStatus] = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[ProjectProgress]:
    """Dated project status reports (:class:`~congresskit.ProjectProgress`).

    Raises:
        InvalidArgument: bad bounds or statuses.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return st.builds(
        ProjectProgress,
        on=st.dates(lo, hi),
        status=_s.choice(statuses, ProjectStatus, "statuses"),
        note=_s.maybe(_text),
    )


def livelihood_projects(
    *,
    ids: Ids = None,
    session: Ids = None,
    responsible_unit: Ids = None,
    deputies: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    max_progress: int = 3,
) -> SearchStrategy[LivelihoodProject]:
    """Livelihood projects with up to ``max_progress`` status reports in date order.

    A project may not state the session that voted it (always so when
    ``session`` is an empty list), nor the year it is for. Some have
    milestones, supervision visits by ``deputies`` (with defects), planned
    dates, a budget and a year-end evaluation.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    reports = st.lists(
        progress_reports(min_date=lo, max_date=hi),
        max_size=_s.check_int(max_progress, "max_progress"),
    )
    return _s.stamped(
        st.builds(
            LivelihoodProject,
            id=_s.required(_s.ref(ids, "ids", "p"), "ids"),
            name=_text,
            session=_s.maybe(_s.ref(session, "session", "m")),
            year=_s.maybe(st.integers(lo.year, hi.year)),
            responsible_unit=_s.maybe(_s.ref(responsible_unit, "responsible_unit", "u")),
            description=_s.maybe(_text),
            targets=st.lists(project_targets(), max_size=3).map(tuple),
            progress=reports.map(lambda r: tuple(sorted(r, key=lambda p: p.on))),
            planned_start=_s.maybe(st.dates(lo, lo)),
            planned_end=_s.maybe(st.dates(lo, hi)),
            actual_end=_s.maybe(st.dates(lo, hi)),
            budget=_s.maybe(counts(max_value=1_000_000)),
            spent=_s.maybe(counts(max_value=1_000_000)),
            milestones=st.lists(milestones(min_date=lo, max_date=hi), max_size=2).map(tuple),
            visits=st.lists(
                supervision_visits(deputies=deputies, min_date=lo, max_date=hi), max_size=1
            ).map(tuple),
            evaluation=_s.maybe(st.sampled_from(Satisfaction)),
        )
    )


def _with_roster(target: Target) -> SearchStrategy[Target]:
    """A per-deputy target, sometimes with a roster count (deputies not listed); a target
    counting officeholders elected, sometimes naming their offices."""
    if target.metric is TargetMetric.OFFICEHOLDERS_ELECTED:
        offices = st.lists(st.sampled_from(_s.OFFICES), max_size=2, unique=True)
        return offices.map(lambda o: attrs.evolve(target, offices=tuple(o)))
    if not target.per_deputy:
        return st.just(target)
    return _s.maybe(st.integers(1, 60)).map(lambda n: attrs.evolve(target, roster=n))


def targets(*, units: Ids = None, metrics: Choice[TargetMetric] = None) -> SearchStrategy[Target]:
    """Measurable plan targets, sometimes limited to activity kinds or named ``units``.

    Raises:
        InvalidArgument: bad references or metrics.
    """
    units_ = _s.ref(units, "units", "u")
    named = st.just(()) if units_ is None else st.lists(units_, max_size=3, unique=True)
    return st.builds(
        Target,
        metric=_s.choice(metrics, TargetMetric, "metrics"),
        value=st.integers(1, 50),
        per_deputy=st.booleans(),
        activity_kinds=st.lists(st.sampled_from(ActivityKind), max_size=3, unique=True).map(tuple),
        units=named.map(tuple),
        description=_s.maybe(_text),
    ).flatmap(_with_roster)


def plan_items(
    *, units: Ids = None, min_size: int = 0, max_size: int = 3
) -> SearchStrategy[PlanItem]:
    """Plan items with ``min_size``..``max_size`` targets.

    Raises:
        InvalidArgument: bad sizes or references.
    """
    lo, hi = _s.check_size(min_size, max_size)
    return st.builds(
        PlanItem,
        section=st.sampled_from(PlanSection),
        text=_text,
        targets=st.lists(targets(units=units), min_size=lo, max_size=hi).map(tuple),
    )


def work_plans(
    *,
    ids: Ids = None,
    congress: Ids = None,
    units: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    min_size: int = 0,
    max_size: int = 4,
) -> SearchStrategy[WorkPlan]:
    """Work plans of up to a year with ``min_size``..``max_size`` items.

    Raises:
        InvalidArgument: bad sizes, bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    few, many = _s.check_size(min_size, max_size)
    ids_ = _s.required(_s.ref(ids, "ids", "w"), "ids")
    congress_ = _s.required(_s.ref(congress, "congress", "c"), "congress")
    items = st.lists(plan_items(units=units), min_size=few, max_size=many).map(tuple)
    return _s.stamped(_work_plans(ids_, congress_, items, lo, hi))


@st.composite
def _work_plans(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    congress: SearchStrategy[str],
    items: SearchStrategy[tuple[PlanItem, ...]],
    lo: dt.date,
    hi: dt.date,
) -> WorkPlan:
    start, end = _s.span(draw, lo, hi, 366)
    return WorkPlan(
        id=draw(ids),
        congress=draw(congress),
        title=draw(_text),
        start=start,
        end=end,
        items=draw(items),
    )


def policies() -> SearchStrategy[Policy]:
    """Local policies: reply deadlines of 1 to 7 months, signatories, a quorum over half."""
    return _policies()


@st.composite
def _policies(draw: st.DrawFn) -> Policy:
    months = draw(st.integers(1, 4))
    signatories: dict[Level, int] = {level: draw(st.integers(1, 30)) for level in Level}
    return Policy(
        reply_within=relativedelta(months=months),
        extended_reply_within=relativedelta(months=months + draw(st.integers(0, 3))),
        rehandle_reply_within=relativedelta(months=draw(st.integers(1, 2))),
        motion_signatories=signatories,
        quorum=Fraction(draw(st.integers(51, 100)), 100),
    )
