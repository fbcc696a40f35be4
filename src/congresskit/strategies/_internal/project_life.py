"""Strategies for a livelihood project's life after the vote, and for ballots' rules."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.ballots import BallotRule, Majority
from congresskit.records.counts import Count
from congresskit.records.project_life import Defect, Milestone, SupervisionVisit
from congresskit.records.projects import ProjectTarget
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids

__all__ = ["ballot_rules", "defects", "milestones", "project_targets", "supervision_visits"]

_text = _s.texts()


def milestones(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Milestone]:
    """Milestones, some planned, done, weighted or with their progress.

    Raises:
        InvalidArgument: bad bounds.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return st.builds(
        Milestone,
        title=_text,
        planned=_s.maybe(st.dates(lo, hi)),
        done=_s.maybe(st.dates(lo, hi)),
        weight=_s.maybe(st.integers(1, 10)),
        progress=_s.maybe(st.integers(0, 100)),
    )


def project_targets(*, max_quantity: int = 10_000) -> SearchStrategy[ProjectTarget]:
    """A livelihood project's targets: named works, quantities, lower bounds and ranges.

    Some state no quantity (a named piece of work), some a lower bound
    ("不少于200个"), an approximate figure or a range up to ``max_quantity``.

    Raises:
        InvalidArgument: ``max_quantity`` is negative.
    """
    return _project_targets(_s.check_int(max_quantity, "max_quantity"))


@st.composite
def _project_targets(draw: st.DrawFn, cap: int) -> ProjectTarget:
    what = draw(_text)
    if draw(st.booleans()):
        return ProjectTarget(what=what)
    value = draw(st.integers(0, cap))
    ranged = draw(st.booleans())
    return ProjectTarget(
        what=what,
        quantity=Count(value, at_least=not ranged and draw(st.booleans())),
        up_to=draw(st.integers(value, cap)) if ranged else None,
        unit=draw(_s.maybe(st.sampled_from(("个", "公里", "米", "平方米", "册", "户", "人")))),
        approximate=draw(st.booleans()),
    )


def defects(
    *, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Defect]:
    """Defects found by supervision, some with the rectification demanded and done.

    Raises:
        InvalidArgument: bad bounds.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return st.builds(
        Defect,
        issue=_text,
        rectification=_s.maybe(_text),
        due=_s.maybe(st.dates(lo, hi)),
        rectified_on=_s.maybe(st.dates(lo, hi)),
    )


def supervision_visits(
    *, deputies: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[SupervisionVisit]:
    """Supervision visits by some of ``deputies``, with up to two defects.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    deputies_ = _s.ref(deputies, "deputies", "d")
    return _visits(deputies_, lo, hi)


@st.composite
def _visits(
    draw: st.DrawFn, deputies: SearchStrategy[str] | None, lo: dt.date, hi: dt.date
) -> SupervisionVisit:
    return SupervisionVisit(
        on=draw(st.dates(lo, hi)),
        deputies=_s.unique(draw, deputies, 0, 3),
        defects=tuple(draw(st.lists(defects(min_date=lo, max_date=hi), max_size=1))),
    )


def ballot_rules(*, majorities: list[Majority] | None = None) -> SearchStrategy[BallotRule]:
    """Ballot rules: places, a majority (of ``majorities``, or any) and rank order.

    Raises:
        InvalidArgument: an empty list of majorities.
    """
    return st.builds(
        BallotRule,
        places=_s.maybe(st.integers(1, 3)),
        majority=_s.choice(majorities, Majority, "majorities"),
        rank_order=st.booleans(),
    )
